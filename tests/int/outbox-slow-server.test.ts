/**
 * A mail server that is slow or drops connections. A drain round then lasts seconds or minutes:
 * each mail must still say what is true when it goes out (the person's registration is read for
 * each mail, never kept across the round), and a server that closes every connection ends the
 * round with retries instead of keeping it (and its mails) in hand for ever.
 */
import net, { type AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { connectionOf, sql } from '@/db/sql'
import { drainOutbox } from '@/email/deliver'
import { queueMails } from '@/email/outbox'
import type { Form, FormSubmission } from '@/payload-types'

import {
  createEvent,
  createRegistrationForm,
  person,
  setOfficeForMails,
  submitAsPublic,
} from '../helpers/forms'
import { testPayload } from '../helpers/payload'

const received: string[] = []
/** How the relay answers a mail, decided when the mail begins. */
let answer: 'slowly' | 'at once' | 'failing late' = 'slowly'
let slowServer: SMTPServer
let port: number
let payload: Payload
let form: Form
/** Registrations whose own mails are not the point here. */
const withoutMails = { disableMail: true }

beforeAll(async () => {
  slowServer = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 100,
    onData(stream, session, callback) {
      stream.resume()
      const now = answer
      if (now === 'failing late')
        return stream.on('end', () =>
          setTimeout(
            () => callback(Object.assign(new Error('Bitte später'), { responseCode: 451 })),
            1_000,
          ),
        )
      // by default a relay that takes 400 ms for each mail
      stream.on('end', () =>
        setTimeout(
          () => {
            received.push(session.envelope.rcptTo[0]!.address)
            callback()
          },
          now === 'slowly' ? 400 : 0,
        ),
      )
    },
  })
  await new Promise<void>((resolve) => slowServer.listen(0, '127.0.0.1', resolve))
  port = (slowServer.server.address() as AddressInfo).port
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_SECURE: 'false',
    SMTP_FROM: 'Partnerschaft für Demokratie OPR <demokratie@opr.example>',
    MAIL_RETRY_DELAY_SECONDS: '60',
  })
  payload = await testPayload()
  await setOfficeForMails(payload)
  form = await createRegistrationForm(payload)
})

afterAll(() => new Promise<void>((resolve) => slowServer.close(() => resolve())))

const statusOf = async (template: string, submissionId: number) => {
  const { rows } = await connectionOf(payload).execute(sql`
    SELECT status, last_error AS "lastError" FROM mail_messages
    WHERE template = ${template} AND submission_id = ${submissionId}`)
  return rows[0] as { status: string; lastError: string | null }
}

it('skips a reminder for a person who cancelled while the round was under way', async () => {
  const event = await createEvent(payload, form, { capacity: 100 })
  const cancelling = await submitAsPublic(payload, form, person(1), event, withoutMails)
  const others: FormSubmission[] = []
  for (let n = 2; n <= 25; n++)
    others.push(await submitAsPublic(payload, form, person(n), event, withoutMails))
  // The person's first mail opens the round; 24 others follow, the reminder comes last.
  const mail = (template: 'registrationChanged' | 'confirmation' | 'reminder', s: FormSubmission) =>
    ({ template, to: s.email!, cause: 'staff', submissionId: s.id }) as const
  await queueMails(payload, [mail('registrationChanged', cancelling)])
  await queueMails(
    payload,
    others.map((s) => mail('confirmation', s)),
  )
  await queueMails(payload, [mail('reminder', cancelling)])

  const round = drainOutbox(payload, { limit: 50 })
  await new Promise((resolve) => setTimeout(resolve, 300))
  await payload.update({
    collection: 'form-submissions',
    id: cancelling.id,
    data: { status: 'cancelled' },
    context: withoutMails,
  })
  await round

  expect(await statusOf('registrationChanged', cancelling.id)).toMatchObject({ status: 'sent' })
  expect(await statusOf('reminder', cancelling.id)).toEqual({
    status: 'skipped',
    lastError: 'Entfallen: Nicht mehr angemeldet.',
  })
}, 30_000)

it('keeps a late failure of an attempt taken for abandoned from undoing the next attempt’s send', async () => {
  const event = await createEvent(payload, form, { capacity: 100 })
  const registered = await submitAsPublic(payload, form, person(201), event)
  answer = 'failing late'
  const first = drainOutbox(payload, { limit: 10 })
  await expect
    .poll(async () => (await statusOf('confirmation', registered.id)).status)
    .toBe('sending')
  await new Promise((resolve) => setTimeout(resolve, 200))
  // Meanwhile the mails count as abandoned (as if the first attempt had hung for 15 minutes),
  // another run takes them again, and the relay answers again.
  answer = 'at once'
  await connectionOf(payload).execute(sql`
    UPDATE mail_messages SET last_attempt_at = now() - interval '16 minutes'
    WHERE submission_id = ${registered.id}`)
  expect(await drainOutbox(payload, { limit: 10 })).toEqual(['sent', 'sent'])
  // The first attempt now fails late; it must not write "retrying" over "sent".
  expect(await first).toEqual(['retrying', 'retrying'])
  const { rows } = await connectionOf(payload).execute(sql`
    SELECT status, attempts::int AS attempts FROM mail_messages
    WHERE submission_id = ${registered.id}`)
  expect(rows).toEqual([
    { status: 'sent', attempts: 2 },
    { status: 'sent', attempts: 2 },
  ])
}, 20_000)

it('ends the round with retries when the server closes every connection at once', async () => {
  const event = await createEvent(payload, form, { capacity: 100 })
  const registered = await submitAsPublic(payload, form, person(101), event)
  await new Promise<void>((resolve) => slowServer.close(() => resolve()))
  // Something that takes the connection and drops it (a proxy whose mail server is down).
  const dropping = net.createServer((socket) => socket.destroy())
  await new Promise<void>((resolve) => dropping.listen(port, '127.0.0.1', resolve))
  try {
    expect(await drainOutbox(payload, { limit: 10 })).toEqual(['retrying', 'retrying'])
    expect(await statusOf('confirmation', registered.id)).toMatchObject({ status: 'retrying' })
  } finally {
    await new Promise<void>((resolve) => dropping.close(() => resolve()))
  }
}, 20_000)
