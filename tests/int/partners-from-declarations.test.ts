import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createToken } from '@/domain/tokens'
import type { Form, FormSubmission, Partner } from '@/payload-types'
import { revokeConsentsByToken } from '@/privacy/consents'
import { applyRetention } from '@/privacy/applyRetention'
import { partnershipFormData } from '@/seed/data/forms'

import { createApiClient } from '../helpers/api'
import { setOfficeForMails, submitAsPublic } from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { startMailSink } from '../helpers/smtpSink'
import { createStaff } from '../helpers/users'
import { workMailQueue } from '../helpers/mailQueue'

type Staff = Awaited<ReturnType<typeof createStaff>>

let sink: Awaited<ReturnType<typeof startMailSink>>
let payload: Payload
let api: Awaited<ReturnType<typeof createApiClient>>
let form: Form
let admin: Staff
let editor: Staff
let coordinator: Staff

beforeAll(async () => {
  sink = await startMailSink()
  payload = await testPayload()
  api = await createApiClient()
  await setOfficeForMails(payload)
  // The first account is always an administrator.
  admin = await createStaff(payload, 'admin')
  editor = await createStaff(payload, 'editor')
  coordinator = await createStaff(payload, 'coordinator')
  // The form exactly as the site is seeded with it.
  form = await payload.create({ collection: 'forms', data: await partnershipFormData(payload) })
})

afterAll(() => sink.stop())

let n = 0
/** A declaration sent through the public form, with or without the consent to be named. */
const declare = (namingConsent: boolean) => {
  n += 1
  return submitAsPublic(payload, form, {
    organisation: `Jugendclub Kyritz ${n}`,
    contactPerson: `Ansprechperson ${n}`,
    email: `partner${n}@test.example`,
    municipality: 'Kyritz',
    fieldOfWork: 'Bildung / Schule',
    contribution: 'Räume für Treffen',
    publicListing: namingConsent,
  }) as Promise<FormSubmission>
}

const makeDraft = (id: number, token?: string) =>
  api.request('POST', `/form-submissions/${id}/partner-entwurf`, { token })

const partnersOf = async (declarationId: number) =>
  (
    await payload.find({
      collection: 'partners',
      where: { declaration: { equals: declarationId } },
      depth: 0,
    })
  ).docs as Partner[]

/** What a visitor of /partner gets: the public read, under access control. */
const publicPartnerIds = async () =>
  (
    await payload.find({ collection: 'partners', overrideAccess: false, depth: 0, limit: 500 })
  ).docs.map((doc) => doc.id)

const publishAsEditor = (partnerId: number, isPublic = true) =>
  api.request('PATCH', `/partners/${partnerId}`, { token: editor.token, body: { isPublic } })

const listedMailsFor = async (declarationId: number) =>
  (
    await payload.find({
      collection: 'mail-messages',
      where: {
        and: [{ submission: { equals: declarationId } }, { template: { equals: 'partnerListed' } }],
      },
      depth: 0,
    })
  ).docs

const sendQueued = () => workMailQueue(payload, { limit: 50 })

const revocationToken = (submissionId: number) =>
  createToken(
    {
      purpose: 'consent',
      subject: String(submissionId),
      expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
    },
    payload.secret,
  )

describe('a partner entry from a partnership declaration', () => {
  it('makes one non-public entry from the declaration, and links to it on the second click', async () => {
    const declaration = await declare(true)
    const first = await makeDraft(declaration.id, coordinator.token)
    expect(first.status).toBe(201)
    expect(first.json).toMatchObject({ created: true })
    const partners = await partnersOf(declaration.id)
    expect(partners).toHaveLength(1)
    expect(partners[0]).toMatchObject({
      id: first.json.partnerId,
      name: declaration.organisation,
      category: 'education',
      municipality: 'Kyritz',
      isPublic: false,
    })
    // The contact person's data stays in the declaration.
    expect(partners[0]!.internalContact?.email ?? null).toBeNull()
    expect(await publicPartnerIds()).not.toContain(partners[0]!.id)

    const second = await makeDraft(declaration.id, admin.token)
    expect(second.status).toBe(200)
    expect(second.json).toMatchObject({ created: false, partnerId: partners[0]!.id })
    expect(await partnersOf(declaration.id)).toHaveLength(1)

    // The declaration's history says who made the entry, as an explicit staff action.
    const after = (await payload.findByID({
      collection: 'form-submissions',
      id: declaration.id,
      depth: 0,
    })) as FormSubmission
    expect(after.statusHistory?.at(-1)).toMatchObject({
      from: 'received',
      to: 'received',
      actor: coordinator.email,
      reason: `Partnereintrag Nr. ${partners[0]!.id} als Entwurf angelegt (nicht öffentlich)`,
    })
    expect(after.statusHistory?.filter((e) => e.reason?.startsWith('Partnereintrag'))).toHaveLength(
      1,
    )
  })

  it('makes one entry when two clicks arrive at the same moment', async () => {
    const declaration = await declare(true)
    const answers = await Promise.all([
      makeDraft(declaration.id, coordinator.token),
      makeDraft(declaration.id, coordinator.token),
    ])
    expect(answers.map((a) => a.status).sort()).toEqual([200, 201])
    expect(await partnersOf(declaration.id)).toHaveLength(1)
  })

  it('refuses a declaration without the consent to be named, in German', async () => {
    const declaration = await declare(false)
    const response = await makeDraft(declaration.id, coordinator.token)
    expect(response.status).toBe(409)
    expect(JSON.stringify(response.json)).toContain(
      'Die Organisation hat nicht eingewilligt, auf der Website genannt zu werden',
    )
    expect(await partnersOf(declaration.id)).toHaveLength(0)
  })

  it('refuses the editor and the public; the coordinator cannot make or publish entries directly', async () => {
    const declaration = await declare(true)
    for (const token of [editor.token, undefined]) {
      const response = await makeDraft(declaration.id, token)
      expect(response.status).toBe(403)
    }
    expect(await partnersOf(declaration.id)).toHaveLength(0)

    const direct = await api.request('POST', '/partners', {
      token: coordinator.token,
      body: { name: 'Direkt angelegt', category: 'other' },
    })
    expect(direct.status).toBe(403)

    const made = await makeDraft(declaration.id, coordinator.token)
    const publish = await api.request('PATCH', `/partners/${made.json.partnerId}`, {
      token: coordinator.token,
      body: { isPublic: true },
    })
    expect(publish.status).toBe(403)
    expect(await publicPartnerIds()).not.toContain(made.json.partnerId)
  })

  it('mails the declarant once when the editor first publishes the entry', async () => {
    const declaration = await declare(true)
    const made = await makeDraft(declaration.id, coordinator.token)
    const partnerId = made.json.partnerId as number
    expect(await listedMailsFor(declaration.id)).toHaveLength(0)

    expect((await publishAsEditor(partnerId)).status).toBe(200)
    expect(await publicPartnerIds()).toContain(partnerId)
    // The public sees the organisation, never the link to the declaration or the mail's record.
    const seenByPublic = await payload.findByID({
      collection: 'partners',
      id: partnerId,
      overrideAccess: false,
      depth: 1,
    })
    expect(seenByPublic).not.toHaveProperty('declaration')
    expect(seenByPublic).not.toHaveProperty('listedMailQueuedAt')
    expect(seenByPublic).not.toHaveProperty('namingConsent')
    // Taken down and published again, or saved again: still one mail.
    expect((await publishAsEditor(partnerId, false)).status).toBe(200)
    expect((await publishAsEditor(partnerId)).status).toBe(200)
    await api.request('PATCH', `/partners/${partnerId}`, {
      token: editor.token,
      body: { description: 'Offene Jugendarbeit in Kyritz.' },
    })
    expect(await listedMailsFor(declaration.id)).toHaveLength(1)

    await sendQueued()
    const mails = sink.received.filter((m) => m.envelopeTo.includes(declaration.email!))
    const listed = mails.filter((m) => m.parsed.subject?.includes('Kooperationspartner:in genannt'))
    expect(listed).toHaveLength(1)
    expect(listed[0]!.parsed.subject).toBe(
      `${declaration.organisation} ist jetzt als Kooperationspartner:in genannt`,
    )
    expect(listed[0]!.parsed.text).toContain(`Guten Tag ${declaration.name},`)
    expect(listed[0]!.parsed.text).toMatch(/https?:\/\/\S+\/partner\b/)
    expect(listed[0]!.parsed.text).toContain('/einwilligung/widerrufen?token=')
  })

  it('takes the entry off the site when the consent to be named is withdrawn, and keeps it off', async () => {
    const declaration = await declare(true)
    const made = await makeDraft(declaration.id, coordinator.token)
    const partnerId = made.json.partnerId as number
    await publishAsEditor(partnerId)
    expect(await publicPartnerIds()).toContain(partnerId)
    // The editor sees whether the consent stands, without seeing the declaration.
    const consentSeenByEditor = async () =>
      (await api.request('GET', `/partners/${partnerId}`, { token: editor.token })).json
        .namingConsent
    expect(await consentSeenByEditor()).toMatch(/^erteilt am \d{1,2}\. \p{L}+ \d{4}$/u)
    expect(
      (await api.request('GET', `/form-submissions/${declaration.id}`, { token: editor.token }))
        .status,
    ).toBe(403)

    const revoked = await revokeConsentsByToken(payload, revocationToken(declaration.id))
    expect(revoked.ok).toBe(true)
    expect(await publicPartnerIds()).not.toContain(partnerId)
    const partner = (await payload.findByID({ collection: 'partners', id: partnerId })) as Partner
    expect(partner.isPublic).toBe(false)
    expect(await consentSeenByEditor()).toMatch(/^widerrufen am /)

    // The editor cannot put it back, and the action makes no second entry.
    const again = await publishAsEditor(partnerId)
    expect(again.status).toBe(400)
    expect(JSON.stringify(again.json)).toContain('Einwilligung, auf der Website genannt zu werden')
    expect(await publicPartnerIds()).not.toContain(partnerId)
    expect((await makeDraft(declaration.id, coordinator.token)).json).toMatchObject({
      created: false,
      partnerId,
    })
  })

  it('sends no listing mail that is no longer true when its turn comes', async () => {
    const declaration = await declare(true)
    const made = await makeDraft(declaration.id, coordinator.token)
    await publishAsEditor(made.json.partnerId as number)
    await revokeConsentsByToken(payload, revocationToken(declaration.id))
    await sendQueued()
    const [message] = await listedMailsFor(declaration.id)
    expect(message).toMatchObject({ status: 'skipped' })
    const toDeclarant = sink.received.filter((m) => m.envelopeTo.includes(declaration.email!))
    expect(toDeclarant.filter((m) => m.parsed.subject?.includes('genannt'))).toHaveLength(0)
  })
  it('mails once when two saves publish the entry at the same moment', async () => {
    const declaration = await declare(true)
    const made = await makeDraft(declaration.id, coordinator.token)
    const partnerId = made.json.partnerId as number
    const answers = await Promise.all([publishAsEditor(partnerId), publishAsEditor(partnerId)])
    expect(answers.map((a) => a.status)).toEqual([200, 200])
    expect(await listedMailsFor(declaration.id)).toHaveLength(1)
  })

  it('keeps the entry off the site when publishing and withdrawing happen at the same moment', async () => {
    const declaration = await declare(true)
    const made = await makeDraft(declaration.id, coordinator.token)
    const partnerId = made.json.partnerId as number
    await Promise.all([
      publishAsEditor(partnerId),
      revokeConsentsByToken(payload, revocationToken(declaration.id)),
    ])
    expect(await publicPartnerIds()).not.toContain(partnerId)
  })

  // Last: the retention run empties every declaration of this file.
  it('keeps a published entry when the retention period empties the declaration', async () => {
    const declaration = await declare(true)
    const made = await makeDraft(declaration.id, coordinator.token)
    const partnerId = made.json.partnerId as number
    await publishAsEditor(partnerId)
    const later = new Date(Date.now() + 400 * 24 * 60 * 60 * 1000)
    expect((await applyRetention(payload, later)).partnerships).toBeGreaterThan(0)
    expect(await publicPartnerIds()).toContain(partnerId)
    // The editor can still edit it (no consent record left to check).
    const edit = await api.request('PATCH', `/partners/${partnerId}`, {
      token: editor.token,
      body: { description: 'Seit 2026 dabei.' },
    })
    expect(edit.status).toBe(200)
  })
})
