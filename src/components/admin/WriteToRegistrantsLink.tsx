'use client'

import { useAuth, useDocumentInfo } from '@payloadcms/ui'

import { collectionSlugs } from '@/collections/slugs'
import { handlesPersonalData } from '@/domain/roles'

/** On the event's "Mitteilungen" tab: opens a new message with this event chosen. */
export const WriteToRegistrantsLink = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  if (!id || !handlesPersonalData(user as { role?: 'admin' } | null)) return null
  return (
    <p>
      <a
        className="btn btn--style-primary"
        href={`/admin/collections/${collectionSlugs.eventNotices}/create?event=${id}`}
      >
        Nachricht an Angemeldete schreiben
      </a>
    </p>
  )
}
