import type { Payload } from 'payload'

import { connectionOf, sql } from '@/db/sql'

export type EventSeatStats = {
  confirmedPersons: number
  waitlistedPersons: number
  checkedInPersons: number
  registrations: number
}

const empty: EventSeatStats = {
  confirmedPersons: 0,
  waitlistedPersons: 0,
  checkedInPersons: 0,
  registrations: 0,
}

/** Fill level of events in one query: persons confirmed, waiting and checked in. */
export const eventSeatStats = async (payload: Payload, eventIds: number[]) => {
  const stats = new Map<number, EventSeatStats>(eventIds.map((id) => [id, { ...empty }]))
  if (!eventIds.length) return stats
  const db = connectionOf(payload)
  const { rows } = await db.execute(sql`
    SELECT event_id AS "eventId",
      COALESCE(SUM(COALESCE(persons, 1)) FILTER (WHERE status = 'confirmed'), 0)::int AS "confirmedPersons",
      COALESCE(SUM(COALESCE(persons, 1)) FILTER (WHERE status = 'waitlisted'), 0)::int AS "waitlistedPersons",
      COALESCE(SUM(COALESCE(persons, 1)) FILTER (WHERE status = 'confirmed' AND checked_in), 0)::int AS "checkedInPersons",
      COUNT(*) FILTER (WHERE status IN ('confirmed', 'waitlisted'))::int AS "registrations"
    FROM form_submissions
    WHERE event_id IN (${sql.join(
      eventIds.map((id) => sql`${id}`),
      sql`, `,
    )})
    GROUP BY event_id`)
  for (const row of rows as (EventSeatStats & { eventId: number })[]) {
    const { eventId, ...counts } = row
    stats.set(eventId, counts)
  }
  return stats
}
