import type { CollectionBeforeDeleteHook } from 'payload'

import { executorFor, sql } from '@/db/sql'
import { lockEventSeats } from '@/registration/seats'

/**
 * A deletion changes what a registration of the same address must be told at that moment, and
 * (for a confirmed one) the seats. So it takes the event's seat lock before its row goes, like
 * every other change of a registration: a registration deciding meanwhile waits for the deletion's
 * commit and no longer finds the deleted one. Without it, a waiting person deleted by the office
 * and registering again at that moment was refused as "already registered" (and mailed so).
 */
export const lockSeatsBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const db = await executorFor(req)
  const { rows } = await db.execute(
    sql`SELECT event_id FROM form_submissions WHERE id = ${Number(id)}`,
  )
  const eventId = (rows[0] as { event_id?: number | null } | undefined)?.event_id
  if (eventId) await lockEventSeats(req, Number(eventId))
}
