import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { erasedCorrectionReason } from '@/domain/forms/corrections'
import type { Event, Form, FormSubmission } from '@/payload-types'
import { erasePersonData } from '@/privacy/personDataRequest'

import { createApiClient } from '../helpers/api'
import {
  createContactForm,
  createEvent,
  createRegistrationForm,
  person,
  setOfficeForMails,
  submitAsPublic,
} from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { startMailSink } from '../helpers/smtpSink'
import { createStaff } from '../helpers/users'
import { workMailQueue } from '../helpers/mailQueue'

type Staff = Awaited<ReturnType<typeof createStaff>>

let payload: Payload
let api: Awaited<ReturnType<typeof createApiClient>>
let form: Form
let event: Event
let editor: Staff
let coordinator: Staff

let sink: Awaited<ReturnType<typeof startMailSink>>

beforeAll(async () => {
  sink = await startMailSink()
  payload = await testPayload()
  await setOfficeForMails(payload)
  api = await createApiClient()
  // The first account is always an administrator.
  await createStaff(payload, 'admin')
  editor = await createStaff(payload, 'editor')
  coordinator = await createStaff(payload, 'coordinator')
  form = await createRegistrationForm(payload)
  event = await createEvent(payload, form, { capacity: 10 })
})

afterAll(() => sink.stop())

let n = 0
const register = () => submitAsPublic(payload, form, person(++n + 8000), event)

const load = (id: number) =>
  payload.findByID({ collection: 'form-submissions', id, depth: 0 }) as Promise<FormSubmission>

const patch = (id: number, body: object, token?: string) =>
  api.request('PATCH', `/form-submissions/${id}`, { token, body })

const mailsFor = async (id: number) =>
  (await payload.count({ collection: 'mail-messages', where: { submission: { equals: id } } }))
    .totalDocs

const lastEntry = (doc: FormSubmission) => doc.statusHistory?.at(-1)

describe('correcting contact details of a submission', () => {
  it('lets the coordinator correct name, e-mail and organisation, keeping the old values in the history', async () => {
    const registration = await register()
    const mailsBefore = await mailsFor(registration.id)
    const response = await patch(
      registration.id,
      { name: 'Ada Muster', email: 'ada.muster@test.example', organisation: 'Jugendclub Kyritz' },
      coordinator.token,
    )
    expect(response.status).toBe(200)

    const corrected = await load(registration.id)
    expect(corrected).toMatchObject({
      name: 'Ada Muster',
      email: 'ada.muster@test.example',
      organisation: 'Jugendclub Kyritz',
      status: 'confirmed',
    })
    expect(lastEntry(corrected)).toMatchObject({
      from: 'confirmed',
      to: 'confirmed',
      actor: coordinator.email,
      reason:
        `Korrektur: Name „${registration.name}“ → „Ada Muster“; ` +
        `E-Mail „${registration.email}“ → „ada.muster@test.example“; ` +
        'Organisation (leer) → „Jugendclub Kyritz“',
    })
    // Later mails fill their placeholders from the answers: they say the same as the columns.
    expect(corrected.submissionData).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', value: 'Ada Muster' }),
        expect.objectContaining({ field: 'email', value: 'ada.muster@test.example' }),
        expect.objectContaining({ field: 'organisation', value: 'Jugendclub Kyritz' }),
      ]),
    )
    // A correction is no new registration: nobody is mailed again.
    expect(await mailsFor(registration.id)).toBe(mailsBefore)
  })

  it('refuses the editor and the public, and changes nothing', async () => {
    const registration = await register()
    for (const token of [editor.token, undefined]) {
      const response = await patch(registration.id, { email: 'other@test.example' }, token)
      expect(response.status).toBe(403)
    }
    const unchanged = await load(registration.id)
    expect(unchanged.email).toBe(registration.email)
    expect(unchanged.statusHistory).toHaveLength(registration.statusHistory?.length ?? 0)
  })

  it('refuses an address that another registration for the same event already uses', async () => {
    const first = await register()
    const second = await register()
    const response = await patch(
      second.id,
      { email: first.email!.toUpperCase() },
      coordinator.token,
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toContain(
      'Unter dieser E-Mail-Adresse ist bereits eine andere Anmeldung zu dieser Veranstaltung eingetragen',
    )
    expect((await load(second.id)).email).toBe(second.email)
  })

  it('refuses taking a cancelled registration back when its address has registered again', async () => {
    const first = await register()
    await patch(first.id, { status: 'cancelled' }, coordinator.token)
    const again = await submitAsPublic(
      payload,
      form,
      { ...person(n + 8000), name: 'Wieder da' },
      event,
    )
    expect(again.status).toBe('confirmed')
    const response = await patch(first.id, { status: 'confirmed' }, coordinator.token)
    expect(response.status).toBe(400)
    expect((await load(first.id)).status).toBe('cancelled')
  })

  it('allows the address of a registration that was cancelled', async () => {
    const cancelled = await register()
    await patch(cancelled.id, { status: 'cancelled' }, coordinator.token)
    const other = await register()
    const response = await patch(other.id, { email: cancelled.email }, coordinator.token)
    expect(response.status).toBe(200)
    expect((await load(other.id)).email).toBe(cancelled.email)
  })

  it('forgets the old values when the person’s data is erased', async () => {
    const registration = await register()
    await patch(registration.id, { email: 'neu-8999@test.example' }, coordinator.token)
    await erasePersonData(payload, 'neu-8999@test.example', coordinator.user as never)
    const erased = await load(registration.id)
    expect(erased.email).toBeNull()
    const text = JSON.stringify(erased.statusHistory)
    expect(text).not.toContain(registration.email!)
    expect(text).toContain(erasedCorrectionReason)
  })
})

describe('the number of persons changed by the office', () => {
  it('is recorded in the history with the old and the new count, and mails nobody', async () => {
    const registration = await register()
    const mailsBefore = await mailsFor(registration.id)
    const response = await patch(registration.id, { persons: 3 }, coordinator.token)
    expect(response.status).toBe(200)
    const changed = await load(registration.id)
    expect(changed.persons).toBe(3)
    expect(changed.statusHistory).toHaveLength((registration.statusHistory?.length ?? 0) + 1)
    expect(lastEntry(changed)).toMatchObject({
      from: 'confirmed',
      to: 'confirmed',
      actor: coordinator.email,
      reason: `Personen: ${registration.persons ?? 1} → 3`,
    })
    // The answer says the same as the column (the Art. 15 document shows both).
    expect(changed.submissionData).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'persons', value: '3' })]),
    )
    expect(await mailsFor(registration.id)).toBe(mailsBefore)
  })

  it('keeps the count beside the reason when a group grows past the seats', async () => {
    const registration = await register()
    const from = registration.persons ?? 1
    const response = await patch(
      registration.id,
      { persons: 40, overCapacity: true, overCapacityReason: 'Referent:innen' },
      coordinator.token,
    )
    expect(response.status).toBe(200)
    expect(lastEntry(await load(registration.id))).toMatchObject({
      overCapacity: true,
      reason: `Referent:innen (Personen: ${from} → 40)`,
    })
  })

  it('is refused for a message, which counts no persons', async () => {
    const contactForm = await createContactForm(payload)
    const message = (await submitAsPublic(payload, contactForm, {
      name: 'Person 8900',
      email: 'person8900@test.example',
      message: 'Eine Frage zur Veranstaltung',
    })) as FormSubmission
    const response = await patch(message.id, { persons: 2 }, coordinator.token)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toContain('nur bei Anmeldungen')
    expect((await load(message.id)).persons ?? null).toBeNull()
  })

  it('keeps the answers in the form’s order', async () => {
    const registration = await register()
    const order = (doc: FormSubmission) => (doc.submissionData ?? []).map(({ field }) => field)
    await patch(registration.id, { persons: 2, name: 'Ada Muster' }, coordinator.token)
    expect(order(await load(registration.id))).toEqual(order(registration))
  })

  it('leaves the history alone when the count stays the same', async () => {
    const registration = await register()
    const before = (await load(registration.id)).statusHistory?.length ?? 0
    await patch(registration.id, { persons: registration.persons ?? 1 }, coordinator.token)
    expect((await load(registration.id)).statusHistory).toHaveLength(before)
  })

  it('refuses a count beyond the limit with a message that names the limit', async () => {
    const registration = await register()
    const response = await patch(registration.id, { persons: 1_000_000_000 }, coordinator.token)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toContain('ganze Zahl von 1 bis 10 000')
    expect((await load(registration.id)).persons).toBe(registration.persons)
  })
})

describe('a correction and the public form’s rules', () => {
  it.each([
    ['name', '=HYPERLINK("http://evil.example/","x")', /darf keine Internetadresse enthalten/],
    ['organisation', '<img src=x onerror=alert(1)>', /spitzen Klammern/],
    ['email', 'keine-adresse', /E-Mail/],
  ])(
    'refuses a corrected %s the public form would refuse, and changes nothing',
    async (field, value, message) => {
      const registration = await register()
      const response = await patch(registration.id, { [field]: value }, coordinator.token)
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.json)).toMatch(message)
      expect(await load(registration.id)).toMatchObject({
        name: registration.name,
        email: registration.email,
        statusHistory: registration.statusHistory,
      })
    },
  )
})

describe('a cancellation saved together with a correction', () => {
  it('tells the person the office’s reason, not the correction', async () => {
    const registration = await register()
    const response = await patch(
      registration.id,
      { status: 'cancelled', cancellationReason: 'Der Raum ist zu klein.', name: 'Ada Neu' },
      coordinator.token,
    )
    expect(response.status).toBe(200)
    await workMailQueue(payload, { limit: 50 })
    const mail = sink.received.find(
      (m) => m.envelopeTo.includes(registration.email!) && /storniert/.test(m.parsed.subject ?? ''),
    )
    expect(mail?.parsed.text).toContain('Der Raum ist zu klein.')
    expect(mail?.parsed.text).not.toContain('Korrektur')
  })
})
