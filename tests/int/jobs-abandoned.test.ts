/**
 * A server stopped while it works a job (a restart during a deploy, a crash) leaves the job
 * "processing". Payload (3.90) never takes such a job again, and while it is open it never
 * schedules its task again: reminders or the nightly retention would end for good. The queue's
 * guard releases a job abandoned for half an hour, and gives up one abandoned three times.
 */
import type { Payload } from 'payload'
import { afterEach, beforeAll, expect, it } from 'vitest'

import { abandonedJobAfterMinutes, setJobGuardsForTest } from '@/db/adapter'
import { connectionOf, sql } from '@/db/sql'

import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

afterEach(async () => {
  setJobGuardsForTest(true)
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
})

/**
 * A nightly retention job that a runner took `minutes` ago and never finished; before that it was
 * abandoned `abandoned` times and failed `failed` times (Payload's own count of tries).
 */
const leftProcessing = async (minutes: number, { abandoned = 0, failed = 0 } = {}) => {
  const job = await payload.jobs.queue({ task: 'applyRetention', queue: 'default', input: {} })
  await connectionOf(payload).execute(sql`
    UPDATE payload_jobs SET processing = true, total_tried = ${failed},
      meta = ${JSON.stringify(abandoned ? { abandoned } : {})}::jsonb,
      updated_at = now() - make_interval(mins => ${minutes})
    WHERE id = ${job.id}`)
  return Number(job.id)
}

const jobState = async (id: number) => {
  const { rows } = await connectionOf(payload).execute(sql`
    SELECT processing, completed_at IS NOT NULL AS completed, has_error AS "hasError",
      error->>'message' AS error
    FROM payload_jobs WHERE id = ${id}`)
  return rows[0] as { processing: boolean; completed: boolean; hasError: boolean; error: string }
}

it('runs a job again that a stopped server left "processing" for half an hour, not one still within it', async () => {
  const abandoned = await leftProcessing(abandonedJobAfterMinutes + 1)
  const working = await leftProcessing(abandonedJobAfterMinutes - 5)
  await payload.jobs.run({ queue: 'default' })
  // done, and so deleted, as Payload does with every finished job
  expect(await jobState(abandoned)).toBeUndefined()
  expect(await jobState(working)).toMatchObject({ processing: true, completed: false })
})

it('runs a job again abandoned for the first time after failing twice for a moment', async () => {
  const job = await leftProcessing(abandonedJobAfterMinutes + 1, { failed: 2 })
  await payload.jobs.run({ queue: 'default' })
  expect(await jobState(job)).toBeUndefined()
})

it('gives up a job begun three times and never finished, with a German note', async () => {
  const job = await leftProcessing(abandonedJobAfterMinutes + 1, { abandoned: 2 })
  await payload.jobs.run({ queue: 'default' })
  // Not open any more: Payload's scheduler counts only jobs without an error as open.
  expect(await jobState(job)).toEqual({
    processing: false,
    completed: false,
    hasError: true,
    error: 'Abgebrochen: Der Auftrag wurde 3-mal begonnen und nie beendet.',
  })
})

it('stamps the time a job is taken (database time), so that an old job just taken does not count as abandoned', async () => {
  const queued = await payload.jobs.queue({ task: 'applyRetention', queue: 'default', input: {} })
  await connectionOf(payload).execute(sql`
    UPDATE payload_jobs SET created_at = now() - interval '2 hours',
      updated_at = now() - interval '2 hours' WHERE id = ${queued.id}`)
  const transactionID = (await payload.db.beginTransaction()) as string
  await payload.db.updateJobs({
    data: { processing: true },
    where: { queue: { equals: 'default' } },
    req: { transactionID },
  })
  await payload.db.commitTransaction(transactionID)
  const { rows } = await connectionOf(payload).execute(sql`
    SELECT updated_at > now() - interval '1 minute' AS fresh FROM payload_jobs WHERE id = ${queued.id}`)
  expect(rows[0]).toEqual({ fresh: true })
})

it('without the guard, Payload leaves an abandoned job "processing" for ever', async () => {
  setJobGuardsForTest(false)
  const abandoned = await leftProcessing(abandonedJobAfterMinutes + 60)
  await payload.jobs.run({ queue: 'default' })
  expect(await jobState(abandoned)).toMatchObject({ processing: true, completed: false })
})
