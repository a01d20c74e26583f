import type { PayloadRequest } from 'payload'

import type { RegistrableEvent, WaitlistEntry } from '@/domain/registration/rules'
import { sql, transactionOf } from '@/db/sql'
import { isStoredId } from '@/domain/relations'

/**
 * Only the race test's control run leaves the lock out, to prove that the lock is what prevents
 * overbooking. `NODE_ENV` comes first: a production build replaces it by "production", and the
 * whole check is compiled away (tests/e2e/scale-out.test.ts looks for it in the build).
 */
const skipsLockForTest = (req: PayloadRequest) =>
  process.env.NODE_ENV === 'test' && req.context.skipRegistrationLock === true

/**
 * Serialises every seat decision of one event: the row lock is held until the request's
 * transaction ends, so two registrations can never both see the last free seat. `NO KEY UPDATE`
 * rather than `UPDATE`: it excludes every other seat decision just the same, but not the key-share
 * lock that storing a registration takes on its event (the foreign key). A new registration is
 * stored first and decides last (`settleSeatDecision`); with `FOR UPDATE`, two of them would each
 * wait for the other's key-share lock.
 */
export const lockEventSeats = async (req: PayloadRequest, eventId: number) => {
  const db = await transactionOf(req)
  if (skipsLockForTest(req)) return
  await db.execute(sql`SELECT id FROM events WHERE id = ${eventId} FOR NO KEY UPDATE`)
}

export type SeatDecisionFacts = {
  capacity: number | null
  confirmedPersons: number
  earlierRegistrationId: number | null
}

type FactsRow = {
  capacity: string | null
  event_status: string | null
  confirmed: number
  earlier: number | null
}

/**
 * The facts of a seat decision in one round trip: the event's capacity and status, the confirmed
 * persons of the event and another active registration of the address, leaving out `exceptId`.
 * The database function `seat_decision_facts` (migration 20261206_221510) reads them, after the
 * event's row lock when `takeLock` is set: as a function of several statements, each with a
 * snapshot of its own, its count after the lock sees every registration committed while it
 * waited; a single statement would still count with the snapshot from before the wait
 * (tests/int/registration-race.test.ts, "the seat decision under the lock").
 */
const seatDecisionFacts = async (
  req: PayloadRequest,
  eventId: number,
  email: string | null,
  exceptId: number,
  takeLock: boolean,
) => {
  const db = await transactionOf(req)
  const { rows } = await db.execute(
    sql`SELECT * FROM seat_decision_facts(${eventId}, ${email}, ${exceptId}, ${takeLock})`,
  )
  const row = rows[0] as FactsRow
  return {
    capacity: row.capacity == null ? null : Number(row.capacity),
    confirmedPersons: Number(row.confirmed),
    earlierRegistrationId: email && row.earlier != null ? Number(row.earlier) : null,
    eventCancelled: row.event_status === 'cancelled',
  }
}

/**
 * Locks the event's seats (as `lockEventSeats`), then reads what the decision needs as it is now:
 * the capacity and whether the event is called off, the confirmed persons and another active
 * registration of the same address (which the lock also keeps unique), leaving out the
 * registration being decided (`exceptId`, already stored in this transaction).
 */
export const lockSeatDecision = async (
  req: PayloadRequest,
  eventId: number,
  email: string | null,
  exceptId = -1,
): Promise<SeatDecisionFacts & { eventCancelled: boolean }> =>
  seatDecisionFacts(req, eventId, email, exceptId, !skipsLockForTest(req))

/** Times as milliseconds since 1970 (numeric text): whatever time zone the database runs in. */
type EventAndFactsRow = FactsRow & {
  start: string
  end: string
  registration_is_open: boolean | null
  registration_form_id: number | null
  registration_deadline: string | null
}

const isoOf = (millis: string) => new Date(Number(millis)).toISOString()

/**
 * A new registration's first read, in one round trip: what the rules read of its event (the
 * fields `registrationRefusal` and the form check need) and the seat decision's facts without
 * the lock: a first answer while the new registration is still being checked (and an early
 * refusal of an address already registered); `settleSeatDecision` decides again under the lock,
 * and only that answer counts. Read in SQL rather than through Payload's `findByID` plus a
 * second statement: the read through Payload (access, hooks over the selected fields, Drizzle's
 * query building) cost about 1 ms of CPU on every registration (`npm run bench`, 07.12.2026).
 * `publishedOnly` is the events' read access for the public (`publishedOrStaff`): an event that
 * is not published does not exist for them. Null when there is no such event.
 */
export const peekEventForRegistration = async (
  req: PayloadRequest,
  eventId: number,
  email: string | null,
  publishedOnly: boolean,
): Promise<{ event: RegistrableEvent; facts: SeatDecisionFacts } | null> => {
  if (!isStoredId(eventId)) return null
  const db = await transactionOf(req)
  const { rows } = await db.execute(sql`
    SELECT extract(epoch FROM e.start) * 1000 AS start, extract(epoch FROM e."end") * 1000 AS "end",
      e.event_status::text AS event_status, e.registration_is_open, e.registration_form_id,
      extract(epoch FROM e.registration_deadline) * 1000 AS registration_deadline,
      e.registration_capacity AS capacity, f.confirmed, f.earlier
    FROM events e CROSS JOIN LATERAL seat_decision_facts(e.id, ${email}, -1, false) f
    WHERE e.id = ${eventId} ${publishedOnly ? sql`AND e._status = 'published'` : sql``}`)
  const row = rows[0] as EventAndFactsRow | undefined
  if (!row) return null
  return {
    event: {
      start: isoOf(row.start),
      end: isoOf(row.end),
      eventStatus: row.event_status,
      registration: {
        isOpen: row.registration_is_open,
        form: row.registration_form_id,
        deadline: row.registration_deadline == null ? null : isoOf(row.registration_deadline),
        capacity: row.capacity == null ? null : Number(row.capacity),
      },
    },
    facts: {
      capacity: row.capacity == null ? null : Number(row.capacity),
      confirmedPersons: Number(row.confirmed),
      earlierRegistrationId: email && row.earlier != null ? Number(row.earlier) : null,
    },
  }
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

/**
 * Another registration of the event that holds or waits for a seat under this address (any case),
 * besides `exceptId`. Call with the event's seats locked (`lockEventSeats`) so that no
 * registration with the address can arrive between the check and the commit.
 */
export const otherActiveRegistrationId = async (
  req: PayloadRequest,
  eventId: number,
  email: string,
  exceptId: number,
) => {
  const db = await transactionOf(req)
  const { rows } = await db.execute(sql`
    SELECT id FROM form_submissions
    WHERE event_id = ${eventId} AND lower(email) = lower(${email})
      AND status IN ('confirmed', 'waitlisted') AND id <> ${exceptId}
    ORDER BY id LIMIT 1`)
  const row = rows[0] as { id: number } | undefined
  return row ? Number(row.id) : null
}
