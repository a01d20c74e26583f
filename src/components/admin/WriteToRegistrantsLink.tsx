'use client'

import { useAuth, useDocumentInfo } from '@payloadcms/ui'

import { isCoordinatorOrAdmin } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'

/** On the event's "Mitteilungen" tab: opens a new message with this event chosen. */
export const WriteToRegistrantsLink = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  if (!id || !isCoordinatorOrAdmin({ user })) return null
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
