/**
 * The submission path keeps the last read of a form (reading a form whole is the costliest read
 * of a registration) and asks the database only whether it changed. An edit must still apply to
 * the very next submission, and a hostile form id must be refused, not break the statement.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { submissionMessages } from '@/messages/submission'
import type { Event, Form } from '@/payload-types'

import { createEvent, createRegistrationForm, person, submitAsPublic } from '../helpers/forms'
import { testPayload } from '../helpers/payload'

let payload: Payload
let form: Form
let event: Event

beforeAll(async () => {
  payload = await testPayload()
  form = await createRegistrationForm(payload)
  event = await createEvent(payload, form)
})

const fieldErrors = (error: unknown) =>
  (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []

describe('the form a submission answers', () => {
  it('applies an edit to the very next submission', async () => {
    await submitAsPublic(payload, form, person(1), event)
    const required = form.fields!.map((field) =>
      'name' in field && field.name === 'organisation' ? { ...field, required: true } : field,
    )
    await payload.update({
      collection: 'forms',
      id: form.id,
      data: { fields: required },
      context: { disableRevalidate: true },
    })
    const refused = await submitAsPublic(payload, form, person(2), event).catch((e) => e)
    expect(fieldErrors(refused).map((e) => e.path)).toEqual(['organisation'])
    await submitAsPublic(payload, form, { ...person(3), organisation: 'Verein' }, event)
  })

  it.each([
    ['a form that does not exist', 987_654],
    ['an id beyond the database’s integers', 999_999_999_999],
  ])('refuses %s with the German message and stores nothing', async (_, id) => {
    const before = await payload.count({ collection: 'form-submissions' })
    const refused = await submitAsPublic(payload, { ...form, id }, person(4), event).catch((e) => e)
    expect(fieldErrors(refused)).toEqual([
      { path: 'form', message: submissionMessages.unknownForm },
    ])
    expect(await payload.count({ collection: 'form-submissions' })).toEqual(before)
  })
})
