import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { connectionOf, sql } from '@/db/sql'
import type { Event, Form, FormSubmission } from '@/payload-types'
import { findByCancellationToken } from '@/registration/cancel'
import { sendDueReminders } from '@/registration/reminders'

import { noRevalidate } from '../helpers/context'
import {
  createEvent,
  createRegistrationForm,
  person,
  setOfficeForMails,
  submitAsPublic,
} from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { type ReceivedMail, startMailSink } from '../helpers/smtpSink'
import { workMailQueue } from '../helpers/mailQueue'

const day = 24 * 60 * 60 * 1000

let sink: Awaited<ReturnType<typeof startMailSink>>
let payload: Payload
let form: Form

beforeAll(async () => {
  sink = await startMailSink()
  payload = await testPayload()
  await setOfficeForMails(payload)
  form = await createRegistrationForm(payload)
})

afterAll(() => sink.stop())

const sendQueued = () => workMailQueue(payload, { limit: 100 })

const remindersTo = (address: string) =>
  sink.received.filter(
    (m: ReceivedMail) =>
      m.envelopeTo.includes(address) && m.parsed.subject?.startsWith('Erinnerung'),
  )

/** A moment inside the event's reminder window (default: two days before, so one day before). */
const oneDayBefore = (event: Event) => new Date(new Date(event.start).getTime() - day)

let counter = 100
/** People with addresses of their own for each test, so mails never mix between tests. */
const register = async (event: Event, persons = 1) => {
  const answers = person(++counter, persons)
  return (await submitAsPublic(payload, form, answers, event)) as FormSubmission
}

const setStatus = (id: number, status: FormSubmission['status']) =>
  payload.update({ collection: 'form-submissions', id, data: { status }, overrideAccess: true })

const updateEvent = (id: number, data: Partial<Event>) =>
  payload.update({ collection: 'events', id, data, context: noRevalidate })

const db = () => connectionOf(payload)

describe('the reminder before an event', () => {
  let event: Event
  let first: FormSubmission
  let second: FormSubmission
  let waiting: FormSubmission
  let cancelled: FormSubmission
  let mail: ReceivedMail

  beforeAll(async () => {
    event = await createEvent(payload, form, { capacity: 2, startsInDays: 10 })
    event = await updateEvent(event.id, { onlineUrl: 'https://meet.example/netzwerk' })
    first = await register(event)
    second = await register(event)
    waiting = await register(event)
    cancelled = await register(event)
    expect(waiting.status).toBe('waitlisted')
    await setStatus(cancelled.id, 'cancelled')
    await sendQueued()
  })

  it('is not sent before its time', async () => {
    const threeDaysBefore = new Date(new Date(event.start).getTime() - 3 * day)
    expect(await sendDueReminders(payload, threeDaysBefore)).toBe(0)
  })

  it('goes exactly once to each confirmed person, with two runners at once and a restart', async () => {
    const now = oneDayBefore(event)
    const [a, b] = await Promise.all([
      sendDueReminders(payload, now),
      sendDueReminders(payload, now),
    ])
    expect(a + b).toBe(2)
    expect(await sendDueReminders(payload, now)).toBe(0)
    await sendQueued()
    expect(remindersTo(first.email!)).toHaveLength(1)
    expect(remindersTo(second.email!)).toHaveLength(1)
    mail = remindersTo(first.email!)[0]!
  })

  it('goes to nobody on the waiting list or cancelled', () => {
    expect(remindersTo(waiting.email!)).toHaveLength(0)
    expect(remindersTo(cancelled.email!)).toHaveLength(0)
  })

  it('has the date line, venue with map link, online link, programme and event page', () => {
    expect(mail.parsed.subject).toBe(`Erinnerung: ${event.title} am ${event.dateLine}`)
    const mapLink =
      'https://www.openstreetmap.org/search?query=Virchowstr.%2014-16%2C%2016816%20Neuruppin'
    for (const body of [mail.parsed.text!, mail.parsed.html as string]) {
      expect(body).toContain(`Guten Tag ${first.name}`)
      expect(body).toContain(event.dateLine)
      expect(body).toContain('Kreisverwaltung, Virchowstr. 14-16, 16816 Neuruppin')
      expect(body).toContain(mapLink)
      expect(body).toContain('https://meet.example/netzwerk')
      expect(body).toContain(`/veranstaltungen/${event.slug}#programm`)
    }
    expect(mail.parsed.html).toContain(`/veranstaltungen/${event.slug}"`)
    expect(mail.parsed.text).toMatch(
      new RegExp(`Veranstaltungsseite: https?://\\S+/veranstaltungen/${event.slug}\\n`),
    )
  })

  it("carries this person's own cancellation link and nobody else's data", async () => {
    const text = mail.parsed.text!
    expect(text).toContain('Sie können nicht kommen? Bitte geben Sie Ihren Platz frei:')
    const token = text.match(/\/anmeldung\/abmelden\?token=(\S+)/)![1]
    expect(await findByCancellationToken(payload, token)).toMatchObject({
      ok: true,
      submission: { id: first.id },
    })
    for (const other of [second, waiting, cancelled]) {
      for (const body of [mail.parsed.text!, mail.parsed.html as string]) {
        expect(body).not.toContain(other.email!)
        expect(body).not.toContain(other.name!)
      }
    }
    expect(mail.envelopeTo).toEqual([first.email])
  })

  it('is sent again, once, when the event moves to a new date', async () => {
    const start = new Date(new Date(event.start).getTime() + 7 * day)
    const moved = await updateEvent(event.id, {
      start: start.toISOString(),
      end: new Date(start.getTime() + 2.5 * 60 * 60 * 1000).toISOString(),
    })
    await Promise.all([
      sendDueReminders(payload, oneDayBefore(moved)),
      sendDueReminders(payload, oneDayBefore(moved)),
    ])
    await sendQueued()
    expect(remindersTo(first.email!)).toHaveLength(2)
    expect(remindersTo(first.email!)[1]!.parsed.text).toContain(moved.dateLine)
    expect(remindersTo(waiting.email!)).toHaveLength(0)
  })
})

describe('no reminder', () => {
  it('when the event was cancelled', async () => {
    const event = await createEvent(payload, form, { startsInDays: 10 })
    const registered = await register(event)
    await updateEvent(event.id, { eventStatus: 'cancelled' })
    expect(await sendDueReminders(payload, oneDayBefore(event))).toBe(0)
    await sendQueued()
    expect(remindersTo(registered.email!)).toHaveLength(0)
  })

  it('when the office switched it off for the event', async () => {
    const event = await createEvent(payload, form, { startsInDays: 10 })
    await register(event)
    await updateEvent(event.id, {
      registration: { ...event.registration, reminder: { enabled: false } },
    })
    expect(await sendDueReminders(payload, oneDayBefore(event))).toBe(0)
  })

  it('when the event was created after its reminder time', async () => {
    const event = await createEvent(payload, form, { startsInDays: 10 })
    await register(event)
    // Reminding 12 days ahead of an event created 10 days ahead: the time had passed already.
    await updateEvent(event.id, {
      registration: { ...event.registration, reminder: { enabled: true, daysBefore: 12 } },
    })
    expect(await sendDueReminders(payload, oneDayBefore(event))).toBe(0)
  })

  it('for a registration made after the reminder time (its confirmation just came)', async () => {
    const event = await createEvent(payload, form, { startsInDays: 10 })
    const early = await register(event)
    const late = await register(event)
    const now = oneDayBefore(event)
    await db().execute(sql`
      UPDATE form_submissions SET created_at = ${new Date(now.getTime() - 60_000).toISOString()}::timestamptz
      WHERE id = ${late.id}`)
    expect(await sendDueReminders(payload, now)).toBe(1)
    await sendQueued()
    expect(remindersTo(early.email!)).toHaveLength(1)
    expect(remindersTo(late.email!)).toHaveLength(0)
  })

  it('when the person cancels between queueing and sending', async () => {
    const event = await createEvent(payload, form, { startsInDays: 10 })
    const registered = await register(event)
    expect(await sendDueReminders(payload, oneDayBefore(event))).toBe(1)
    await setStatus(registered.id, 'cancelled')
    await sendQueued()
    expect(remindersTo(registered.email!)).toHaveLength(0)
    const { docs } = await payload.find({
      collection: 'mail-messages',
      where: { to: { equals: registered.email }, template: { equals: 'reminder' } },
    })
    expect(docs).toMatchObject([
      { status: 'skipped', lastError: 'Entfallen: Nicht mehr angemeldet.' },
    ])
  })
})

describe('the reminder wording', () => {
  it("is the form's own text, and the default wording where an older form has none", async () => {
    const ownForm = await payload.update({
      collection: 'forms',
      id: (await createRegistrationForm(payload)).id,
      data: { reminderMail: { subject: 'Bis bald: {{veranstaltung}}', text: 'Hallo {{name}}!' } },
    })
    const olderForm = await createRegistrationForm(payload)
    await db().execute(sql`
      UPDATE forms SET reminder_mail_text = NULL WHERE id = ${olderForm.id}`)
    const subjects: string[] = []
    for (const f of [ownForm, olderForm]) {
      const event = await createEvent(payload, f, { startsInDays: 10 })
      const answers = person(++counter)
      await submitAsPublic(payload, f, answers, event)
      await sendDueReminders(payload, oneDayBefore(event))
      await sendQueued()
      const [reminder] = sink.received.filter(
        (m) =>
          m.envelopeTo.includes(String(answers.email)) &&
          !m.parsed.subject?.startsWith('Ihre Anmeldung'),
      )
      subjects.push(reminder!.parsed.subject!)
      if (f === ownForm) expect(reminder!.parsed.text).toContain(`Hallo ${answers.name}!`)
      else expect(reminder!.parsed.text).toContain('wir freuen uns, Sie bald')
    }
    expect(subjects[0]).toMatch(/^Bis bald: /)
    expect(subjects[1]).toMatch(/^Erinnerung: /)
  })
})

describe('the scheduled job', () => {
  it('queues the due reminders once, however often the queue runs it', async () => {
    const event = await createEvent(payload, form, { startsInDays: 1 })
    const registered = await register(event)
    // As if event and registration had been made a week ago: the reminder is due now.
    const weekAgo = new Date(Date.now() - 7 * day).toISOString()
    await db().execute(
      sql`UPDATE events SET created_at = ${weekAgo}::timestamptz WHERE id = ${event.id}`,
    )
    await db().execute(sql`
      UPDATE form_submissions SET created_at = ${weekAgo}::timestamptz WHERE id = ${registered.id}`)
    for (let run = 0; run < 2; run++) {
      await Promise.all([
        payload.jobs.queue({ task: 'sendReminders', queue: 'default', input: {} }),
        payload.jobs.queue({ task: 'sendReminders', queue: 'default', input: {} }),
      ])
      await Promise.all([
        payload.jobs.run({ queue: 'default', limit: 1 }),
        payload.jobs.run({ queue: 'default', limit: 1 }),
      ])
    }
    await sendQueued()
    expect(remindersTo(registered.email!)).toHaveLength(1)
  })
})
