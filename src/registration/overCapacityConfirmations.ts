import type { Payload } from 'payload'

import { connectionOf, sql } from '@/db/sql'

export type OverCapacityConfirmation = {
  submissionId: number
  persons: number
  at: string
  actor: string | null
  reason: string | null
}

/**
 * The deliberate exceptions: registrations still confirmed that a coordinator confirmed past the
 * seats, with who, when and why, as the status history recorded it. One query for all events.
 */
export const overCapacityConfirmations = async (payload: Payload, eventIds: number[]) => {
  const byEvent = new Map<number, OverCapacityConfirmation[]>(eventIds.map((id) => [id, []]))
  if (!eventIds.length) return byEvent
  const { rows } = await connectionOf(payload).execute(sql`
    SELECT s.event_id AS "eventId", s.id AS "submissionId",
      COALESCE(s.persons, 1)::int AS persons, h.at, h.actor, h.reason
    FROM form_submissions_status_history h
    JOIN form_submissions s ON s.id = h._parent_id
    WHERE h.over_capacity AND s.status = 'confirmed'
      AND s.event_id IN (${sql.join(
        eventIds.map((id) => sql`${id}`),
        sql`, `,
      )})
    ORDER BY h.at`)
  for (const row of rows as (OverCapacityConfirmation & { eventId: number })[]) {
    const { eventId, ...entry } = row
    byEvent.get(eventId)?.push({ ...entry, at: new Date(entry.at).toISOString() })
  }
  return byEvent
}
