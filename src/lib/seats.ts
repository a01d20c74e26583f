import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { type RegistrableEvent, registrationRefusal, seatsLeft } from '@/domain/registration/rules'
import type { Availability } from '@/registration/availability'
import { eventSeatStats } from '@/registration/eventStats'
import { seatsTag } from './revalidate'

const confirmedPersons = async (payload: Payload, eventId: number) =>
  (await eventSeatStats(payload, [eventId])).get(eventId)!.confirmedPersons

/**
 * An event's registration state for the cached public pages. The count is kept under the event's
 * seat tag, which Next.js also puts on every page that reads it: a registration that changes the
 * seats drops both (see `revalidateSeats`). A minute at most as a safety net for changes made
 * outside a request (the job queue). Outside the Next.js server the count is read directly.
 */
export const cachedAvailability = async (
  payload: Payload,
  event: RegistrableEvent & { id: number },
): Promise<Availability> => {
  const read = () => confirmedPersons(payload, event.id)
  const confirmed = process.env.NEXT_RUNTIME
    ? await unstable_cache(read, ['confirmed-persons', String(event.id)], {
        tags: [seatsTag(event.id)],
        revalidate: 60,
      })()
    : await read()
  return {
    refusal: registrationRefusal(event, new Date()),
    seatsLeft: seatsLeft(event.registration?.capacity, confirmed),
  }
}
