/**
 * The one seam between this project and Payload's Postgres adapter: `projectPostgresAdapter` is
 * `postgresAdapter` with the workarounds below, and `postgresOf` is the typed way to reach its
 * connections (src/db/sql.ts, src/db/counters.ts). Each workaround names the Payload behaviour it
 * replaces, the version it was checked against and the test that shows whether it is still needed:
 * when Payload fixes one, that test's "without the guard" half stops failing.
 */
import type { EventEmitter } from 'node:events'

import {
  postgresAdapter,
  sql,
  type PostgresAdapter,
  type PostgresAdapterArgs,
} from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj, Payload, UpdateJobsArgs } from 'payload'

const isPostgresAdapter = (db: object): db is PostgresAdapter =>
  'name' in db && db.name === 'postgres' && 'drizzle' in db && 'sessions' in db

/** `payload.db` as the Postgres adapter it is in this project, with its connections typed. */
export const postgresOf = (payload: Payload): PostgresAdapter => {
  const db: object = payload.db
  if (!isPostgresAdapter(db)) throw new Error('Dieses Projekt läuft nur mit PostgreSQL.')
  return db
}

export const projectPostgresAdapter = (
  args: PostgresAdapterArgs,
): DatabaseAdapterObj<PostgresAdapter> => {
  const base = postgresAdapter(args)
  return {
    ...base,
    init: (initArgs) => {
      const adapter = base.init(initArgs)
      runBulkOperationsOneByOne(adapter)
      logPoolErrors(adapter, initArgs.payload)
      guardJobUpdates(adapter, initArgs.payload)
      return adapter
    },
  }
}

/**
 * Bulk changes (a coordinator cancelling several registrations at once) run one document after
 * another, each in its own transaction, instead of all in one shared transaction: every status
 * change must see the seats the previous one freed or took. Payload supports this mode
 * (`bulkOperationsSingleTransaction`); the Postgres adapter 3.90.1 has no option for it.
 * Shown by tests/int/coordinator-workspace.test.ts ("bulk status changes follow the rules").
 */
const runBulkOperationsOneByOne = (adapter: PostgresAdapter) => {
  adapter.bulkOperationsSingleTransaction = true
}

/**
 * When PostgreSQL restarts (or ends an abandoned transaction), every pooled connection reports an
 * error: an idle one on the pool, one in use on itself. An `error` event nobody listens to crashes
 * the Node process, and the adapter (3.90.1) attaches no listener. This one logs it: the pool drops
 * the broken connection and opens a new one, and the site recovers without a restart.
 * Shown by tests/e2e/faults.test.ts ("the same app serves again afterwards").
 */
const logPoolErrors = (adapter: PostgresAdapter, payload: Payload) => {
  const connect = adapter.connect
  adapter.connect = async (...rest) => {
    await connect?.apply(adapter, rest)
    const pool: EventEmitter | undefined = adapter.pool
    if (!pool || pool.listenerCount('error') > 0) return
    const warn = (error: Error) =>
      payload.logger.warn(
        `Verbindung zur Datenbank unterbrochen (${error.message}); sie wird für die nächste Abfrage neu aufgebaut.`,
      )
    pool.on('error', warn)
    // A connection in use (e.g. inside a transaction) reports the loss on itself, not the pool.
    pool.on('connect', (client: EventEmitter) => client.on('error', warn))
  }
}

/** Switched off only by the test that proves what the guards prevent; never in a production build. */
const jobGuards = { enabled: true }
export const setJobGuardsForTest = (enabled: boolean) => {
  if (process.env.NODE_ENV === 'test') jobGuards.enabled = enabled
}

/**
 * Two safeguards around the job queue's database writes (Payload 3.90.1), shown by
 * tests/int/job-queue-concurrency.test.ts:
 * - Claiming jobs is atomic. Payload finds runnable jobs and then marks them `processing` in a
 *   second step, so two runners (the 10-second cron and the run right after a submission) could
 *   take the same job. Here the mark only succeeds for rows still unclaimed, under a row lock.
 * - A failed write ends its transaction. Payload opens one per job update and commits it, but
 *   never rolls it back when the write fails; every such failure kept a pooled connection
 *   "idle in transaction" for good, until the pool ran dry and staff could no longer save.
 * - An abandoned job is taken again (tests/int/jobs-abandoned.test.ts). A runner stopped while
 *   it worked a job (a restart during a deploy, a crash) leaves the job "processing" for ever:
 *   Payload never takes it again, and while it is open the scheduler never schedules its task
 *   again, so one unlucky restart would have ended reminders or the nightly retention for good.
 */
const guardJobUpdates = (adapter: PostgresAdapter, payload: Payload) => {
  const updateJobs = adapter.updateJobs.bind(adapter)
  adapter.updateJobs = async (jobArgs: UpdateJobsArgs) => {
    if (process.env.NODE_ENV === 'test' && !jobGuards.enabled) return updateJobs(jobArgs)
    const transactionID = await jobArgs.req?.transactionID
    try {
      const isClaim = !jobArgs.id && jobArgs.data.processing === true
      if (isClaim && transactionID) {
        await releaseAbandonedJobs(adapter, payload, String(transactionID))
        return await claimJobs(adapter, updateJobs, jobArgs, String(transactionID))
      }
      return await updateJobs(jobArgs)
    } catch (error) {
      if (transactionID) await adapter.rollbackTransaction(transactionID).catch(() => {})
      throw error
    }
  }
}

/**
 * Minutes after which a job still "processing" counts as abandoned. Far longer than any of our
 * tasks runs (seconds); each is written to be run again without doing anything twice.
 */
export const abandonedJobAfterMinutes = 30
/** Times a job may be abandoned before it is given up (a job that ends its runner each time). */
const abandonedJobRuns = 3

/**
 * Releases jobs left "processing" for `abandonedJobAfterMinutes` so that a runner takes them again,
 * each release counted in the job's `meta`; after `abandonedJobRuns` the job is given up with an
 * error, which also lets the scheduler schedule its task again.
 */
const releaseAbandonedJobs = async (
  adapter: PostgresAdapter,
  payload: Payload,
  transactionID: string,
) => {
  const db = adapter.sessions[transactionID]!.db
  // Counted apart from Payload's own tries (`total_tried`, raised by every failed run too): a job
  // that failed twice for a moment's database hiccup has not been abandoned twice.
  const abandonedBefore = sql`COALESCE((meta->>'abandoned')::int, 0)`
  const givingUp = sql`${abandonedBefore} + 1 >= ${abandonedJobRuns}`
  const { rows } = await db.execute<{ id: number; task: string | null; given_up: boolean }>(sql`
    UPDATE payload_jobs
    SET processing = false, updated_at = now(),
      meta = jsonb_set(COALESCE(meta, '{}'::jsonb), '{abandoned}', to_jsonb(${abandonedBefore} + 1)),
      has_error = ${givingUp},
      error = CASE WHEN ${givingUp}
        THEN ${JSON.stringify({ message: abandonedJobMessage })}::jsonb ELSE error END
    WHERE processing = true AND completed_at IS NULL
      AND updated_at < now() - make_interval(mins => ${abandonedJobAfterMinutes})
    RETURNING id, task_slug AS task, has_error AS given_up`)
  for (const job of rows)
    payload.logger.warn(
      `Auftrag ${job.id} (${job.task ?? 'Ablauf'}) blieb ${abandonedJobAfterMinutes} Minuten „in Arbeit“, ohne fertig zu werden (Server beendet?): ${job.given_up ? 'aufgegeben' : 'wird erneut versucht'}.`,
    )
}

const abandonedJobMessage = `Abgebrochen: Der Auftrag wurde ${abandonedJobRuns}-mal begonnen und nie beendet.`

/** Rounds a runner tries again for jobs another runner took from under it. */
const claimRounds = 5

const claimJobs = async (
  adapter: PostgresAdapter,
  updateJobs: PostgresAdapter['updateJobs'],
  jobArgs: UpdateJobsArgs,
  transactionID: string,
) => {
  const { where, sort, limit } = jobArgs
  const db = adapter.sessions[transactionID]!.db
  const wanted = limit || Infinity
  const claimed: number[] = []
  for (let round = 0; round < claimRounds && claimed.length < wanted; round++) {
    const { docs } = await adapter.find<{ id: number; updatedAt: string }>({
      collection: 'payload-jobs',
      where: { and: [...(where ? [where] : []), { id: { not_in: claimed } }] },
      limit: Number.isFinite(wanted) ? wanted - claimed.length : 0,
      sort,
      pagination: false,
      req: jobArgs.req,
    })
    if (docs.length === 0) break
    // Only rows nobody changed since this runner read them: a competing claim, or a job that
    // finished meanwhile (it is briefly "not processing" before it is deleted), is skipped.
    // A row another transaction holds is waited for, then checked again.
    const { rows } = await db.execute<{ id: number }>(sql`
      UPDATE payload_jobs SET processing = true, updated_at = now()
      WHERE processing = false AND (id, updated_at) IN (${sql.join(
        docs.map((doc) => sql`(${doc.id}, ${doc.updatedAt}::timestamptz)`),
        sql`, `,
      )})
      RETURNING id`)
    claimed.push(...rows.map((row) => row.id))
    if (rows.length === docs.length) break
  }
  if (claimed.length === 0) return []
  return updateJobs({
    data: jobArgs.data,
    req: jobArgs.req,
    returning: jobArgs.returning,
    sort,
    where: { id: { in: claimed } },
  })
}
