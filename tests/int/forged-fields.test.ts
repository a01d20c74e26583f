import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createToken } from '@/domain/tokens'
import type { Event, Form, FormSubmission, Partner } from '@/payload-types'
import { revokeConsentsByToken } from '@/privacy/consents'
import { partnershipFormData } from '@/seed/data/forms'

import { createApiClient } from '../helpers/api'
import {
  createContactForm,
  createEvent,
  createRegistrationForm,
  person,
  submitAsPublic,
} from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'

type Staff = Awaited<ReturnType<typeof createStaff>>

let payload: Payload
let api: Awaited<ReturnType<typeof createApiClient>>
let registrationForm: Form
let contactForm: Form
let partnershipForm: Form
let event: Event
let otherEvent: Event
let admin: Staff
let editor: Staff
let coordinator: Staff

beforeAll(async () => {
  payload = await testPayload()
  api = await createApiClient()
  // The first account is always an administrator.
  admin = await createStaff(payload, 'admin')
  editor = await createStaff(payload, 'editor')
  coordinator = await createStaff(payload, 'coordinator')
  registrationForm = await createRegistrationForm(payload)
  contactForm = await createContactForm(payload)
  partnershipForm = await payload.create({
    collection: 'forms',
    data: await partnershipFormData(payload),
  })
  event = await createEvent(payload, registrationForm, { capacity: 50 })
  otherEvent = await createEvent(payload, registrationForm, { capacity: 50 })
})

let n = 0
const register = () =>
  submitAsPublic(
    payload,
    registrationForm,
    { ...person(++n + 9000), supportNeeds: 'Rampe', photos: true },
    event,
  ) as Promise<FormSubmission>

const load = (id: number) =>
  payload.findByID({ collection: 'form-submissions', id, depth: 0 }) as Promise<FormSubmission>

const patch = (path: string, body: object, token?: string) =>
  api.request('PATCH', path, { token, body })

const declare = (namingConsent: boolean) => {
  n += 1
  return submitAsPublic(payload, partnershipForm, {
    organisation: `Verein Wittstock ${n}`,
    contactPerson: `Ansprechperson ${n}`,
    email: `verein${n}@test.example`,
    municipality: 'Wittstock/Dosse',
    fieldOfWork: 'Bildung / Schule',
    contribution: 'Räume für Treffen',
    publicListing: namingConsent,
  }) as Promise<FormSubmission>
}

const past = '2020-01-01T10:00:00.000Z'

/** Each field that only a recorded action may write, with a value a forger would send. */
const forgeries: [Exclude<keyof FormSubmission, 'updatedAt'>, () => unknown][] = [
  ['submissionData', () => [{ field: 'name', value: 'Gefälscht' }]],
  [
    'consents',
    () => [{ purpose: 'publicListing', wording: 'erfunden', version: 'x', grantedAt: past }],
  ],
  ['statusHistory', () => []],
  ['anonymisedAt', () => past],
  ['checkedInAt', () => past],
  ['checkedInBy', () => coordinator.user.id],
  ['remindedForStart', () => past],
  ['phone', () => '0000 000000'],
  ['municipality', () => 'Kyritz'],
  ['organisationKind', () => 'education'],
  ['supportNeeds', () => 'erfunden'],
  ['message', () => 'erfunden'],
  ['pageReference', () => '/erfunden'],
  ['dueAt', () => past],
  ['kind', () => 'contact'],
  ['event', () => otherEvent.id],
  ['form', () => contactForm.id],
  ['createdAt', () => past],
]

/** The stored document without what every save changes. */
const evidence = ({ updatedAt: _updatedAt, ...doc }: FormSubmission) => doc

describe('fields only a recorded action writes', () => {
  it.each(forgeries)(
    'a coordinator’s or an admin’s PATCH of %s changes nothing and answers with the stored value',
    async (field, forged) => {
      const registration = await register()
      const before = evidence(await load(registration.id))
      for (const staff of [coordinator, admin]) {
        const response = await patch(
          `/form-submissions/${registration.id}?depth=0`,
          { [field]: forged() },
          staff.token,
        )
        // Payload drops a field the role may not write and saves the rest; the answer shows
        // what is stored, so the caller sees that nothing was forged.
        expect(response.status).toBe(200)
        const doc = (response.json as { doc: Record<string, unknown> }).doc
        expect(JSON.stringify(doc[field] ?? null)).toBe(JSON.stringify(before[field] ?? null))
      }
      expect(evidence(await load(registration.id))).toEqual(before)
    },
  )

  it('the same through "Mehrfach ändern" (one PATCH for several submissions)', async () => {
    const first = await register()
    const second = await register()
    const before = [evidence(await load(first.id)), evidence(await load(second.id))]
    const response = await patch(
      `/form-submissions?where[id][in]=${first.id},${second.id}`,
      { consents: [], statusHistory: [], anonymisedAt: past, checkedInAt: past },
      coordinator.token,
    )
    expect(response.status).toBe(200)
    expect([evidence(await load(first.id)), evidence(await load(second.id))]).toEqual(before)
  })

  it('refuses the editor and the public outright', async () => {
    const registration = await register()
    const before = evidence(await load(registration.id))
    for (const token of [editor.token, undefined]) {
      const response = await patch(
        `/form-submissions/${registration.id}`,
        { statusHistory: [], consents: [], anonymisedAt: past },
        token,
      )
      expect(response.status).toBe(403)
    }
    expect(evidence(await load(registration.id))).toEqual(before)
  })

  it('keeps the message of a contact form as it came', async () => {
    const message = (await submitAsPublic(payload, contactForm, {
      email: `kontakt${++n}@test.example`,
      message: 'Wie melde ich mich an?',
    })) as FormSubmission
    await patch(
      `/form-submissions/${message.id}`,
      { message: 'Ich ziehe alles zurück.', submissionData: [] },
      coordinator.token,
    )
    expect(await load(message.id)).toMatchObject({
      message: 'Wie melde ich mich an?',
      submissionData: message.submissionData,
    })
  })
})

describe('the recorded actions still work', () => {
  it('a status change with the office’s reason is recorded in the history', async () => {
    const registration = await register()
    const response = await patch(
      `/form-submissions/${registration.id}`,
      { status: 'cancelled', cancellationReason: 'Der Raum ist zu klein.', statusHistory: [] },
      coordinator.token,
    )
    expect(response.status).toBe(200)
    const cancelled = await load(registration.id)
    expect(cancelled.status).toBe('cancelled')
    expect(cancelled.statusHistory).toHaveLength((registration.statusHistory?.length ?? 0) + 1)
    expect(cancelled.statusHistory?.at(-1)).toMatchObject({
      from: 'confirmed',
      to: 'cancelled',
      actor: coordinator.email,
      reason: 'Der Raum ist zu klein.',
    })
  })

  it('a correction saved as the admin form sends it (the whole document) updates the answers', async () => {
    const registration = await register()
    const whole = { ...(await load(registration.id)), name: 'Ada Korrigiert' }
    const response = await patch(`/form-submissions/${registration.id}`, whole, coordinator.token)
    expect(response.status).toBe(200)
    const corrected = await load(registration.id)
    expect(corrected.name).toBe('Ada Korrigiert')
    expect(corrected.submissionData).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'name', value: 'Ada Korrigiert' })]),
    )
    expect(corrected.statusHistory?.at(-1)?.reason).toMatch(/^Korrektur: Name/)
    expect(corrected.consents).toEqual(registration.consents)
  })

  it('a check-in is stamped by the server with the time and the person who did it', async () => {
    const registration = await register()
    const started = Date.now()
    const response = await patch(
      `/form-submissions/${registration.id}`,
      { checkedIn: true, checkedInAt: past, checkedInBy: admin.user.id },
      coordinator.token,
    )
    expect(response.status).toBe(200)
    const checkedIn = await load(registration.id)
    expect(checkedIn.checkedIn).toBe(true)
    expect(checkedIn.checkedInBy).toBe(coordinator.user.id)
    expect(new Date(checkedIn.checkedInAt!).getTime()).toBeGreaterThanOrEqual(started - 1000)
  })
})

describe('a consent cannot be forged or brought back', () => {
  const makeDraft = (id: number) =>
    api.request('POST', `/form-submissions/${id}/partner-entwurf`, { token: coordinator.token })

  it('a declaration without the consent to be named gets no partner entry, forged consent or not', async () => {
    const declaration = await declare(false)
    await patch(
      `/form-submissions/${declaration.id}`,
      {
        consents: [
          { purpose: 'publicListing', wording: 'erfunden', version: 'x', grantedAt: past },
        ],
      },
      coordinator.token,
    )
    expect((await makeDraft(declaration.id)).status).toBe(409)
    expect(
      (
        await payload.count({
          collection: 'partners',
          where: { declaration: { equals: declaration.id } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('after a withdrawal, a forged erasure date does not let the editor publish again', async () => {
    const declaration = await declare(true)
    const partnerId = (await makeDraft(declaration.id)).json.partnerId as number
    const token = createToken(
      {
        purpose: 'consent',
        subject: String(declaration.id),
        expiresAt: new Date(Date.now() + 60 * 60 * 1000),
      },
      payload.secret,
    )
    await revokeConsentsByToken(payload, token)
    await patch(`/form-submissions/${declaration.id}`, { anonymisedAt: past }, coordinator.token)
    expect((await load(declaration.id)).anonymisedAt ?? null).toBeNull()
    const publish = await patch(`/partners/${partnerId}`, { isPublic: true }, editor.token)
    expect(publish.status).toBe(400)
    const partner = (await payload.findByID({ collection: 'partners', id: partnerId })) as Partner
    expect(partner.isPublic).toBe(false)
  })
})

describe('partner entries made from declarations', () => {
  it('keep their declaration link and listing mail time against the editor’s PATCH', async () => {
    const first = await declare(true)
    const second = await declare(true)
    const partnerId = (
      await api.request('POST', `/form-submissions/${first.id}/partner-entwurf`, {
        token: coordinator.token,
      })
    ).json.partnerId as number
    for (const staff of [editor, admin]) {
      const response = await patch(
        `/partners/${partnerId}`,
        { declaration: second.id, listedMailQueuedAt: past, namingConsent: 'erteilt' },
        staff.token,
      )
      expect(response.status).toBe(200)
    }
    const partner = (await payload.findByID({
      collection: 'partners',
      id: partnerId,
      depth: 0,
    })) as Partner
    expect(partner.declaration).toBe(first.id)
    expect(partner.listedMailQueuedAt ?? null).toBeNull()
  })

  it('an editor cannot create an entry that claims a declaration', async () => {
    const declaration = await declare(true)
    const response = await api.request('POST', '/partners', {
      token: editor.token,
      body: { name: 'Untergeschoben e. V.', category: 'other', declaration: declaration.id },
    })
    expect(response.status).toBe(201)
    const created = (response.json as { doc: Partner }).doc
    expect(created.declaration ?? null).toBeNull()
  })

  it('refuses the coordinator and the public any change to a partner entry', async () => {
    const declaration = await declare(true)
    const partnerId = (
      await api.request('POST', `/form-submissions/${declaration.id}/partner-entwurf`, {
        token: coordinator.token,
      })
    ).json.partnerId as number
    for (const token of [coordinator.token, undefined]) {
      const response = await patch(`/partners/${partnerId}`, { isPublic: true }, token)
      expect(response.status).toBe(403)
    }
  })
})

describe('the log of data-protection requests', () => {
  it('is written by the requests themselves: no role creates or changes an entry', async () => {
    const logged = await payload.create({
      collection: 'data-requests',
      data: { kind: 'export', by: coordinator.user.id, submissions: 1, mails: 0 },
    })
    for (const token of [coordinator.token, admin.token, editor.token, undefined]) {
      expect(
        (await patch(`/data-requests/${logged.id}`, { kind: 'erase', submissions: 0 }, token))
          .status,
      ).toBe(403)
      expect(
        (
          await api.request('POST', '/data-requests', {
            token,
            body: { kind: 'erase', by: coordinator.user.id },
          })
        ).status,
      ).toBe(403)
    }
    expect(await payload.findByID({ collection: 'data-requests', id: logged.id })).toMatchObject({
      kind: 'export',
      submissions: 1,
    })
  })
})
