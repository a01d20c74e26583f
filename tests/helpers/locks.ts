import type { Payload } from 'payload'

import { connectionOf, sql } from '@/db/sql'

/**
 * Until some statement of this database waits for a row lock (at most ten seconds): the
 * interleaving tests open a transaction that holds a lock and let a second write run into it.
 * With `done`, the call that should wait: if it settles without ever waiting, the answer is
 * `false` at once (the test then fails on its outcome, not on a timeout).
 */
export const someoneWaitsForALock = async (payload: Payload, done?: Promise<unknown>) => {
  let settled = false
  void done?.then(
    () => (settled = true),
    () => (settled = true),
  )
  for (let waited = 0; waited < 10_000; waited += 20) {
    const { rows } = await connectionOf(payload).execute(sql`
      SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`)
    if ((rows[0] as { n: number }).n > 0) return true
    if (settled) return false
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error('Niemand wartet auf die Sperre.')
}
