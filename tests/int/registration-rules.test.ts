import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Event, Form, FormSubmission } from '@/payload-types'
import { cancelByToken } from '@/registration/cancel'
import { createToken } from '@/domain/tokens'

import { createRegistrationForm, createEvent, person, submitAsPublic } from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'

let payload: Payload
let form: Form

beforeAll(async () => {
  payload = await testPayload()
  await createStaff(payload, 'admin')
  form = await createRegistrationForm(payload)
})

const rowsOf = async (event: Event) =>
  (
    await payload.find({
      collection: 'form-submissions',
      where: { event: { equals: event.id } },
      sort: 'createdAt',
      limit: 0,
      pagination: false,
    })
  ).docs as FormSubmission[]

const statusOf = async (id: number) =>
  (await payload.findByID({ collection: 'form-submissions', id })).status

const refusal = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'stored',
    (error: {
      name: string
      status?: number
      message: string
      data?: { reason?: string; errors?: unknown }
    }) => ({
      name: error.name,
      status: error.status,
      reason: error.data?.reason,
      message: error.message,
      errors: error.data?.errors,
    }),
  )

describe('capacity counts persons', () => {
  it('confirms while seats remain, then waitlists; a group that does not fit waits whole', async () => {
    const event = await createEvent(payload, form, { capacity: 5 })
    const a = await submitAsPublic(payload, form, person(1, 3), event)
    const b = await submitAsPublic(payload, form, person(2, 3), event)
    const c = await submitAsPublic(payload, form, person(3, 2), event)
    const d = await submitAsPublic(payload, form, person(4, 1), event)
    expect([a.status, b.status, c.status, d.status]).toEqual([
      'confirmed',
      'waitlisted',
      'confirmed',
      'waitlisted',
    ])
    expect(a).toMatchObject({
      kind: 'registration',
      name: 'Person 1',
      email: 'person1@test.example',
      persons: 3,
    })
  })

  it('fills the typed columns, keeps every answer and records optional consent with its wording', async () => {
    const event = await createEvent(payload, form)
    const doc = await submitAsPublic(
      payload,
      form,
      {
        ...person(5, 2),
        organisation: 'Jugendclub Kyritz',
        supportNeeds: 'Rollstuhlplatz',
        photos: 'on',
      },
      event,
    )
    expect(doc).toMatchObject({
      organisation: 'Jugendclub Kyritz',
      supportNeeds: 'Rollstuhlplatz',
      persons: 2,
    })
    expect(doc.submissionData?.map((a) => [a.field, a.value])).toEqual([
      ['name', 'Person 5'],
      ['organisation', 'Jugendclub Kyritz'],
      ['email', 'person5@test.example'],
      ['persons', '2'],
      ['supportNeeds', 'Rollstuhlplatz'],
      ['photos', 'ja'],
    ])
    expect(doc.consents).toHaveLength(1)
    expect(doc.consents?.[0]).toMatchObject({
      purpose: 'photos',
      wording: 'Fotos dürfen genutzt werden (freiwillig)',
      version: expect.stringMatching(/^[0-9a-f]{12}$/),
    })
    expect(Date.now() - new Date(doc.consents![0]!.grantedAt!).getTime()).toBeLessThan(60_000)
    expect(doc.statusHistory?.[0]).toMatchObject({ to: 'confirmed', actor: 'System' })
  })
})

describe('refusals store nothing', () => {
  it.each([
    ['after the deadline', { deadline: new Date(Date.now() - 60_000) }, 'deadlinePassed'],
    ['when registration is closed', { isOpen: false }, 'closed'],
    ['for a cancelled event', { eventStatus: 'cancelled' as const }, 'eventCancelled'],
    ['for a past event', { startsInDays: -3 }, 'eventOver'],
  ])('%s', async (_, overrides, reason) => {
    const event = await createEvent(payload, form, overrides)
    expect(await refusal(submitAsPublic(payload, form, person(10), event))).toMatchObject({
      name: 'SubmissionRefused',
      status: 422,
      reason,
    })
    expect(await rowsOf(event)).toHaveLength(0)
  })

  it('for an unpublished event', async () => {
    const draft = await createEvent(payload, form, { draft: true })
    expect(await refusal(submitAsPublic(payload, form, person(11), draft))).toMatchObject({
      name: 'ValidationError',
    })
    expect(await rowsOf(draft)).toHaveLength(0)
  })
})

describe('the same address twice', () => {
  it('gets no second seat, whatever its spelling, and the details are mailed again', async () => {
    const event = await createEvent(payload, form)
    await submitAsPublic(payload, form, person(20, 2), event)
    const again = await refusal(
      submitAsPublic(payload, form, { ...person(20, 1), email: 'Person20@Test.Example' }, event),
    )
    expect(again).toMatchObject({ name: 'AlreadyRegistered', status: 409 })
    // The message tells nothing about whether anyone registered with that address.
    expect((again as { message: string }).message).not.toMatch(/bereits|schon/i)
    expect(await rowsOf(event)).toHaveLength(1)
  })

  it('may register again after cancelling', async () => {
    const event = await createEvent(payload, form)
    const first = await submitAsPublic(payload, form, person(21), event)
    await payload.update({
      collection: 'form-submissions',
      id: first.id,
      data: { status: 'cancelled' },
    })
    const second = await submitAsPublic(payload, form, person(21), event)
    expect(second.status).toBe('confirmed')
  })
})

describe('cancellation', () => {
  it('frees the seats and promotes the earliest waitlisted entries that fit, in order', async () => {
    const event = await createEvent(payload, form, { capacity: 4 })
    const a = await submitAsPublic(payload, form, person(30, 2), event)
    const b = await submitAsPublic(payload, form, person(31, 2), event)
    const c = await submitAsPublic(payload, form, person(32, 3), event)
    const d = await submitAsPublic(payload, form, person(33, 1), event)
    const e = await submitAsPublic(payload, form, person(34, 1), event)
    const f = await submitAsPublic(payload, form, person(35, 1), event)
    expect([a, b, c, d, e, f].map((s) => s.status)).toEqual([
      'confirmed',
      'confirmed',
      'waitlisted',
      'waitlisted',
      'waitlisted',
      'waitlisted',
    ])
    const token = createToken(
      { purpose: 'cancel', subject: String(a.id), expiresAt: new Date(event.end) },
      payload.secret,
    )
    const result = await cancelByToken(payload, token)
    expect(result.ok).toBe(true)
    expect(await statusOf(a.id)).toBe('cancelled')
    // Two seats free: the group of three does not fit, the next two single persons move up.
    expect(await Promise.all([c, d, e, f].map((s) => statusOf(s.id)))).toEqual([
      'waitlisted',
      'confirmed',
      'confirmed',
      'waitlisted',
    ])
    const promoted = await payload.findByID({ collection: 'form-submissions', id: d.id })
    expect(promoted.statusHistory?.at(-1)).toMatchObject({
      from: 'waitlisted',
      to: 'confirmed',
      actor: 'Warteliste (automatisch nachgerückt)',
    })
    const cancelled = await payload.findByID({ collection: 'form-submissions', id: a.id })
    expect(cancelled.statusHistory?.at(-1)).toMatchObject({
      from: 'confirmed',
      to: 'cancelled',
      actor: 'Selbst abgemeldet (Link in der E-Mail)',
    })
    // The same link again changes nothing.
    expect(await cancelByToken(payload, token)).toMatchObject({ ok: true, alreadyCancelled: true })
  })

  it('records which coordinator changed a status, and refuses to confirm beyond capacity', async () => {
    const coordinator = await createStaff(payload, 'coordinator')
    const event = await createEvent(payload, form, { capacity: 1 })
    const a = await submitAsPublic(payload, form, person(40), event)
    const b = await submitAsPublic(payload, form, person(41), event)
    const overbook = await refusal(
      payload.update({
        collection: 'form-submissions',
        id: b.id,
        data: { status: 'confirmed' },
        user: coordinator.user,
        overrideAccess: false,
      }),
    )
    expect(overbook).toMatchObject({
      name: 'NotEnoughSeats',
      status: 409,
      message: 'Nicht genug freie Plätze: noch 0 frei, benötigt 1.',
    })
    await payload.update({
      collection: 'form-submissions',
      id: a.id,
      data: { status: 'cancelled' },
      user: coordinator.user,
      overrideAccess: false,
    })
    const after = await payload.findByID({ collection: 'form-submissions', id: a.id, depth: 0 })
    expect(after.statusHistory?.at(-1)).toMatchObject({
      from: 'confirmed',
      to: 'cancelled',
      by: coordinator.user.id,
      actor: coordinator.email,
    })
    expect(await statusOf(b.id)).toBe('confirmed')
  })
})

describe('more seats', () => {
  it('moves the waiting list up when an editor raises the capacity', async () => {
    const event = await createEvent(payload, form, { capacity: 1 })
    await submitAsPublic(payload, form, person(50), event)
    const waiting = await submitAsPublic(payload, form, person(51), event)
    expect(waiting.status).toBe('waitlisted')
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { registration: { ...event.registration, capacity: 2 } },
      context: { disableRevalidate: true },
    })
    expect(await statusOf(waiting.id)).toBe('confirmed')
  })
})
