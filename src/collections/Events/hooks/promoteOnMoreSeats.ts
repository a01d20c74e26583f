import type { CollectionAfterChangeHook } from 'payload'

import type { Event } from '@/payload-types'
import { promoteFromWaitlist } from '@/registration/promote'

const limitOf = (event?: Pick<Event, 'registration'> | null) =>
  event?.registration?.capacity ?? Number.POSITIVE_INFINITY

/** More seats (capacity raised or removed): the waiting list moves up at once, with mails. */
export const promoteOnMoreSeats: CollectionAfterChangeHook<Event> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || limitOf(doc) <= limitOf(previousDoc)) return doc
  await promoteFromWaitlist(req, doc.id)
  return doc
}
