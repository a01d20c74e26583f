'use client'

import { useConfig, useListRelationships } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/**
 * The title of a related document in a list cell, through the list's own batched loading.
 * Payload's relationship cell writes "<Kein Veranstaltung>" until the title has arrived; this one
 * stays empty meanwhile.
 */
export const RelatedTitle = ({ relationTo, id }: { relationTo: string; id: number | string }) => {
  const { documents, getRelationships } = useListRelationships()
  const { getEntityConfig } = useConfig()
  // Once per document, also when React reuses the cell for another row's document.
  const requested = useRef('')
  useEffect(() => {
    const key = `${relationTo}:${id}`
    if (requested.current === key) return
    requested.current = key
    getRelationships([{ relationTo, value: id }])
  }, [getRelationships, relationTo, id])
  const doc = documents[relationTo]?.[id]
  if (!doc) return null
  const titleField = getEntityConfig({ collectionSlug: relationTo })?.admin?.useAsTitle ?? 'id'
  const title: unknown =
    typeof doc === 'object' && titleField in doc ? doc[titleField as keyof typeof doc] : undefined
  return <span>{String(title ?? '')}</span>
}
