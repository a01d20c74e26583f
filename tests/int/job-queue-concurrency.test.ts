import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { setJobGuardsForTest } from '@/db/adapter'
import { connectionOf, sql } from '@/db/sql'
import { drainOutbox } from '@/email/deliver'
import type { Form } from '@/payload-types'

import {
  createEvent,
  createRegistrationForm,
  setOfficeForMails,
  person,
  submitAsPublic,
} from '../helpers/forms'
import { testPayload } from '../helpers/payload'

type Db = Payload['db'] & { sessions: Record<string, unknown> }

let payload: Payload
let db: Db
let form: Form
let nextPerson = 1

beforeAll(async () => {
  payload = await testPayload()
  db = payload.db as Db
  await setOfficeForMails(payload)
  form = await createRegistrationForm(payload)
})

afterEach(() => setJobGuardsForTest(true))

/** Registrations whose mails (confirmation, office notice) wait in the outbox. */
const registerPeople = async (registrations: number) => {
  const event = await createEvent(payload, form, { capacity: 1000 })
  for (let i = 0; i < registrations; i++)
    await submitAsPublic(payload, form, person(nextPerson++), event)
}

/**
 * Registrations with one `sendMail` job each, as an older version queued them (such jobs may
 * still wait in an upgraded database): jobs in the mail queue for Payload's runner to claim.
 */
const queueMails = async (registrations: number) => {
  await registerPeople(registrations)
  const { docs } = await payload.find({
    collection: 'mail-messages',
    where: { status: { equals: 'queued' } },
    limit: 0,
    depth: 0,
    sort: 'id',
  })
  const bySubmission = new Map<number, number[]>()
  for (const mail of docs)
    bySubmission.set(Number(mail.submission), [
      ...(bySubmission.get(Number(mail.submission)) ?? []),
      mail.id,
    ])
  for (const messageIds of bySubmission.values())
    await payload.jobs.queue({ task: 'sendMail', queue: 'mail', input: { messageIds } })
  return payload.count({ collection: 'payload-jobs', where: { queue: { equals: 'mail' } } })
}

/** Records which jobs each runner claimed: the real adapter method, observed. */
const observeClaims = () => {
  const claims: number[] = []
  const updateJobs = db.updateJobs
  db.updateJobs = async (args) => {
    const result = await updateJobs.call(db, args)
    if (!args.id && args.data.processing === true)
      claims.push(...(result ?? []).map((job) => Number(job.id)))
    return result
  }
  return { claims, restore: () => (db.updateJobs = updateJobs) }
}

/** The cron and the run after a submission start at the same moment. */
const runnersAtOnce = (count: number) =>
  Promise.allSettled(
    Array.from({ length: count }, () => payload.jobs.run({ queue: 'mail', limit: 10 })),
  )

/** Only the claim step, as Payload's runner does it: its own transaction, ten jobs each. */
const claimsAtOnce = async (runners: number) => {
  const claimed = await Promise.all(
    Array.from({ length: runners }, async () => {
      const transactionID = (await db.beginTransaction()) as string
      const jobs = await db.updateJobs({
        data: { processing: true },
        where: { and: [{ queue: { equals: 'mail' } }, { processing: { equals: false } }] },
        limit: 10,
        sort: 'createdAt',
        req: { transactionID },
      })
      await db.commitTransaction(transactionID)
      return (jobs ?? []).map((job) => Number(job.id))
    }),
  )
  return claimed.flat()
}

const abandonedTransactions = async () => {
  const { rows } = await connectionOf(payload).execute(sql`
    SELECT count(*)::int AS n FROM pg_stat_activity
    WHERE datname = current_database() AND state LIKE 'idle in transaction%'`)
  return (rows[0] as { n: number }).n
}

const duplicatesIn = (ids: number[]) => ids.filter((id, i) => ids.indexOf(id) !== i)

describe('several outbox drains at once', () => {
  it('send every mail exactly once and leave no connection in a transaction', async () => {
    await registerPeople(40)
    expect(await payload.count({ collection: 'payload-jobs' })).toEqual({ totalDocs: 0 })
    const outcomes: string[] = []
    for (let round = 0; round < 3; round++)
      for (const run of await Promise.all(
        Array.from({ length: 4 }, () => drainOutbox(payload, { limit: 10 })),
      ))
        outcomes.push(...run)
    // Four runners, three rounds, ten each: room for 120 claims, 80 mails; a mail claimed twice
    // would be sent twice.
    expect(outcomes.filter((outcome) => outcome === 'sent')).toHaveLength(80)
    expect(outcomes).toHaveLength(80)
    const { docs } = await payload.find({ collection: 'mail-messages', limit: 0 })
    expect(docs.filter((m) => m.status !== 'sent').map((m) => m.lastError)).toEqual([])
    expect(await abandonedTransactions()).toBe(0)
    expect(Object.keys(db.sessions)).toEqual([])
    await payload.delete({ collection: 'mail-messages', where: { id: { exists: true } } })
  })
})

describe('several mail queue runners at once', () => {
  it('hand each job to one runner only, send every mail, and leave no connection in a transaction', async () => {
    const { totalDocs: jobs } = await queueMails(40)
    expect(jobs).toBe(40)
    const { claims, restore } = observeClaims()
    try {
      for (let round = 0; round < 3; round++) await runnersAtOnce(4)
    } finally {
      restore()
    }
    expect(duplicatesIn(claims)).toEqual([])
    expect(claims).toHaveLength(40)
    const { docs } = await payload.find({ collection: 'mail-messages', limit: 0 })
    expect(docs).toHaveLength(80)
    expect(docs.filter((m) => m.status !== 'sent').map((m) => m.lastError)).toEqual([])
    expect(await payload.count({ collection: 'payload-jobs' })).toEqual({ totalDocs: 0 })
    expect(await abandonedTransactions()).toBe(0)
    expect(Object.keys(db.sessions)).toEqual([])
  })

  it('a job write that fails ends its transaction instead of keeping the connection', async () => {
    await queueMails(1)
    const job = (await payload.find({ collection: 'payload-jobs', limit: 1 })).docs[0]
    const failingWrite = async () => {
      const transactionID = (await db.beginTransaction()) as string
      const write = db.updateJobs({
        id: job.id,
        data: { totalTried: 'keine Zahl' },
        req: { transactionID },
      })
      await expect(write).rejects.toThrow()
      return transactionID
    }

    await failingWrite()
    expect(Object.keys(db.sessions)).toEqual([])
    expect(await abandonedTransactions()).toBe(0)

    // Without the guard, Payload's own handling leaves the transaction open for good.
    setJobGuardsForTest(false)
    const leaked = await failingWrite()
    expect(Object.keys(db.sessions)).toEqual([leaked])
    // the server reports the session's state a moment after the error reached the client
    await expect.poll(abandonedTransactions, { timeout: 5000 }).toBe(1)
    await db.rollbackTransaction(leaked)
  })

  it('without the claim guard, runners claiming at once take the same jobs — the guard prevents it', async () => {
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await queueMails(40)
    const guarded = await claimsAtOnce(4)
    expect(guarded).toHaveLength(40)
    expect(duplicatesIn(guarded)).toEqual([])

    await payload.update({
      collection: 'payload-jobs',
      where: { id: { exists: true } },
      data: { processing: false },
    })
    setJobGuardsForTest(false)
    const unguarded = await claimsAtOnce(4)
    expect(duplicatesIn(unguarded).length).toBeGreaterThan(0)
  })
})
