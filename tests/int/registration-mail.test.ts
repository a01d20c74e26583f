import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createToken } from '@/domain/tokens'
import type { Event, Form } from '@/payload-types'
import { connectionOf, sql } from '@/db/sql'
import { cancelByToken, findByCancellationToken } from '@/registration/cancel'

import {
  createEvent,
  createRegistrationForm,
  setOfficeForMails,
  person,
  submitAsPublic,
} from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { type ReceivedMail, startSmtpSink } from '../helpers/smtpSink'
import { workMailQueue } from '../helpers/mailQueue'

let sink: Awaited<ReturnType<typeof startSmtpSink>>
let port: number
let payload: Payload
let form: Form

const office = 'buero@opr.example'

beforeAll(async () => {
  sink = await startSmtpSink()
  port = sink.port
  // Read by payload.config.ts on first import (in testPayload).
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_SECURE: 'false',
    SMTP_FROM: 'Partnerschaft für Demokratie OPR <demokratie@opr.example>',
    MAIL_RETRY_DELAY_SECONDS: '0',
    MAIL_RETRY_ATTEMPTS: '5',
  })
  payload = await testPayload()
  await setOfficeForMails(payload, office)
  form = await createRegistrationForm(payload)
})

afterAll(() => sink.stop())

const sendQueued = () => workMailQueue(payload, { limit: 50 })

const mailsTo = (address: string, mails: ReceivedMail[] = sink.received) =>
  mails.filter((m) => m.envelopeTo.includes(address))

const cancelLinkIn = (text: string) =>
  text.match(/https?:\/\/\S+\/anmeldung\/abmelden\?token=(\S+)/)

const outbox = async (to: string) =>
  (
    await payload.find({
      collection: 'mail-messages',
      where: { to: { equals: to } },
      sort: 'createdAt',
    })
  ).docs

describe('the confirmation mail', () => {
  let event: Event
  let mail: ReceivedMail

  beforeAll(async () => {
    event = await createEvent(payload, form, { capacity: 2 })
    await submitAsPublic(payload, form, { ...person(1, 2), name: 'Zoë Müller' }, event)
    await sendQueued()
    await sink.waitFor(2)
    mail = mailsTo('person1@test.example')[0]!
  })

  it('is German HTML and plain text with the date line, venue and programme link', () => {
    expect(mail.parsed.subject).toBe(`Ihre Anmeldung: ${event.title}`)
    expect(mail.parsed.from?.value[0]?.address).toBe('demokratie@opr.example')
    for (const body of [mail.parsed.text!, mail.parsed.html as string]) {
      expect(body).toContain('Guten Tag Zoë Müller')
      expect(body).toContain(event.dateLine)
      expect(body).toContain('Kreisverwaltung, Virchowstr. 14-16, 16816 Neuruppin')
      expect(body).toContain(`/veranstaltungen/${event.slug}#programm`)
      expect(body).toContain('bestätigt')
    }
    expect(mail.parsed.html).toContain('<html lang="de">')
  })

  it('carries the event as an .ics file that calendar programs can read', () => {
    const ics = mail.parsed.attachments.find((a) => a.filename?.endsWith('.ics'))
    expect(ics?.contentType).toBe('text/calendar')
    const vevent = new ICAL.Component(
      ICAL.parse(ics!.content.toString('utf8')),
    ).getFirstSubcomponent('vevent')!
    expect(vevent.getFirstPropertyValue('summary')).toBe(event.title)
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time
    expect(start.toJSDate().toISOString()).toBe(new Date(event.start).toISOString())
  })

  it('has a personal cancellation link that opens this registration and nothing else', async () => {
    const match = cancelLinkIn(mail.parsed.text!)
    expect(match).not.toBeNull()
    const token = match![1]!
    const found = await findByCancellationToken(payload, token)
    expect(found).toMatchObject({ ok: true, submission: { email: 'person1@test.example' } })

    const [body, signature] = token.split('.')
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString())
    const otherId = Buffer.from(
      JSON.stringify({ ...claims, s: String(Number(claims.s) + 1) }),
    ).toString('base64url')
    expect(await findByCancellationToken(payload, `${otherId}.${signature}`)).toEqual({
      ok: false,
      problem: 'signature',
    })
    expect(
      await findByCancellationToken(payload, token, new Date(new Date(event.end).getTime() + 1000)),
    ).toEqual({
      ok: false,
      problem: 'expired',
    })
    const formToken = createToken(
      { purpose: 'form', subject: claims.s, expiresAt: new Date(event.end) },
      payload.secret,
    )
    expect(await findByCancellationToken(payload, formToken)).toEqual({
      ok: false,
      problem: 'purpose',
    })
  })

  it('tells the office that something arrived, without the person’s data', () => {
    const notice = mailsTo(office)[0]!
    expect(notice.parsed.subject).toBe(`Neue Einsendung (Anmeldung): ${event.title}`)
    expect(notice.parsed.text).toContain('/admin/collections/form-submissions/')
    expect(notice.parsed.text).not.toMatch(/person1@test\.example|Zoë|Müller/)
  })

  it('is recorded as sent in the outbox', async () => {
    const [message] = await outbox('person1@test.example')
    expect(message).toMatchObject({ template: 'confirmation', status: 'sent', attempts: 1 })
    expect(message?.sentAt).toBeTruthy()
  })
})

describe('an office without an address in the settings', () => {
  afterAll(() => setOfficeForMails(payload, office))

  it('gets no notice, and the registration and its confirmation are stored all the same', async () => {
    // Required in the admin; empty only in settings that were never saved (or with no row at all).
    await connectionOf(payload).execute(sql`UPDATE site_settings SET office_email = ''`)
    const event = await createEvent(payload, form, { capacity: 5 })
    const doc = await submitAsPublic(payload, form, person(90), event)
    const queued = await payload.find({
      collection: 'mail-messages',
      where: { submission: { equals: doc.id } },
    })
    expect(queued.docs.map((m) => m.template)).toEqual(['confirmation'])
  })
})

describe('waiting list and promotion', () => {
  it('sends a waiting-list notice, then a confirmation with calendar file when a seat frees up', async () => {
    const event = await createEvent(payload, form, { capacity: 1 })
    await submitAsPublic(payload, form, person(10), event)
    await submitAsPublic(payload, form, person(11), event)
    await sendQueued()
    const waiting = mailsTo('person11@test.example')
    expect(waiting).toHaveLength(1)
    expect(waiting[0]!.parsed.subject).toBe(`Warteliste: ${event.title}`)
    expect(waiting[0]!.parsed.text).toContain('Warteliste')
    expect(waiting[0]!.parsed.attachments).toHaveLength(0)

    const link = cancelLinkIn(mailsTo('person10@test.example')[0]!.parsed.text!)
    const result = await cancelByToken(payload, link![1])
    expect(result).toMatchObject({ ok: true, alreadyCancelled: false })
    await sendQueued()
    expect(mailsTo('person10@test.example').map((m) => m.parsed.subject)).toEqual([
      `Ihre Anmeldung: ${event.title}`,
      `Abmeldung bestätigt: ${event.title}`,
    ])
    const promoted = mailsTo('person11@test.example')[1]!
    expect(promoted.parsed.subject).toBe(`Ihr Platz ist frei: ${event.title}`)
    expect(promoted.parsed.attachments.map((a) => a.filename)).toEqual([`${event.slug}.ics`])
    expect(cancelLinkIn(promoted.parsed.text!)).not.toBeNull()
  })

  it('mails the registration again to an address that registers twice', async () => {
    const event = await createEvent(payload, form)
    await submitAsPublic(payload, form, person(20), event)
    // The site's form does this after the refused transaction; over REST the afterError hook does.
    const { resendAfterDuplicate } =
      await import('@/collections/FormSubmissions/hooks/resendAfterDuplicate')
    await submitAsPublic(payload, form, person(20), event).catch((error) =>
      resendAfterDuplicate(payload, error),
    )
    await sendQueued()
    const subjects = mailsTo('person20@test.example').map((m) => m.parsed.subject)
    // One queue run sends in parallel, so the order of arrival is not fixed.
    expect(subjects.sort()).toEqual([
      `Ihre Anmeldung: ${event.title}`,
      `Sie sind bereits angemeldet: ${event.title}`,
    ])
    const resent = mailsTo('person20@test.example').find((m) =>
      m.parsed.subject?.startsWith('Sie sind'),
    )
    expect(cancelLinkIn(resent!.parsed.text!)).not.toBeNull()
  })
})

describe('when the mail server is down', () => {
  it('keeps the registration, retries, and delivers every mail exactly once when it is back', async () => {
    await sink.stop()
    const event = await createEvent(payload, form)
    const doc = await submitAsPublic(payload, form, person(30), event)
    expect(doc.status).toBe('confirmed')

    await sendQueued()
    await sendQueued()
    const [pending] = await outbox('person30@test.example')
    expect(pending).toMatchObject({ status: 'retrying', attempts: 2 })
    expect(pending?.lastError).toBeTruthy()

    sink = await startSmtpSink(port)
    await sendQueued()
    await sendQueued()
    await sink.waitFor(2)
    expect(mailsTo('person30@test.example')).toHaveLength(1)
    expect(mailsTo(office)).toHaveLength(1)
    const [sent] = await outbox('person30@test.example')
    expect(sent).toMatchObject({ status: 'sent', attempts: 3, lastError: null })
  })

  it('gives up after the configured attempts and shows the mail as failed', async () => {
    await sink.stop()
    const event = await createEvent(payload, form)
    await submitAsPublic(payload, form, person(40), event)
    for (let i = 0; i < 6; i++) await sendQueued()
    const [failed] = await outbox('person40@test.example')
    expect(failed).toMatchObject({ status: 'failed', attempts: 5 })
    sink = await startSmtpSink(port)
  })
})

describe('when the database is away while a mail is put together', () => {
  it('retries the mail instead of giving it up, and sends it once when the data reads again', async () => {
    const event = await createEvent(payload, form)
    await submitAsPublic(payload, form, person(50), event)
    // The mail's text needs the site settings: take their table away for one queue run.
    const db = connectionOf(payload)
    await db.execute(sql`ALTER TABLE site_settings RENAME TO site_settings_away`)
    try {
      await sendQueued()
    } finally {
      await db.execute(sql`ALTER TABLE site_settings_away RENAME TO site_settings`)
    }
    const [pending] = await outbox('person50@test.example')
    expect(pending).toMatchObject({ status: 'retrying', attempts: 1 })
    expect(pending?.lastError).toMatch(/^Nicht aufbereitet/)
    expect(mailsTo('person50@test.example')).toHaveLength(0)

    await sendQueued()
    expect(mailsTo('person50@test.example')).toHaveLength(1)
    const [sent] = await outbox('person50@test.example')
    expect(sent).toMatchObject({ status: 'sent', attempts: 2 })
  })
})

describe('an unfinished text of the editor', () => {
  it('never goes out by mail: "[bitte ergänzen: …]" is left out as on the website', async () => {
    const event = await createEvent(payload, form)
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { title: 'Netzwerktreffen [bitte ergänzen: Ort]' },
      context: { disableRevalidate: true },
    })
    await submitAsPublic(payload, form, person(60), event)
    await sendQueued()
    const [mail] = mailsTo('person60@test.example')
    expect(mail?.parsed.subject).toBe('Ihre Anmeldung: Netzwerktreffen')
    expect(`${mail?.parsed.text}${mail?.parsed.html}`).not.toMatch(/bitte ergänzen/i)
  })
})
