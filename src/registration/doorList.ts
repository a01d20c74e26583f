import type { Payload, TypedUser } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import { doorListEntryOf } from '@/domain/doorList/entries'
import { participantsOf } from './participants'

/**
 * An event and who is expected at its door, read with the viewer's rights: the printed list, the
 * phone's check-in list and the CSV all come from here. `null` for an event that does not exist.
 */
export const doorListOf = async (payload: Payload, eventId: number, user: TypedUser | null) => {
  if (!Number.isSafeInteger(eventId) || eventId <= 0) return null
  const event = await payload
    .findByID({
      collection: collectionSlugs.events,
      id: eventId,
      depth: 0,
      draft: true,
      overrideAccess: false,
      user,
    })
    .catch(() => null)
  if (!event) return null
  const { participants } = await participantsOf(payload, event.id, user)
  return { event, entries: participants.map(doorListEntryOf) }
}
