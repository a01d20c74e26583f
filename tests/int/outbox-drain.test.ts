import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { connectionOf, sql } from '@/db/sql'
import { drainOutbox } from '@/email/deliver'
import type { Form } from '@/payload-types'

import {
  createEvent,
  createRegistrationForm,
  person,
  setOfficeForMails,
  submitAsPublic,
} from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { startMailSink, startSmtpSink } from '../helpers/smtpSink'

let sink: Awaited<ReturnType<typeof startMailSink>>
let payload: Payload
let form: Form

beforeAll(async () => {
  sink = await startMailSink({ MAIL_RETRY_DELAY_SECONDS: '60', MAIL_RETRY_ATTEMPTS: '3' })
  payload = await testPayload()
  await setOfficeForMails(payload)
  form = await createRegistrationForm(payload)
})

afterAll(() => sink.stop())

const outbox = async () => {
  const { rows } = await connectionOf(payload).execute(sql`
    SELECT status, attempts::int AS attempts FROM mail_messages ORDER BY id`)
  return rows as { status: string; attempts: number | null }[]
}

/** Pretends the last attempt of every message was `seconds` ago. */
const lastAttemptAgo = (seconds: number) =>
  connectionOf(payload).execute(sql`
    UPDATE mail_messages SET last_attempt_at = now() - make_interval(secs => ${seconds})`)

it('registers without a job, then retries a failed mail after 1, then 2 waiting times, and gives up after the set attempts', async () => {
  const event = await createEvent(payload, form, { capacity: 10 })
  await submitAsPublic(payload, form, person(1), event)
  // The registration and its two mails are stored; nothing else is queued for them.
  expect(await payload.count({ collection: 'payload-jobs' })).toEqual({ totalDocs: 0 })
  expect(await outbox()).toEqual([
    { status: 'queued', attempts: 0 },
    { status: 'queued', attempts: 0 },
  ])

  await sink.stop()
  expect(await drainOutbox(payload, { limit: 10 })).toEqual(['retrying', 'retrying'])
  expect((await outbox()).map((m) => [m.status, m.attempts])).toEqual([
    ['retrying', 1],
    ['retrying', 1],
  ])
  // Not due before the waiting time (60 s) is over …
  expect(await drainOutbox(payload, { limit: 10 })).toEqual([])
  await lastAttemptAgo(55)
  expect(await drainOutbox(payload, { limit: 10 })).toEqual([])
  await lastAttemptAgo(61)
  expect(await drainOutbox(payload, { limit: 10 })).toEqual(['retrying', 'retrying'])
  // … and the next one waits twice as long.
  await lastAttemptAgo(100)
  expect(await drainOutbox(payload, { limit: 10 })).toEqual([])
  await lastAttemptAgo(121)
  expect(await drainOutbox(payload, { limit: 10 })).toEqual(['failed', 'failed'])
  expect((await outbox()).map((m) => [m.status, m.attempts])).toEqual([
    ['failed', 3],
    ['failed', 3],
  ])
  // Given up is given up, however long ago.
  sink = await startSmtpSink(sink.port)
  await lastAttemptAgo(100_000)
  expect(await drainOutbox(payload, { limit: 10 })).toEqual([])
  expect(sink.received).toHaveLength(0)
})

it('sends a due retry once the server is back, and a new mail at once', async () => {
  await connectionOf(payload).execute(sql`DELETE FROM mail_messages`)
  const event = await createEvent(payload, form, { capacity: 10 })
  await sink.stop()
  await submitAsPublic(payload, form, person(2), event)
  expect(await drainOutbox(payload, { limit: 1 })).toEqual(['retrying'])
  sink = await startSmtpSink(sink.port)
  // the second mail is new: sent at once; the first waits for its turn
  expect(await drainOutbox(payload, { limit: 10 })).toEqual(['sent'])
  await lastAttemptAgo(61)
  expect(await drainOutbox(payload, { limit: 10 })).toEqual(['sent'])
  expect(await drainOutbox(payload, { limit: 10 })).toEqual([])
  await expect.poll(() => sink.received.length).toBe(2)
  expect((await outbox()).map((m) => [m.status, m.attempts])).toEqual([
    ['sent', 2],
    ['sent', 1],
  ])
})
