/**
 * End to end: an event's save → notice → fan-out job → outbox → SMTP. The fan-out (one outbox
 * mail per registered person when a notice is created with `informed`) is built separately; this
 * file proves the whole way once both are together.
 */
import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Event, Form } from '@/payload-types'

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

let sink: Awaited<ReturnType<typeof startMailSink>>
let payload: Payload
let form: Form
let people = 100

beforeAll(async () => {
  sink = await startMailSink()
  payload = await testPayload()
  await setOfficeForMails(payload)
  form = await createRegistrationForm(payload)
})

afterAll(() => sink.stop())

/** Works both queues until nothing is left: the fan-out and cancellation jobs, then the mails. */
const runAllJobs = async () => {
  for (let round = 0; round < 4; round++) {
    await payload.jobs.run({ queue: 'default', limit: 50 })
    await workMailQueue(payload, { limit: 50 })
  }
}

const eventWithRegistrations = async () => {
  const event = await createEvent(payload, form, { capacity: 1 })
  const confirmed = person(++people)
  const waiting = person(++people)
  await submitAsPublic(payload, form, confirmed, event)
  await submitAsPublic(payload, form, waiting, event)
  await runAllJobs()
  sink.received.length = 0
  return { event, confirmed: String(confirmed.email), waiting: String(waiting.email) }
}

const update = (event: Event, data: Record<string, unknown>) =>
  payload.update({
    collection: 'events',
    id: event.id,
    data: data as Partial<Event>,
    context: noRevalidate,
  })

const mailTo = (address: string) => sink.received.filter((m) => m.envelopeTo.includes(address))

const calendarOf = (mail: ReceivedMail) => {
  const file = mail.parsed.attachments.find((a) => a.filename?.endsWith('.ics'))
  if (!file) return undefined
  const calendar = new ICAL.Component(ICAL.parse(file.content.toString('utf8')))
  return { calendar, vevent: calendar.getFirstSubcomponent('vevent')! }
}

describe('mails to registered people when an event changes', () => {
  it('sends each person the change old → new; the confirmed one gets the moved calendar entry', async () => {
    const { event, confirmed, waiting } = await eventWithRegistrations()
    const changed = await update(event, {
      venue: { ...event.venue, room: 'Raum 2.14' },
      registrantNotice: 'inform',
    })
    await runAllJobs()
    const [toConfirmed] = mailTo(confirmed)
    const [toWaiting] = mailTo(waiting)
    expect(toConfirmed?.parsed.subject).toBe(`Änderung: ${event.title}`)
    expect(toConfirmed?.parsed.text).toContain('Was sich geändert hat:')
    expect(toConfirmed?.parsed.text).toContain('→ Kreisverwaltung, Raum 2.14')
    const ics = calendarOf(toConfirmed!)!
    expect(ics.vevent.getFirstPropertyValue('uid')).toBe(`event-${event.id}@localhost`)
    expect(Number(ics.vevent.getFirstPropertyValue('sequence'))).toBe(changed.calendarSequence)
    expect(Number(ics.vevent.getFirstPropertyValue('sequence'))).toBeGreaterThan(
      event.calendarSequence ?? 0,
    )
    expect(toWaiting?.parsed.subject).toBe(`Änderung: ${event.title}`)
    expect(calendarOf(toWaiting!)).toBeUndefined()
  })

  it('sends nothing when the editor saved without notice', async () => {
    const { event } = await eventWithRegistrations()
    await update(event, { venue: { ...event.venue, room: 'Aula' }, registrantNotice: 'silent' })
    await runAllJobs()
    expect(sink.received).toHaveLength(0)
  })

  it('sends a cancellation with METHOD:CANCEL and STATUS:CANCELLED to the confirmed person', async () => {
    const { event, confirmed, waiting } = await eventWithRegistrations()
    await update(event, {
      eventStatus: 'cancelled',
      registrantNotice: 'inform',
      registrantNoticeText: 'Wir laden bald neu ein.',
    })
    await runAllJobs()
    const [toConfirmed] = mailTo(confirmed)
    expect(toConfirmed?.parsed.subject).toBe(`Abgesagt: ${event.title}`)
    expect(toConfirmed?.parsed.text).toContain('Wir laden bald neu ein.')
    const ics = calendarOf(toConfirmed!)!
    expect(ics.calendar.getFirstPropertyValue('method')).toBe('CANCEL')
    expect(ics.vevent.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(mailTo(waiting)).toHaveLength(1)
    expect(calendarOf(mailTo(waiting)[0]!)).toBeUndefined()
    // One mail each: no personal cancellation mail beside the notice.
    expect(mailTo(confirmed)).toHaveLength(1)
  })

  it('drops a postponement not yet sent when the event is cancelled meanwhile: only the cancellation goes out', async () => {
    const { event, confirmed, waiting } = await eventWithRegistrations()
    const postponed = await update(event, { eventStatus: 'postponed', registrantNotice: 'inform' })
    // Saved again before the queue ran: the postponement would arrive after, or beside, the truth.
    await update(postponed, { eventStatus: 'cancelled', registrantNotice: 'inform' })
    // The mail queue first, as when it runs before the job that cancels the registrations.
    for (let round = 0; round < 3; round++) await workMailQueue(payload, { limit: 50 })
    await runAllJobs()
    for (const address of [confirmed, waiting])
      expect(mailTo(address).map((m) => m.parsed.subject)).toEqual([`Abgesagt: ${event.title}`])
  })
})
