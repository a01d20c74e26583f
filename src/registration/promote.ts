import type { PayloadRequest } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import { planPromotions } from '@/domain/registration/rules'
import { confirmedPersons, lockEventSeats, waitlistOf } from './seats'

/**
 * Gives freed seats to the earliest waitlisted registrations that fit, within the caller's
 * transaction (none for a cancelled event). Each promotion is an ordinary status change, so it is logged and mailed.
 */
export const promoteFromWaitlist = async (req: PayloadRequest, eventId: number) => {
  await lockEventSeats(req, eventId)
  const event = await req.payload.findByID({
    collection: collectionSlugs.events,
    id: eventId,
    depth: 0,
    req,
    overrideAccess: true,
  })
  // A cancelled event's seats and waiting list are frozen: nobody moves up into an event that
  // will not take place, also when the cancellation frees seats one by one.
  if (event.eventStatus === 'cancelled') return []
  const promoted = planPromotions({
    capacity: event.registration?.capacity,
    confirmedPersons: await confirmedPersons(req, eventId),
    waitlist: await waitlistOf(req, eventId),
  })
  for (const id of promoted) {
    await req.payload.update({
      collection: collectionSlugs.formSubmissions,
      id,
      data: { status: 'confirmed' },
      req,
      overrideAccess: true,
      context: { ...req.context, actor: 'Warteliste (automatisch nachgerückt)' },
    })
  }
  return promoted
}
