import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createToken } from '@/domain/tokens'
import type { Event, Form, FormSubmission } from '@/payload-types'
import { cancelByToken } from '@/registration/cancel'

import {
  createEvent,
  createRegistrationForm,
  person,
  setOfficeForMails,
  submitAsPublic,
} from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { type ReceivedMail, startMailSink } from '../helpers/smtpSink'
import { createStaff } from '../helpers/users'
import { workMailQueue } from '../helpers/mailQueue'

let sink: Awaited<ReturnType<typeof startMailSink>>
let payload: Payload
let form: Form
let coordinator: Awaited<ReturnType<typeof createStaff>>
const office = 'buero@opr.example'

beforeAll(async () => {
  sink = await startMailSink()
  payload = await testPayload()
  await setOfficeForMails(payload, office)
  form = await createRegistrationForm(payload)
  coordinator = await createStaff(payload, 'coordinator')
})

afterAll(() => sink.stop())

let n = 0
const register = (event: Event, persons = 1) =>
  submitAsPublic(payload, form, person(++n + 900, persons), event)

/** As a coordinator saves in the admin: signed in, under access control. */
const cancelAsOffice = (id: number, choice: Record<string, unknown> = {}) =>
  payload.update({
    collection: 'form-submissions',
    id,
    data: { status: 'cancelled', ...choice } as never,
    user: coordinator.user,
    overrideAccess: false,
  })

const load = (id: number) =>
  payload.findByID({ collection: 'form-submissions', id, depth: 0 }) as Promise<FormSubmission>

const sendQueued = () => workMailQueue(payload, { limit: 50 })

const mailsTo = (address: string): ReceivedMail[] =>
  sink.received.filter((m) => m.envelopeTo.includes(address))

const lastMailTo = (address: string, subjectStart: string) =>
  mailsTo(address).find((m) => m.parsed.subject?.startsWith(subjectStart))!

const cancellationNoticesAbout = (event: Event) =>
  mailsTo(office).filter((m) => m.parsed.subject === `Abmeldung: ${event.title}`)

describe('the office cancels a registration', () => {
  it('tells the person that the office cancelled it, with the reason as its own paragraph', async () => {
    const event = await createEvent(payload, form)
    const doc = await register(event)
    await cancelAsOffice(doc.id, { cancellationReason: 'Die Gruppe ist doppelt angemeldet.' })
    await sendQueued()
    const mail = lastMailTo(doc.email!, 'Ihre Anmeldung wurde storniert')
    expect(mail.parsed.subject).toBe(`Ihre Anmeldung wurde storniert: ${event.title}`)
    expect(mail.parsed.text).toContain('die Koordinierungs- und Fachstelle hat Ihre Anmeldung')
    expect(mail.parsed.text).toContain('\n\nBegründung: Die Gruppe ist doppelt angemeldet.\n\n')
    expect(mail.parsed.html).toContain('<p>Begründung: Die Gruppe ist doppelt angemeldet.</p>')
    expect(mail.parsed.text).not.toContain('Sie haben sich')
    expect(mail.parsed.text).toContain(`/veranstaltungen/${event.slug}`)
    expect(mail.parsed.text).not.toContain('/anmeldung/abmelden')

    const entry = (await load(doc.id)).statusHistory!.at(-1)!
    expect(entry).toMatchObject({
      from: 'confirmed',
      to: 'cancelled',
      by: coordinator.user.id,
      reason: 'Die Gruppe ist doppelt angemeldet.',
    })
  })

  it('sends the person nothing when the coordinator unticks the mail, and notes that', async () => {
    const event = await createEvent(payload, form)
    const doc = await register(event)
    await cancelAsOffice(doc.id, { notifyOnCancellation: false, cancellationReason: 'Test' })
    await sendQueued()
    expect(mailsTo(doc.email!).map((m) => m.parsed.subject)).toEqual([
      `Ihre Anmeldung: ${event.title}`,
    ])
    expect((await load(doc.id)).statusHistory!.at(-1)).toMatchObject({
      to: 'cancelled',
      reason: 'Test – ohne E-Mail',
    })
    expect(cancellationNoticesAbout(event)).toHaveLength(1)
  })

  it('uses the form’s own wording with placeholders, and the default where an old form has none', async () => {
    const own = await createRegistrationForm(payload)
    await payload.update({
      collection: 'forms',
      id: own.id,
      data: {
        cancelledByOfficeMail: {
          subject: 'Storniert: {{veranstaltung}}',
          text: 'Hallo {{name}}, wir haben {{personen}} Plätze freigegeben.',
        },
      },
    })
    const event = await createEvent(payload, own)
    const doc = await submitAsPublic(payload, own, person(++n + 900, 2), event)
    await cancelAsOffice(doc.id)
    await sendQueued()
    const mail = lastMailTo(doc.email!, 'Storniert')
    expect(mail.parsed.subject).toBe(`Storniert: ${event.title}`)
    expect(mail.parsed.text).toContain(`Hallo ${doc.name}, wir haben 2 Plätze freigegeben.`)

    // A form saved before this text existed keeps it empty: the default wording goes out.
    await payload.db.drizzle.execute(
      `UPDATE forms SET cancelled_by_office_mail_subject = NULL, cancelled_by_office_mail_text = NULL WHERE id = ${own.id}`,
    )
    const second = await submitAsPublic(payload, own, person(++n + 900), event)
    await cancelAsOffice(second.id)
    await sendQueued()
    expect(lastMailTo(second.email!, 'Ihre Anmeldung wurde').parsed.subject).toBe(
      `Ihre Anmeldung wurde storniert: ${event.title}`,
    )
  })

  it('keeps the person’s own wording when they cancel through their link', async () => {
    const event = await createEvent(payload, form)
    const doc = await register(event)
    const token = createToken(
      { purpose: 'cancel', subject: String(doc.id), expiresAt: new Date(event.end) },
      payload.secret,
    )
    await cancelByToken(payload, token)
    await sendQueued()
    expect(mailsTo(doc.email!).map((m) => m.parsed.subject)).toContain(
      `Abmeldung bestätigt: ${event.title}`,
    )
  })
})

describe('the office hears of every cancellation, without personal data', () => {
  it('on a person’s own cancellation: event, persons, who, seats now and the waiting list', async () => {
    const event = await createEvent(payload, form, { capacity: 3 })
    const doc = await register(event, 2)
    await register(event, 1)
    await register(event, 2)
    const token = createToken(
      { purpose: 'cancel', subject: String(doc.id), expiresAt: new Date(event.end) },
      payload.secret,
    )
    await cancelByToken(payload, token)
    await sendQueued()
    const [notice] = cancellationNoticesAbout(event)
    const text = notice!.parsed.text!
    expect(text).toContain('Personen: 2')
    expect(text).toContain('Storniert durch: die angemeldete Person (Link in der E-Mail)')
    // The waiting group of two moved into the freed seats.
    expect(text).toContain('Freie Plätze jetzt: 0')
    expect(text).toContain('Personen auf der Warteliste: 0')
    expect(text).toContain(`/admin/collections/form-submissions/${doc.id}`)
    expect(text).not.toMatch(/Person 9\d\d|person9\d\d@/)
    expect(notice!.parsed.html).not.toMatch(/Person 9\d\d|person9\d\d@/)
  })

  it('on the office’s cancellation, naming the office', async () => {
    const event = await createEvent(payload, form)
    const doc = await register(event)
    await cancelAsOffice(doc.id)
    await sendQueued()
    expect(cancellationNoticesAbout(event)[0]!.parsed.text).toContain(
      'Storniert durch: die Koordinierungsstelle (Verwaltung)',
    )
  })

  it('not when an event is called off as a whole (that sends its own notice)', async () => {
    const event = await createEvent(payload, form)
    const doc = await register(event)
    await payload.update({
      collection: 'form-submissions',
      id: doc.id,
      data: { status: 'cancelled' },
      context: { eventCancellation: true },
    })
    await sendQueued()
    expect(cancellationNoticesAbout(event)).toHaveLength(0)
  })
})

describe('a mail to a person without a name', () => {
  it('greets neutrally: "Guten Tag," instead of "Guten Tag ,"', async () => {
    const nameless = await payload.update({
      collection: 'forms',
      id: (await createRegistrationForm(payload)).id,
      data: {
        fields: [
          { blockType: 'email', name: 'email', label: 'E-Mail', required: true, column: 'email' },
        ],
      },
    })
    const event = await createEvent(payload, nameless)
    await submitAsPublic(payload, nameless, { email: 'ohne-name@test.example' }, event)
    await sendQueued()
    const mail = mailsTo('ohne-name@test.example')[0]!
    expect(mail.parsed.text).toMatch(/^Guten Tag,\n\nvielen Dank/)
    expect(mail.parsed.html).toContain('<p>Guten Tag,</p>')
  })
})
