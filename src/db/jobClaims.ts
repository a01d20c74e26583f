import { sql } from '@payloadcms/db-postgres'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, UpdateJobsArgs } from 'payload'

type SqlExecutor = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: unknown[] }> }
type Adapter = BaseDatabaseAdapter & { sessions: Record<string, { db: SqlExecutor }> }

/** Switched off only by the test that proves what the guards prevent. */
const guards = { enabled: true }
export const setJobGuardsForTest = (enabled: boolean) => {
  if (process.env.NODE_ENV === 'test') guards.enabled = enabled
}

/**
 * Two safeguards around the job queue's database writes (Payload 3.90):
 *
 * - Claiming jobs is atomic. Payload finds runnable jobs and then marks them `processing` in a
 *   second step, so two runners (the 10-second cron and the run right after a submission) could
 *   take the same job. Here the mark only succeeds for rows still unclaimed, under a row lock.
 * - A failed write ends its transaction. Payload opens one per job update and commits it, but
 *   never rolls it back when the write fails; every such failure kept a pooled connection
 *   "idle in transaction" for good, until the pool ran dry and staff could no longer save.
 */
export const withSafeJobUpdates = (database: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...database,
  init: (args) => {
    const adapter = database.init(args) as Adapter
    const updateJobs = adapter.updateJobs
    adapter.updateJobs = async function (this: Adapter, jobArgs: UpdateJobsArgs) {
      if (!guards.enabled) return updateJobs.call(this, jobArgs)
      const transactionID = await jobArgs.req?.transactionID
      try {
        const isClaim = !jobArgs.id && jobArgs.data.processing === true
        return isClaim
          ? await claimJobs(this, updateJobs, jobArgs, transactionID)
          : await updateJobs.call(this, jobArgs)
      } catch (error) {
        if (transactionID) await this.rollbackTransaction(transactionID).catch(() => {})
        throw error
      }
    }
    return adapter
  },
})

/** Rounds a runner tries again for jobs another runner took from under it. */
const claimRounds = 5

const claimJobs = async (
  adapter: Adapter,
  updateJobs: Adapter['updateJobs'],
  jobArgs: UpdateJobsArgs,
  transactionID: number | string | undefined,
) => {
  if (jobArgs.id !== undefined || !transactionID) return updateJobs.call(adapter, jobArgs)
  const { where, sort, limit } = jobArgs
  const db = adapter.sessions[String(transactionID)].db
  const wanted = limit || Infinity
  const claimed: number[] = []
  for (let round = 0; round < claimRounds && claimed.length < wanted; round++) {
    const { docs } = await adapter.find({
      collection: 'payload-jobs',
      where: { and: [where, { id: { not_in: claimed } }] },
      limit: Number.isFinite(wanted) ? wanted - claimed.length : 0,
      sort,
      pagination: false,
      req: jobArgs.req,
    })
    if (docs.length === 0) break
    // Only rows nobody changed since this runner read them: a competing claim, or a job that
    // finished meanwhile (it is briefly "not processing" before it is deleted), is skipped.
    // A row another transaction holds is waited for, then checked again.
    const { rows } = await db.execute(sql`
      UPDATE payload_jobs SET processing = true
      WHERE processing = false AND (id, updated_at) IN (${sql.join(
        (docs as { id: number; updatedAt: string }[]).map(
          (doc) => sql`(${doc.id}, ${doc.updatedAt}::timestamptz)`,
        ),
        sql`, `,
      )})
      RETURNING id`)
    claimed.push(...(rows as { id: number }[]).map((row) => row.id))
    if (rows.length === docs.length) break
  }
  if (claimed.length === 0) return []
  return updateJobs.call(adapter, {
    data: jobArgs.data,
    req: jobArgs.req,
    returning: jobArgs.returning,
    sort,
    where: { id: { in: claimed } },
  })
}
