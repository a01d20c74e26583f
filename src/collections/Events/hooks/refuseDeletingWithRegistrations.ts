import type { CollectionBeforeDeleteHook } from 'payload'

import { executorFor, sql } from '@/db/sql'
import { EventHasRegistrations } from '../errors'

/**
 * An event with active registrations is not deleted: its registrants would hear nothing, and
 * their registrations would be left without an event. Calling it off is the way (it mails them);
 * once no registration is active, it may go.
 *
 * The event row is locked `FOR UPDATE` first: that waits for registrations being stored at this
 * moment (each holds a key-share lock on its event until its commit), so the count includes them;
 * and a registration arriving after the lock waits for the deletion to end.
 */
export const refuseDeletingWithRegistrations: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const db = await executorFor(req)
  await db.execute(sql`SELECT id FROM events WHERE id = ${Number(id)} FOR UPDATE`)
  const { rows } = await db.execute(sql`
    SELECT count(*)::int AS active FROM form_submissions
    WHERE event_id = ${Number(id)} AND status IN ('confirmed', 'waitlisted')`)
  const active = Number((rows[0] as { active: number }).active)
  if (active > 0) throw new EventHasRegistrations(active)
}
