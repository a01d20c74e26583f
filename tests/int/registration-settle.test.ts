import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { connectionOf, sql } from '@/db/sql'
import { submissionMessages } from '@/messages/submission'
import type { Form, FormSubmission } from '@/payload-types'

import { createApiClient } from '../helpers/api'
import { noRevalidate } from '../helpers/context'
import {
  createEvent,
  createRegistrationForm,
  person,
  submissionBody,
  submitAsPublic,
  submitAsPublicInOpenTransaction,
} from '../helpers/forms'
import { someoneWaitsForALock } from '../helpers/locks'
import { testPayload } from '../helpers/payload'

let payload: Payload
let form: Form
let api: Awaited<ReturnType<typeof createApiClient>>

beforeAll(async () => {
  payload = await testPayload()
  form = await createRegistrationForm(payload)
  api = await createApiClient()
})

const registrationsOf = async (email: string) =>
  (
    await payload.find({
      collection: 'form-submissions',
      where: { email: { equals: email } },
      sort: 'id',
      pagination: false,
    })
  ).docs.map((doc) => doc.status)

const mailsTo = async (email: string) =>
  (await payload.find({ collection: 'mail-messages', where: { to: { equals: email } } })).docs

/**
 * What a new registration is refused for is decided under the event's lock, like its seat: a
 * first answer read without the lock may be about to change. A transaction left open holds the
 * lock while the registration is sent.
 */
describe('refusals of a new registration, decided under the lock', () => {
  it('stores a registration of an address whose earlier registration is being cancelled at that moment', async () => {
    const event = await createEvent(payload, form, { capacity: 10 })
    const earlier = await submitAsPublic(payload, form, person(7001), event)
    // The office cancels the earlier registration; the person registers again meanwhile.
    const transactionID = (await payload.db.beginTransaction()) as string
    await payload.update({
      collection: 'form-submissions',
      id: earlier.id,
      data: { status: 'cancelled' },
      req: { transactionID } as never,
    })
    const again = submitAsPublic(payload, form, person(7001), event).catch((error: Error) => error)
    await someoneWaitsForALock(payload, again)
    await payload.db.commitTransaction(transactionID)
    // Read without the lock, the earlier registration was still active: refused as "already
    // registered" (and mailed so) for a registration that no longer held a seat.
    const result = await again
    expect(result).not.toBeInstanceOf(Error)
    expect((result as FormSubmission).status).toBe('confirmed')
    expect(await registrationsOf('person7001@test.example')).toEqual(['cancelled', 'confirmed'])
  })

  it.each(['waitlisted', 'confirmed'] as const)(
    'stores a registration of an address whose %s registration is being deleted at that moment',
    async (status) => {
      const event = await createEvent(payload, form, { capacity: 1 })
      // the one seat goes to someone else first, so that the earlier registration waits
      if (status === 'waitlisted') await submitAsPublic(payload, form, person(7050), event)
      const email = `person${status === 'confirmed' ? 7051 : 7052}@test.example`
      const answers = person(status === 'confirmed' ? 7051 : 7052)
      const earlier = await submitAsPublic(payload, form, answers, event)
      expect(earlier.status).toBe(status)
      // The office deletes the earlier registration; the person registers again meanwhile.
      const transactionID = (await payload.db.beginTransaction()) as string
      await payload.delete({
        collection: 'form-submissions',
        id: earlier.id,
        req: { transactionID } as never,
      })
      const again = submitAsPublic(payload, form, answers, event).catch((error: Error) => error)
      await someoneWaitsForALock(payload, again)
      await payload.db.commitTransaction(transactionID)
      // Without the lock taken before the deletion, the registration was refused as "already
      // registered" (and mailed so) for a registration that was gone a moment later.
      const result = await again
      expect(result).not.toBeInstanceOf(Error)
      expect(await registrationsOf(email)).toEqual([status])
    },
  )

  it('refuses a registration sent while its event is being cancelled, storing and mailing nothing', async () => {
    const event = await createEvent(payload, form, { capacity: 10 })
    const transactionID = (await payload.db.beginTransaction()) as string
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { eventStatus: 'cancelled' },
      req: { transactionID } as never,
      context: noRevalidate,
    })
    // Reads the event as planned (the cancellation is not committed), is stored, waits.
    const sent = submitAsPublic(payload, form, person(7101), event).catch((error: Error) => error)
    await someoneWaitsForALock(payload, sent)
    await payload.db.commitTransaction(transactionID)
    expect(await sent).toMatchObject({ name: 'SubmissionRefused', status: 422 })
    expect(await registrationsOf('person7101@test.example')).toEqual([])
    expect(await mailsTo('person7101@test.example')).toEqual([])
  })
})

describe('the seat decision under the lock, against an edit of the event', () => {
  it('takes the capacity as the editor left it while the registration was being stored', async () => {
    const event = await createEvent(payload, form, { capacity: 10 })
    await submitAsPublic(payload, form, person(7301), event)
    const transactionID = (await payload.db.beginTransaction()) as string
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { registration: { ...event.registration, capacity: 1 } },
      req: { transactionID } as never,
      context: noRevalidate,
    })
    // First answer: nine seats free. Under the lock, after the edit: none.
    const sent = submitAsPublic(payload, form, person(7302), event)
    await someoneWaitsForALock(payload, sent)
    await payload.db.commitTransaction(transactionID)
    expect((await sent).status).toBe('waitlisted')
    expect((await mailsTo('person7302@test.example')).map((mail) => mail.template)).toEqual([
      'waitlist',
    ])
  })
})

describe('a registration whose database connection drops while its seat is decided', () => {
  it('stores and mails nothing and answers the public in German', async () => {
    const event = await createEvent(payload, form, { capacity: 1 })
    const { transactionID } = await submitAsPublicInOpenTransaction(
      payload,
      form,
      person(7201),
      event,
    )
    const answer = api.request('POST', '/form-submissions', {
      body: submissionBody(payload, form, person(7202), event),
    })
    // Stored, mails queued, waiting for the lock: now its connection goes.
    await someoneWaitsForALock(payload, answer)
    await connectionOf(payload).execute(sql`
      SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`)
    const { status, json } = await answer
    await payload.db.commitTransaction(transactionID)
    expect(status).toBeGreaterThanOrEqual(500)
    expect(json).toEqual({ errors: [{ message: submissionMessages.failed }] })
    expect(await registrationsOf('person7202@test.example')).toEqual([])
    expect(await mailsTo('person7202@test.example')).toEqual([])
    expect(await registrationsOf('person7201@test.example')).toEqual(['confirmed'])
  })
})
