import type { Payload } from 'payload'

import { type RegistrableEvent, registrationRefusal, seatsLeft } from '@/domain/registration/rules'
import { sql } from './database'

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
  const db = (
    payload.db as unknown as {
      drizzle: { execute: (q: ReturnType<typeof sql>) => Promise<{ rows: unknown[] }> }
    }
  ).drizzle
  const { rows } = await db.execute(sql`
    SELECT COALESCE(SUM(COALESCE(persons, 1)), 0)::int AS persons
    FROM form_submissions WHERE event_id = ${event.id} AND status = 'confirmed'`)
  return {
    refusal: registrationRefusal(event, now),
    seatsLeft: seatsLeft(event.registration?.capacity, (rows[0] as { persons: number }).persons),
  }
}
