import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import { connectionOf, sql } from '@/db/sql'
import { drainOutbox } from '@/email/deliver'
import { drainBatch, drainSoon, startOutboxTimer } from '@/email/outboxWorker'
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

/** Pretends a worker took every message `minutes` ago and never came back (crash, database away). */
const abandonedAgo = (minutes: number, attempts: number) =>
  connectionOf(payload).execute(sql`
    UPDATE mail_messages SET status = 'sending', attempts = ${attempts},
      last_attempt_at = now() - make_interval(mins => ${minutes})`)

it('takes an abandoned mail again after 15 minutes, and gives it up once its attempts are used', async () => {
  await connectionOf(payload).execute(sql`DELETE FROM mail_messages`)
  const event = await createEvent(payload, form, { capacity: 10 })
  await submitAsPublic(payload, form, person(3), event)
  const before = sink.received.length

  await abandonedAgo(14, 1)
  expect(await drainOutbox(payload, { limit: 10 })).toEqual([])
  await abandonedAgo(16, 1)
  expect(await drainOutbox(payload, { limit: 10 })).toEqual(['sent', 'sent'])
  await expect.poll(() => sink.received.length).toBe(before + 2)

  // With no attempt left (MAIL_RETRY_ATTEMPTS is 3 here) it is not sent a fourth time, and it
  // does not stay "wird versendet" for ever either: the office sees it failed and why.
  await abandonedAgo(16, 3)
  expect(await drainOutbox(payload, { limit: 10 })).toEqual([])
  const { rows } = await connectionOf(payload).execute(sql`
    SELECT status, last_error FROM mail_messages ORDER BY id`)
  expect(rows).toEqual([
    { status: 'failed', last_error: expect.stringMatching(/^Versand nicht bestätigt/) },
    { status: 'failed', last_error: expect.stringMatching(/^Versand nicht bestätigt/) },
  ])
  expect(sink.received.length).toBe(before + 2)
})

/**
 * Makes the database refuse writing `status` into the outbox: the writes numbered in `which`
 * (1 is the first), or the first `times` of them.
 */
const refuseRecording = async (
  status: 'sent' | 'retrying' | 'sending',
  times: number,
  which?: number[],
) => {
  const db = connectionOf(payload)
  await db.execute(sql`DROP TRIGGER IF EXISTS refuse_sent ON mail_messages`)
  await db.execute(sql`DROP SEQUENCE IF EXISTS refused_sent`)
  // a sequence, as it counts outside the transaction that the exception rolls back
  await db.execute(sql`CREATE SEQUENCE refused_sent`)
  await db.execute(
    sql.raw(`
    CREATE OR REPLACE FUNCTION refuse_sent() RETURNS trigger AS $$
    BEGIN
      IF ${which ? `nextval('refused_sent') IN (${which.map(Number).join(',')})` : `nextval('refused_sent') <= ${Number(times)}`}
        THEN RAISE EXCEPTION 'simulierter Aussetzer'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`),
  )
  await db.execute(
    sql.raw(`
    CREATE TRIGGER refuse_sent BEFORE UPDATE ON mail_messages FOR EACH ROW
    WHEN (NEW.status = '${status}') EXECUTE FUNCTION refuse_sent()`),
  )
}

it('writes a sent mail down despite a short database hiccup, so that it never goes out twice', async () => {
  await connectionOf(payload).execute(sql`DELETE FROM mail_messages`)
  const event = await createEvent(payload, form, { capacity: 10 })
  await submitAsPublic(payload, form, person(4), event)
  const before = sink.received.length
  await refuseRecording('sent', 2)

  expect(await drainOutbox(payload, { limit: 10 })).toEqual(['sent', 'sent'])
  expect((await outbox()).map((m) => m.status)).toEqual(['sent', 'sent'])
  // nothing left "sending" that a later drain would take for abandoned and send again
  await connectionOf(payload).execute(sql`
    UPDATE mail_messages SET last_attempt_at = now() - interval '16 minutes'`)
  expect(await drainOutbox(payload, { limit: 10 })).toEqual([])
  await expect.poll(() => sink.received.length).toBe(before + 2)
})

it('logs a failure to write an attempt down without the address', async () => {
  await connectionOf(payload).execute(sql`DELETE FROM mail_messages`)
  const event = await createEvent(payload, form, { capacity: 10 })
  await submitAsPublic(payload, form, person(5), event)
  // The send fails, and so does writing that down: the query's error carries the row's values.
  await sink.stop()
  await refuseRecording('retrying', 1_000)
  const lines: unknown[] = []
  const spies = (['error', 'warn', 'info'] as const).map((level) =>
    vi.spyOn(payload.logger, level).mockImplementation(((...args: unknown[]) => {
      lines.push({ level, args })
    }) as never),
  )
  try {
    expect(await drainOutbox(payload, { limit: 10 })).toEqual(['retrying', 'retrying'])
  } finally {
    for (const spy of spies) spy.mockRestore()
    await connectionOf(payload).execute(sql`DROP TRIGGER refuse_sent ON mail_messages`)
    sink = await startSmtpSink(sink.port)
  }
  expect(JSON.stringify(lines)).toContain('Versuch nicht festgehalten')
  expect(JSON.stringify(lines)).not.toMatch(/person5|@test\.example|Ihre Anmeldung/i)
  // the attempt stays open: taken again (once abandoned), not lost
  expect((await outbox()).map((m) => m.status)).toEqual(['sending', 'sending'])
})

it("sends queued mail on the instance's own timer within ten seconds, no job involved", async () => {
  await connectionOf(payload).execute(sql`DELETE FROM mail_messages`)
  const event = await createEvent(payload, form, { capacity: 10 })
  await submitAsPublic(payload, form, person(6), event)
  const before = sink.received.length
  startOutboxTimer(payload, () => true)
  try {
    await sink.waitFor(before + 2, 15_000)
    // received by the server a moment before the send returns and is written down
    await expect.poll(async () => (await outbox()).map((m) => m.status)).toEqual(['sent', 'sent'])
  } finally {
    for (const cron of payload.crons.splice(0)) cron.stop()
  }
  expect(await payload.count({ collection: 'payload-jobs' })).toEqual({ totalDocs: 0 })
})

it('finishes every mail in hand when a claim fails, then reports the failure; the next run sends the rest', async () => {
  await connectionOf(payload).execute(sql`DELETE FROM mail_messages`)
  const event = await createEvent(payload, form, { capacity: 10 })
  for (const n of [7, 8, 9, 10]) await submitAsPublic(payload, form, person(n), event)
  const before = sink.received.length
  // the 2nd and the 5th claim fail (the database away for a moment)
  await refuseRecording('sending', 0, [2, 5])
  try {
    await expect(drainOutbox(payload, { limit: 50 })).rejects.toThrow()
    // nothing left half-done: every mail claimed in that run went out and was written down
    expect((await outbox()).filter((m) => m.status === 'sending')).toEqual([])
    await drainOutbox(payload, { limit: 50 })
  } finally {
    await connectionOf(payload).execute(sql`DROP TRIGGER refuse_sent ON mail_messages`)
  }
  await drainOutbox(payload, { limit: 50 })
  expect((await outbox()).map((m) => m.status)).toEqual(Array(8).fill('sent'))
  await expect.poll(() => sink.received.length).toBe(before + 8)
})

it('does not run round after round while the mail server is away, even with no waiting time set', async () => {
  await connectionOf(payload).execute(sql`DELETE FROM mail_messages`)
  const event = await createEvent(payload, form, { capacity: null })
  for (let n = 0; n < drainBatch / 2; n++)
    await submitAsPublic(payload, form, person(100 + n), event)
  await sink.stop()
  process.env.MAIL_RETRY_DELAY_SECONDS = '0'
  try {
    await drainSoon(payload)
  } finally {
    process.env.MAIL_RETRY_DELAY_SECONDS = '60'
    sink = await startSmtpSink(sink.port)
  }
  // One full round, every mail tried once: not all three attempts used up within seconds.
  const attempts = (await outbox()).map((m) => [m.status, m.attempts])
  expect(attempts).toHaveLength(drainBatch)
  expect(new Set(attempts.map(String))).toEqual(new Set(['retrying,1']))
})
