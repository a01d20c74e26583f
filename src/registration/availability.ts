import type { Payload } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import { type RegistrableEvent, registrationRefusal, seatsLeft } from '@/domain/registration/rules'
import { eventSeatStats } from './eventStats'

export type Availability = {
  refusal: ReturnType<typeof registrationRefusal>
  /** free seats, or null without a limit */
  seatsLeft: number | null
}

/**
 * What the public may know about an event's registration: open or not, and how many seats are
 * free. A sum over confirmed registrations, so no personal data is read.
 */
export const registrationAvailability = async (
  payload: Payload,
  event: RegistrableEvent & { id: number },
  now = new Date(),
): Promise<Availability> => {
  const stats = (await eventSeatStats(payload, [event.id])).get(event.id)!
  return {
    refusal: registrationRefusal(event, now),
    seatsLeft: seatsLeft(event.registration?.capacity, stats.confirmedPersons),
  }
}

/**
 * Free seats of an event as they are now, or undefined when it cannot be read. The site's form
 * shows it after a booking: the page around the form was rendered before.
 */
export const seatsLeftNow = async (payload: Payload, eventId: number) => {
  const event = await payload
    .findByID({ collection: collectionSlugs.events, id: eventId, depth: 0, overrideAccess: false })
    .catch(() => null)
  if (!event) return undefined
  const stats = (await eventSeatStats(payload, [event.id])).get(event.id)!
  return seatsLeft(event.registration?.capacity, stats.confirmedPersons)
}
