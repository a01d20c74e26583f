import type { PayloadRequest } from 'payload'

import type { WaitlistEntry } from '@/domain/registration/rules'
import { sql, transactionOf } from '@/db/sql'

/**
 * Serialises every seat decision of one event: the row lock is held until the request's
 * transaction ends, so two registrations can never both see the last free seat.
 * `skipLock` exists only so a test can prove that the lock is what prevents overbooking.
 */
export const lockEventSeats = async (req: PayloadRequest, eventId: number) => {
  const db = await transactionOf(req)
  if (req.context.skipRegistrationLock === true && process.env.NODE_ENV === 'test') return
  await db.execute(sql`SELECT id FROM events WHERE id = ${eventId} FOR UPDATE`)
}

export const confirmedPersons = async (req: PayloadRequest, eventId: number, exceptId?: number) => {
  const db = await transactionOf(req)
  const { rows } = await db.execute(sql`
    SELECT COALESCE(SUM(COALESCE(persons, 1)), 0)::int AS persons
    FROM form_submissions
    WHERE event_id = ${eventId} AND status = 'confirmed' AND id <> ${exceptId ?? -1}`)
  return (rows[0] as { persons: number }).persons
}

/** Waiting list in the order people registered. */
export const waitlistOf = async (
  req: PayloadRequest,
  eventId: number,
): Promise<WaitlistEntry[]> => {
  const db = await transactionOf(req)
  const { rows } = await db.execute(sql`
    SELECT id, COALESCE(persons, 1)::int AS persons
    FROM form_submissions
    WHERE event_id = ${eventId} AND status = 'waitlisted'
    ORDER BY created_at, id`)
  return rows as WaitlistEntry[]
}

/** An earlier registration of the same address that still holds or waits for a seat. */
export const activeRegistrationOf = async (
  req: PayloadRequest,
  eventId: number,
  email: string,
): Promise<{ id: number; status: string } | undefined> => {
  const db = await transactionOf(req)
  const { rows } = await db.execute(sql`
    SELECT id, status FROM form_submissions
    WHERE event_id = ${eventId} AND lower(email) = lower(${email})
      AND status IN ('confirmed', 'waitlisted')
    ORDER BY id LIMIT 1`)
  return rows[0] as { id: number; status: string } | undefined
}
