import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createToken } from '@/domain/tokens'
import type { Event, Form, FormSubmission } from '@/payload-types'
import { cancelByToken } from '@/registration/cancel'
import { cancelRegistrationsOfEvent } from '@/registration/cancelForEvent'
import { changeByToken } from '@/registration/changeRegistration'

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

beforeAll(async () => {
  sink = await startMailSink()
  payload = await testPayload()
  await setOfficeForMails(payload)
  form = await createRegistrationForm(payload)
})

afterAll(() => sink.stop())

let n = 0
const register = async (event: Event, persons = 1, extra: Record<string, string> = {}) =>
  submitAsPublic(payload, form, { ...person(++n + 500, persons), ...extra }, event)

const tokenFor = (submission: FormSubmission, event: Event) =>
  createToken(
    { purpose: 'cancel', subject: String(submission.id), expiresAt: new Date(event.end) },
    payload.secret,
  )

const change = (
  submission: FormSubmission,
  event: Event,
  answers: Record<string, unknown>,
  now?: Date,
) => changeByToken(payload, tokenFor(submission, event), (name) => answers[name], now)

const load = (id: number) =>
  payload.findByID({ collection: 'form-submissions', id, depth: 0 }) as Promise<FormSubmission>

const sendQueued = () => workMailQueue(payload, { limit: 50 })

const mailsTo = (address: string): ReceivedMail[] =>
  sink.received.filter((m) => m.envelopeTo.includes(address))

const subjectsTo = (address: string) => mailsTo(address).map((m) => m.parsed.subject)

describe('a person changes their registration through the link in their mail', () => {
  it('changes the persons and support needs, keeps the history and mails the new facts', async () => {
    const event = await createEvent(payload, form, { capacity: 10 })
    const doc = await register(event, 1)
    const result = await change(doc, event, { persons: '3', supportNeeds: 'Rollstuhlplatz' })
    expect(result.outcome).toBe('changed')
    const stored = await load(doc.id)
    expect(stored).toMatchObject({
      persons: 3,
      supportNeeds: 'Rollstuhlplatz',
      status: 'confirmed',
    })
    expect(stored.submissionData).toEqual(
      expect.arrayContaining([
        { field: 'persons', value: '3', id: expect.anything() },
        { field: 'supportNeeds', value: 'Rollstuhlplatz', id: expect.anything() },
      ]),
    )
    const entry = stored.statusHistory!.at(-1)!
    expect(entry).toMatchObject({
      from: 'confirmed',
      to: 'confirmed',
      actor: 'Selbst geändert (Link in der E-Mail)',
      reason: 'Personen: 1 → 3; Unterstützungsbedarf geändert',
    })
    // Support needs may be health data: the history (kept after the event) never repeats them.
    expect(JSON.stringify(stored.statusHistory)).not.toContain('Rollstuhl')

    await sendQueued()
    const changed = mailsTo(doc.email!).find((m) =>
      m.parsed.subject?.startsWith('Ihre Anmeldung wurde geändert'),
    )!
    expect(changed.parsed.subject).toBe(`Ihre Anmeldung wurde geändert: ${event.title}`)
    expect(changed.parsed.text).toContain('Personen: 3')
    expect(changed.parsed.text).toContain(`/veranstaltungen/${event.slug}`)
    expect(changed.parsed.text).toMatch(/\/anmeldung\/abmelden\?token=\S+/)
    expect(changed.parsed.text).not.toMatch(/person(?!507)\d+@/)
  })

  it('keeps a confirmed group as it is when the extra seats are not free, and says so', async () => {
    const event = await createEvent(payload, form, { capacity: 4 })
    const doc = await register(event, 2)
    await register(event, 1)
    const result = await change(doc, event, { persons: '4', supportNeeds: 'Induktionsschleife' })
    expect(result).toEqual({ outcome: 'notEnoughSeats', possible: 3, wanted: 4, kept: 2 })
    expect(await load(doc.id)).toMatchObject({
      persons: 2,
      status: 'confirmed',
      supportNeeds: null,
    })
    await sendQueued()
    expect(subjectsTo(doc.email!)).toEqual([`Ihre Anmeldung: ${event.title}`])
  })

  it('gives freed seats to the waiting list when a confirmed group shrinks', async () => {
    const event = await createEvent(payload, form, { capacity: 3 })
    const group = await register(event, 3)
    const waiting = await register(event, 2)
    expect(waiting.status).toBe('waitlisted')
    expect((await change(group, event, { persons: '1' })).outcome).toBe('changed')
    expect((await load(waiting.id)).status).toBe('confirmed')
    await sendQueued()
    expect(subjectsTo(waiting.email!)).toContain(`Ihr Platz ist frei: ${event.title}`)
  })

  it('lets a waiting group change freely, and moves it up when it now fits', async () => {
    const event = await createEvent(payload, form, { capacity: 2 })
    await register(event, 1)
    const waiting = await register(event, 3)
    expect((await change(waiting, event, { persons: '5' })).outcome).toBe('changed')
    expect(await load(waiting.id)).toMatchObject({ persons: 5, status: 'waitlisted' })
    expect((await change(waiting, event, { persons: '1' })).outcome).toBe('changed')
    expect(await load(waiting.id)).toMatchObject({ persons: 1, status: 'confirmed' })
  })

  it('stores and mails nothing when nothing changed', async () => {
    const event = await createEvent(payload, form)
    const doc = await register(event, 2)
    expect(await change(doc, event, { persons: '2', supportNeeds: '' })).toEqual({
      outcome: 'unchanged',
    })
    await sendQueued()
    expect(subjectsTo(doc.email!)).toEqual([`Ihre Anmeldung: ${event.title}`])
    expect((await load(doc.id)).statusHistory).toHaveLength(1)
  })

  it('checks the answers with the form’s own rules', async () => {
    const event = await createEvent(payload, form)
    const doc = await register(event, 1)
    for (const [answers, message] of [
      [{ persons: '0' }, 'von 1 bis 5'],
      [{ persons: '6' }, 'von 1 bis 5'],
      [{ persons: '2.5' }, 'ganze Zahl'],
      [{ persons: '' }, 'Bitte füllen Sie'],
      [{ persons: '2', supportNeeds: 'Rampe\u200B bitte' }, 'Zeichen, die wir nicht'],
      [{ persons: '2', supportNeeds: '<script>alert(1)</script>' }, 'HTML'],
      [{ persons: '2', supportNeeds: 'x'.repeat(5001) }, 'höchstens 5.000 Zeichen'],
    ] as const) {
      const result = await change(doc, event, answers)
      expect(result.outcome).toBe('invalid')
      if (result.outcome === 'invalid') expect(result.errors[0]!.message).toContain(message)
    }
    expect(await load(doc.id)).toMatchObject({ persons: 1, supportNeeds: null })
  })

  it('allows changes only until the deadline, while registered and while the event takes place', async () => {
    const deadline = new Date(Date.now() + 24 * 60 * 60 * 1000)
    const event = await createEvent(payload, form, { deadline })
    const doc = await register(event, 1)
    const later = new Date(deadline.getTime() + 1000)
    expect(await change(doc, event, { persons: '2' }, later)).toEqual({
      outcome: 'refused',
      reason: 'deadlinePassed',
    })

    const called = await createEvent(payload, form)
    const guest = await register(called, 1)
    await payload.update({
      collection: 'events',
      id: called.id,
      data: { eventStatus: 'cancelled' },
      context: { disableRevalidate: true },
    })
    expect(await change(guest, called, { persons: '2' })).toEqual({
      outcome: 'refused',
      reason: 'eventCancelled',
    })

    await payload.update({
      collection: 'form-submissions',
      id: doc.id,
      data: { status: 'cancelled' },
    })
    expect(await change(doc, event, { persons: '2' })).toEqual({
      outcome: 'refused',
      reason: 'notActive',
    })
    expect(await changeByToken(payload, 'kaputt', () => '2')).toEqual({ outcome: 'invalidLink' })
  })

  it('refuses a change it may not mail (per-recipient cap) instead of changing silently', async () => {
    const event = await createEvent(payload, form)
    const doc = await register(event, 1)
    // The confirmation was the first of five mails an hour this address may get from the public.
    for (const persons of [2, 3, 4, 5])
      expect((await change(doc, event, { persons: String(persons) })).outcome).toBe('changed')
    expect(await change(doc, event, { persons: '1' })).toEqual({ outcome: 'rateLimited' })
    expect((await load(doc.id)).persons).toBe(5)
  })
})

describe('a person cancels through the link in their mail', () => {
  it('leaves a registration that the event’s cancellation has ended as it is (a page opened before)', async () => {
    const event = await createEvent(payload, form, { capacity: 10 })
    const doc = await register(event, 1)
    await payload.update({ collection: 'events', id: event.id, data: { eventStatus: 'cancelled' } })
    await cancelRegistrationsOfEvent(payload, event.id)
    await sendQueued()
    const before = subjectsTo(doc.email!).length

    // The page hid the button by now; the form sent from a tab opened earlier still arrives.
    expect(await cancelByToken(payload, tokenFor(doc, event))).toMatchObject({
      ok: true,
      alreadyCancelled: true,
    })
    await sendQueued()
    const stored = await load(doc.id)
    expect(stored.status).toBe('eventCancelled')
    expect(stored.statusHistory!.at(-1)).toMatchObject({ to: 'eventCancelled' })
    // No "Sie haben sich abgemeldet … Ihr Platz wird an die nächste Person … vergeben".
    expect(subjectsTo(doc.email!).slice(before)).toEqual([])
  })

  it('leaves the registrations of a cancelled event to its cancellation job, also before it ran', async () => {
    const event = await createEvent(payload, form, { capacity: 10 })
    const doc = await register(event, 2)
    await payload.update({ collection: 'events', id: event.id, data: { eventStatus: 'cancelled' } })
    await sendQueued()
    const before = subjectsTo(doc.email!).length

    expect(await cancelByToken(payload, tokenFor(doc, event))).toMatchObject({
      ok: true,
      alreadyCancelled: true,
    })
    await sendQueued()
    expect((await load(doc.id)).status).toBe('confirmed')
    expect(subjectsTo(doc.email!).slice(before)).toEqual([])
    await cancelRegistrationsOfEvent(payload, event.id)
    expect((await load(doc.id)).status).toBe('eventCancelled')
  })
})
