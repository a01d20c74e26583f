import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Event, Form } from '@/payload-types'

import { createEvent, createRegistrationForm, person, submitAsPublic } from '../helpers/forms'
import { testPayload } from '../helpers/payload'

let payload: Payload
let form: Form

beforeAll(async () => {
  payload = await testPayload()
  form = await createRegistrationForm(payload)
})

/** 50 people press "send" at the same moment for an event with 10 seats. */
const rush = async (event: Event, context: Record<string, unknown> = {}) => {
  const results = await Promise.allSettled(
    Array.from({ length: 50 }, (_, i) =>
      submitAsPublic(payload, form, person(1000 + i + event.id * 100), event, {
        disableMail: true,
        ...context,
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

  it('overbook when the event lock is skipped — the lock is what prevents it', async () => {
    // Fewer seats than the connections that decide at once: with ten seats, the first ten
    // concurrent transactions could fill them exactly and hide the missing lock.
    const event = await createEvent(payload, form, { capacity: 5 })
    const result = await rush(event, { skipRegistrationLock: true })
    expect(result.rows).toBe(50)
    expect(result.confirmed).toBeGreaterThan(5)
  })
})
