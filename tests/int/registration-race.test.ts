import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Event, Form } from '@/payload-types'

import {
  createEvent,
  createRegistrationForm,
  person,
  submitAsPublic,
  submitAsPublicInOpenTransaction,
} from '../helpers/forms'
import { someoneWaitsForALock } from '../helpers/locks'
import { testPayload } from '../helpers/payload'

let payload: Payload
let form: Form

beforeAll(async () => {
  payload = await testPayload()
  form = await createRegistrationForm(payload)
})

/** 50 people press "send" at the same moment for an event with 10 seats. */
const rush = async (event: Event) => {
  const results = await Promise.allSettled(
    Array.from({ length: 50 }, (_, i) =>
      submitAsPublic(payload, form, person(1000 + i + event.id * 100), event, {
        disableMail: true,
      }),
    ),
  )
  const { docs } = await payload.find({
    collection: 'form-submissions',
    where: { event: { equals: event.id } },
    limit: 0,
    pagination: false,
  })
  const persons = (status: string) =>
    docs.filter((d) => d.status === status).reduce((sum, d) => sum + (d.persons ?? 1), 0)
  return {
    accepted: results.filter((r) => r.status === 'fulfilled').length,
    rows: docs.length,
    distinctEmails: new Set(docs.map((d) => d.email)).size,
    confirmed: persons('confirmed'),
    waitlisted: persons('waitlisted'),
  }
}

describe('50 concurrent registrations for 10 seats', () => {
  it('confirm exactly 10 persons and waitlist the rest, storing each accepted request once', async () => {
    const event = await createEvent(payload, form, { capacity: 10 })
    expect(await rush(event)).toEqual({
      accepted: 50,
      rows: 50,
      distinctEmails: 50,
      confirmed: 10,
      waitlisted: 40,
    })
  })
})

const firstMailOf = async (email: string) =>
  (await payload.find({ collection: 'mail-messages', where: { to: { equals: email } } })).docs.map(
    (mail) => mail.template,
  )

/**
 * A registration is stored on a first answer read without the lock and decided again under it,
 * just before the commit. Here the seat changes hands between the two: a transaction left open
 * holds the lock while the second registration is stored on the old count.
 */
describe('the seat decision under the lock, after the registration is stored', () => {
  it('waitlists a registration whose first answer was the seat another one has taken meanwhile', async () => {
    const event = await createEvent(payload, form, { capacity: 1 })
    const { transactionID, doc: first } = await submitAsPublicInOpenTransaction(
      payload,
      form,
      person(9001),
      event,
    )
    expect(first.status).toBe('confirmed')
    // Sees no confirmed seat yet (the first is not committed), is stored, waits for the lock.
    const second = submitAsPublic(payload, form, person(9002), event)
    await someoneWaitsForALock(payload)
    await payload.db.commitTransaction(transactionID)
    const doc = await second
    expect(doc.status).toBe('waitlisted')
    const stored = await payload.findByID({ collection: 'form-submissions', id: doc.id })
    expect(stored.status).toBe('waitlisted')
    expect(stored.statusHistory?.map((entry) => entry.to)).toEqual(['waitlisted'])
    expect(await firstMailOf('person9002@test.example')).toEqual(['waitlist'])
    expect(await firstMailOf('person9001@test.example')).toEqual(['confirmation'])
  })

  it('overbooks in the same moment when the lock is skipped — the lock is what prevents it', async () => {
    const event = await createEvent(payload, form, { capacity: 1 })
    const skip = { skipRegistrationLock: true }
    const { transactionID } = await submitAsPublicInOpenTransaction(
      payload,
      form,
      person(9051),
      event,
      skip,
    )
    const second = await submitAsPublic(payload, form, person(9052), event, skip)
    await payload.db.commitTransaction(transactionID)
    expect(second.status).toBe('confirmed')
    const { totalDocs } = await payload.count({
      collection: 'form-submissions',
      where: { event: { equals: event.id }, status: { equals: 'confirmed' } },
    })
    expect(totalDocs).toBe(2)
  })

  it('confirms a registration whose first answer was the waiting list when the seat came free meanwhile', async () => {
    const event = await createEvent(payload, form, { capacity: 1 })
    const taken = await submitAsPublic(payload, form, person(9101), event)
    expect(taken.status).toBe('confirmed')
    const transactionID = (await payload.db.beginTransaction()) as string
    await payload.update({
      collection: 'form-submissions',
      id: taken.id,
      data: { status: 'cancelled' },
      req: { transactionID } as never,
    })
    const second = submitAsPublic(payload, form, person(9102), event)
    await someoneWaitsForALock(payload)
    await payload.db.commitTransaction(transactionID)
    const doc = await second
    expect(doc.status).toBe('confirmed')
    const stored = await payload.findByID({ collection: 'form-submissions', id: doc.id })
    expect(stored.statusHistory?.map((entry) => entry.to)).toEqual(['confirmed'])
    expect(await firstMailOf('person9102@test.example')).toEqual(['confirmation'])
  })

  it('stores one of two registrations of the same address sent at the same moment', async () => {
    const event = await createEvent(payload, form, { capacity: 10 })
    const { transactionID } = await submitAsPublicInOpenTransaction(
      payload,
      form,
      person(9201),
      event,
    )
    const again = submitAsPublic(payload, form, person(9201), event).catch((error: Error) => error)
    await someoneWaitsForALock(payload)
    await payload.db.commitTransaction(transactionID)
    expect((await again) as Error).toMatchObject({ name: 'AlreadyRegistered' })
    const { totalDocs } = await payload.count({
      collection: 'form-submissions',
      where: { email: { equals: 'person9201@test.example' } },
    })
    expect(totalDocs).toBe(1)
  })
})
