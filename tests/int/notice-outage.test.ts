import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { connectionOf, sql } from '@/db/sql'
import type { EventNotice, Form } from '@/payload-types'

import { createApiClient } from '../helpers/api'
import { createEvent, createRegistrationForm, setOfficeForMails } from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { type ReceivedMail, startSmtpSink } from '../helpers/smtpSink'
import { createStaff } from '../helpers/users'
import { workMailQueue } from '../helpers/mailQueue'

const people = 300

let sink: Awaited<ReturnType<typeof startSmtpSink>>
let port: number
let payload: Payload
let form: Form
/** every mail any sink received, across the restart */
const received: ReceivedMail[][] = []

beforeAll(async () => {
  sink = await startSmtpSink()
  port = sink.port
  received.push(sink.received)
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_SECURE: 'false',
    SMTP_FROM: 'Partnerschaft für Demokratie OPR <demokratie@opr.example>',
    MAIL_RETRY_DELAY_SECONDS: '0',
    MAIL_RETRY_ATTEMPTS: '10',
  })
  payload = await testPayload()
  await setOfficeForMails(payload)
  form = await createRegistrationForm(payload)
})

afterAll(() => sink.stop())

const sendBatch = () => workMailQueue(payload, { limit: 40 })
const delivery = async (id: number) =>
  (await payload.findByID({ collection: 'event-notices', id, depth: 0 })).delivery

it('loses nothing and sends nothing twice when the mail server fails during a broadcast to 300', async () => {
  const event = await createEvent(payload, form, { capacity: null })
  // 300 confirmed registrations in one statement: their own mails are not what is tested here.
  await connectionOf(payload).execute(sql`
    INSERT INTO form_submissions (kind, event_id, form_id, status, name, email, persons)
    SELECT 'registration', ${event.id}, ${form.id}, 'confirmed', 'Person ' || n,
      'massen' || n || '@test.example', 1
    FROM generate_series(1, ${people}) AS n`)
  const coordinator = await createStaff(payload, 'coordinator')
  const api = await createApiClient()
  const response = await api.request('POST', '/event-notices', {
    token: coordinator.token,
    body: { event: event.id, audience: 'active', subject: 'Raumänderung', text: 'Hallo {{name}}' },
  })
  expect(response.status).toBe(201)
  const notice = (response.json as { doc: EventNotice }).doc
  expect(notice.recipientCount).toBe(people)

  // The first run writes the 300 outbox rows; the next ones send in batches.
  await payload.jobs.run({ queue: 'mail', limit: 1 })
  expect(await delivery(notice.id)).toBe(`0 von ${people} versendet`)
  while (sink.received.length < 120) await sendBatch()

  // The server goes away in the middle of a batch.
  const interrupted = sendBatch()
  await new Promise((resolve) => setTimeout(resolve, 20))
  await sink.stop()
  await interrupted
  await sendBatch()
  await sendBatch()
  const during = await delivery(notice.id)
  const sentBefore = received.flat().length
  expect(during).toBe(`${sentBefore} von ${people} versendet`)
  expect(sentBefore).toBeLessThan(people)
  const waiting = await payload.count({
    collection: 'mail-messages',
    where: { notice: { equals: notice.id }, status: { equals: 'retrying' } },
  })
  expect(waiting.totalDocs).toBeGreaterThan(0)

  sink = await startSmtpSink(port)
  received.push(sink.received)
  for (let round = 0; round < 20 && received.flat().length < people; round++) await sendBatch()
  for (let round = 0; round < 3; round++) await sendBatch()

  const all = received.flat()
  expect(all).toHaveLength(people)
  const perAddress = new Map<string, number>()
  for (const mail of all) {
    expect(mail.envelopeTo).toHaveLength(1)
    perAddress.set(mail.envelopeTo[0]!, (perAddress.get(mail.envelopeTo[0]!) ?? 0) + 1)
  }
  expect(perAddress.size).toBe(people)
  expect([...perAddress.values()].every((count) => count === 1)).toBe(true)
  const n = 217
  const one = all.find((m) => m.envelopeTo[0] === `massen${n}@test.example`)!
  expect(one.parsed.text).toContain(`Hallo Person ${n}`)
  expect(await delivery(notice.id)).toBe(`Alle ${people} versendet`)
}, 120_000)
