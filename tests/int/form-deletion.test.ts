/**
 * A form is deleted only when nothing uses it: its submissions need it (their form is required),
 * and an event or a page embedding it would lose its registration without a word.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { formAdminMessages } from '@/messages/formAdmin'

import { createApiClient } from '../helpers/api'
import { noRevalidate } from '../helpers/context'
import {
  createContactForm,
  createEvent,
  createRegistrationForm,
  person,
  submitAsPublic,
  submitAsPublicInOpenTransaction,
} from '../helpers/forms'
import { someoneWaitsForALock } from '../helpers/locks'
import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'

let payload: Payload
let api: Awaited<ReturnType<typeof createApiClient>>
let editorToken = ''

beforeAll(async () => {
  payload = await testPayload()
  api = await createApiClient()
  editorToken = (await createStaff(payload, 'editor')).token
})

const deleteForm = (id: number) => api.request('DELETE', `/forms/${id}`, { token: editorToken })
const formStillThere = async (id: number) =>
  (await payload.count({ collection: 'forms', where: { id: { equals: id } } })).totalDocs === 1

describe('deleting a form', () => {
  it('is refused in German while submissions need it', async () => {
    const form = await createRegistrationForm(payload)
    const event = await createEvent(payload, form, { capacity: 10 })
    await submitAsPublic(payload, form, person(9001), event)
    // Payload answered an English 500: the submissions' form is required.
    const answer = await deleteForm(form.id)
    expect(answer.status).toBe(409)
    expect(answer.json).toMatchObject({
      errors: [
        {
          message: formAdminMessages.inUse({
            title: form.title,
            submissions: 1,
            events: 1,
            pages: 0,
          }),
        },
      ],
    })
    expect(await formStillThere(form.id)).toBe(true)
  })

  it('is refused while an event embeds it, and goes once none does', async () => {
    const form = await createRegistrationForm(payload)
    const event = await createEvent(payload, form, { capacity: 10 })
    const refused = await deleteForm(form.id)
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.json)).toContain('als Anmeldeformular von 1 Veranstaltung)')

    await payload.update({
      collection: 'events',
      id: event.id,
      data: { registration: { form: null } } as never,
      context: noRevalidate,
    })
    expect((await deleteForm(form.id)).status).toBe(200)
    expect(await formStillThere(form.id)).toBe(false)
  })

  it('is refused while a page embeds it', async () => {
    const form = await createContactForm(payload)
    await payload.create({
      collection: 'pages',
      data: {
        title: 'Formularseite',
        slug: `formularseite-${form.id}`,
        layout: [{ blockType: 'formBlock', form: form.id }],
        _status: 'published',
      } as never,
      context: noRevalidate,
    })
    const refused = await deleteForm(form.id)
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.json)).toContain('(auf 1 Seite)')
    expect(await formStillThere(form.id)).toBe(true)
  })

  it('is refused while the draft of an event or page embeds it', async () => {
    const current = await createRegistrationForm(payload)
    const event = await createEvent(payload, current, { capacity: 10 })
    const next = await createRegistrationForm(payload)
    // The published event keeps its form; the draft to be published (by hand or on schedule)
    // names the new one.
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { registration: { form: next.id } } as never,
      draft: true,
      context: noRevalidate,
    })
    const contact = await createContactForm(payload)
    const page = await payload.create({
      collection: 'pages',
      data: { title: 'Kontakt', slug: `kontakt-${contact.id}`, _status: 'published' } as never,
      context: noRevalidate,
    })
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { layout: [{ blockType: 'formBlock', form: contact.id }] } as never,
      draft: true,
      context: noRevalidate,
    })

    // Without counting drafts both went: the event's draft lost its form without a word and,
    // once published, offered no registration; the page's draft lost its (required) form.
    const refusedForEvent = await deleteForm(next.id)
    expect(refusedForEvent.status).toBe(409)
    expect(JSON.stringify(refusedForEvent.json)).toContain(
      'als Anmeldeformular von 1 Veranstaltung)',
    )
    const refusedForPage = await deleteForm(contact.id)
    expect(refusedForPage.status).toBe(409)
    expect(JSON.stringify(refusedForPage.json)).toContain('(auf 1 Seite)')

    const published = await payload.update({
      collection: 'events',
      id: event.id,
      data: { _status: 'published' },
      context: noRevalidate,
      depth: 0,
    })
    expect(published.registration?.form).toBe(next.id)
    // An older version that named a form no longer holds it back.
    expect((await deleteForm(current.id)).status).toBe(200)
  })

  it('counts a submission being stored at that moment', async () => {
    const form = await createContactForm(payload)
    const { transactionID } = await submitAsPublicInOpenTransaction(payload, form, {
      name: 'Person 9021',
      email: 'person9021@test.example',
      message: 'Hallo',
    })
    const deletion = deleteForm(form.id)
    await someoneWaitsForALock(payload, deletion)
    await payload.db.commitTransaction(transactionID)
    // Without the lock, the deletion counted no submission and then failed on it in English.
    expect((await deletion).status).toBe(409)
    expect(await formStillThere(form.id)).toBe(true)
  })
})
