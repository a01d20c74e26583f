import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { connectionOf, sql } from '@/db/sql'
import type { Event, Form, FormSubmission } from '@/payload-types'
import { applyRetention } from '@/privacy/applyRetention'

import { createContactForm, createEvent, createRegistrationForm, person } from '../helpers/forms'
import { testPayload } from '../helpers/payload'

let payload: Payload
let registration: Form
let contact: Form

const day = 24 * 60 * 60 * 1000

beforeAll(async () => {
  payload = await testPayload()
  registration = await createRegistrationForm(payload)
  contact = await createContactForm(payload)
})

/** Trusted server-side create (staff entering a registration), so past events are allowed. */
const register = (event: Event, n: number, extra: Record<string, string> = {}) =>
  payload.create({
    collection: 'form-submissions',
    data: {
      form: registration.id,
      event: event.id,
      submissionData: Object.entries({ ...person(n, 2), ...extra }).map(([field, value]) => ({
        field,
        value: String(value),
      })),
    },
    context: { disableMail: true },
  })

const message = async (n: number, daysAgo: number) => {
  const doc = await payload.create({
    collection: 'form-submissions',
    data: {
      form: contact.id,
      submissionData: [
        { field: 'name', value: `Schreibende ${n}` },
        { field: 'email', value: `message${n}@test.example` },
        { field: 'message', value: 'Eine Idee für das Bündnis' },
      ],
    },
    context: { disableMail: true },
  })
  // Backdated the only way the database allows: directly, as if it had arrived back then.
  await payload.db.updateOne({
    collection: 'form-submissions',
    id: doc.id,
    data: { createdAt: new Date(Date.now() - daysAgo * day).toISOString() },
  })
  return doc
}

const reload = (doc: FormSubmission) =>
  payload.findByID({ collection: 'form-submissions', id: doc.id, depth: 0 })

describe('the retention job', () => {
  it('removes personal data when its period has passed and nothing else', async () => {
    const longAgo = await createEvent(payload, registration, { startsInDays: -100 })
    const lastWeek = await createEvent(payload, registration, { startsInDays: -7 })
    const ahead = await createEvent(payload, registration, { startsInDays: 20 })
    const old = await register(longAgo, 1, {
      supportNeeds: 'Gebärdensprache',
      organisation: 'Verein',
    })
    const recent = await register(lastWeek, 2, { supportNeeds: 'Rollstuhlplatz' })
    const upcoming = await register(ahead, 3, { supportNeeds: 'Induktionsschleife' })
    const oldMessage = await message(4, 200)
    const newMessage = await message(5, 10)
    await payload.create({
      collection: 'mail-messages',
      data: {
        template: 'confirmation',
        to: 'person1@test.example',
        submission: old.id,
        status: 'sent',
      },
    })

    const report = await applyRetention(payload)
    expect(report).toMatchObject({
      registrations: 1,
      supportNeeds: 2,
      contactMessages: 1,
      partnerships: 0,
    })

    // 90 days after its event: nothing personal left, the anonymous count stays.
    expect(await reload(old)).toMatchObject({
      name: null,
      email: null,
      organisation: null,
      supportNeeds: null,
      submissionData: [],
      kind: 'registration',
      event: longAgo.id,
      persons: 2,
      status: 'confirmed',
      anonymisedAt: expect.any(String),
    })
    expect(
      (
        await payload.find({
          collection: 'mail-messages',
          where: { submission: { equals: old.id } },
        })
      ).totalDocs,
    ).toBe(0)

    // Last week's event: support needs are gone already, everything else stays for now.
    const recentNow = await reload(recent)
    expect(recentNow).toMatchObject({
      name: 'Person 2',
      email: 'person2@test.example',
      supportNeeds: null,
      anonymisedAt: null,
    })
    expect(recentNow.submissionData?.map((a) => a.field)).toEqual([
      'name',
      'email',
      'persons',
      'photos',
    ])

    // An event still ahead: untouched.
    expect(await reload(upcoming)).toMatchObject({
      supportNeeds: 'Induktionsschleife',
      name: 'Person 3',
    })

    // Messages: the 200-day-old one is emptied, the 10-day-old one kept.
    expect(await reload(oldMessage)).toMatchObject({
      message: null,
      email: null,
      name: null,
      kind: 'contact',
    })
    expect(await reload(newMessage)).toMatchObject({ message: 'Eine Idee für das Bündnis' })

    // Running it again finds nothing more to do.
    expect(await applyRetention(payload)).toMatchObject({
      registrations: 0,
      supportNeeds: 0,
      contactMessages: 0,
    })
  })

  it('follows the periods set in the site settings', async () => {
    const event = await createEvent(payload, registration, { startsInDays: -40 })
    const doc = await register(event, 9)
    expect((await applyRetention(payload)).registrations).toBe(0)
    await payload.updateGlobal({
      slug: 'site-settings',
      data: {
        office: { name: 'Partnerschaft', email: 'buero@test.example' },
        funding: { ministryName: 'Ministerium', disclaimer: 'Hinweis' },
        retention: {
          registrationDaysAfterEvent: 30,
          supportNeedsDaysAfterEvent: 0,
          contactMessageDays: 180,
          partnershipDays: 365,
        },
      },
      context: { disableRevalidate: true },
    })
    expect((await applyRetention(payload)).registrations).toBe(1)
    expect((await reload(doc)).email).toBeNull()
  })

  it('also empties registrations whose event was deleted, after the registration period', async () => {
    const event = await createEvent(payload, registration, { startsInDays: 10 })
    const old = await register(event, 11)
    const recent = await register(event, 12)
    // An event goes only when nobody is left to tell: both cancelled, their mails sent.
    for (const { id } of [old, recent])
      await payload.db.updateOne({
        collection: 'form-submissions',
        id,
        data: { status: 'cancelled' },
      })
    await connectionOf(payload).execute(sql`UPDATE mail_messages SET status = 'sent'`)
    await payload.delete({
      collection: 'events',
      id: event.id,
      context: { disableRevalidate: true },
    })
    await payload.db.updateOne({
      collection: 'form-submissions',
      id: old.id,
      data: { createdAt: new Date(Date.now() - 400 * day).toISOString() },
    })
    expect((await applyRetention(payload)).registrations).toBe(1)
    expect((await reload(old)).email).toBeNull()
    expect((await reload(recent)).email).toBe('person12@test.example')
  })
})
