/**
 * An event with active registrations is called off, not deleted: deleting it would leave its
 * registrants unaware and their registrations without an event. The rule holds for a registration
 * being stored at the very moment of the deletion too.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { connectionOf, sql } from '@/db/sql'
import { eventMessages } from '@/messages/events'
import type { Form } from '@/payload-types'

import { createApiClient } from '../helpers/api'
import {
  createEvent,
  createRegistrationForm,
  person,
  submitAsPublic,
  submitAsPublicInOpenTransaction,
} from '../helpers/forms'
import { someoneWaitsForALock } from '../helpers/locks'
import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'
import { workMailQueue } from '../helpers/mailQueue'

let payload: Payload
let form: Form
let api: Awaited<ReturnType<typeof createApiClient>>
let editorToken = ''

beforeAll(async () => {
  payload = await testPayload()
  form = await createRegistrationForm(payload)
  api = await createApiClient()
  editorToken = (await createStaff(payload, 'editor')).token
})

const eventStillThere = async (id: number) =>
  (await payload.count({ collection: 'events', where: { id: { equals: id } } })).totalDocs === 1

describe('deleting an event', () => {
  it('is refused with a German 409 while a registration is confirmed or waiting', async () => {
    const event = await createEvent(payload, form, { capacity: 1 })
    await submitAsPublic(payload, form, person(8001), event)
    await submitAsPublic(payload, form, person(8002), event)

    const answer = await api.request('DELETE', `/events/${event.id}`, { token: editorToken })
    expect(answer.status).toBe(409)
    expect(answer.json).toMatchObject({
      errors: [
        {
          message: eventMessages.notDeletable({
            reason: 'activeRegistrations',
            title: event.title,
            count: 2,
          }),
        },
      ],
    })
    expect(await eventStillThere(event.id)).toBe(true)
  })

  it('waits for the mails about it, then goes ahead with its notices', async () => {
    const event = await createEvent(payload, form, { capacity: 5 })
    const registration = await submitAsPublic(payload, form, person(8011), event)
    // A notice to the registrants, as calling the event off with a message leaves one.
    await payload.create({
      collection: 'event-notices',
      data: { event: event.id, kind: 'message', audience: 'active', subject: 'Absage', text: 'x' },
      context: { disableMail: true },
    })
    await payload.update({
      collection: 'form-submissions',
      id: registration.id,
      data: { status: 'cancelled' },
    })
    // The confirmation and the cancellation mail have not gone out yet.
    const refused = await api.request('DELETE', `/events/${event.id}`, { token: editorToken })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.json)).toContain('nicht versendet')

    await connectionOf(payload).execute(
      sql`UPDATE mail_messages SET status = 'sent' WHERE submission_id = ${registration.id}`,
    )
    // Its notice required the event: the deletion failed with an English 500.
    const answer = await api.request('DELETE', `/events/${event.id}`, { token: editorToken })
    expect(answer.status).toBe(200)
    expect(await eventStillThere(event.id)).toBe(false)
    expect(
      (await payload.count({ collection: 'event-notices', where: { event: { equals: event.id } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('says that a called-off event is still cancelling its registrations', async () => {
    const event = await createEvent(payload, form, { capacity: 5 })
    await submitAsPublic(payload, form, person(8031), event)
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { eventStatus: 'cancelled' },
      context: { disableRevalidate: true },
    })
    const answer = await api.request('DELETE', `/events/${event.id}`, { token: editorToken })
    expect(answer.status).toBe(409)
    expect(answer.json).toMatchObject({
      errors: [
        {
          message: eventMessages.notDeletable({
            reason: 'cancellationRunning',
            title: event.title,
            count: 1,
          }),
        },
      ],
    })
  })

  it('waits for a call-off notice not yet turned into mails', async () => {
    const event = await createEvent(payload, form, { capacity: 5 })
    const registration = await submitAsPublic(payload, form, person(8041), event)
    await connectionOf(payload).execute(
      sql`UPDATE mail_messages SET status = 'sent' WHERE submission_id = ${registration.id}`,
    )
    // Called off with a message: the notice's fan-out job is queued (every 10 seconds); the
    // cancellation job (every minute) may have ended the registration first.
    const notice = await payload.create({
      collection: 'event-notices',
      data: {
        event: event.id,
        kind: 'cancelled',
        audience: 'active',
        subject: 'Abgesagt',
        text: 'Leider fällt die Veranstaltung aus.',
        informed: true,
      },
    })
    await payload.update({
      collection: 'form-submissions',
      id: registration.id,
      data: { status: 'eventCancelled' },
      context: { eventCancellation: true },
    })

    // Without the check, nothing active and no mail in the outbox let the deletion through; the
    // notice went with the event and the registrant never heard of the call-off.
    const answer = await api.request('DELETE', `/events/${event.id}`, { token: editorToken })
    expect(answer.status).toBe(409)
    expect(answer.json).toMatchObject({
      errors: [
        {
          message: eventMessages.notDeletable({
            reason: 'noticePending',
            title: event.title,
            count: 1,
          }),
        },
      ],
    })
    expect(await eventStillThere(event.id)).toBe(true)

    // Once the fan-out has run, the mail is in the outbox and counts as unsent until it goes.
    await workMailQueue(payload, { limit: 100 })
    const { docs: mails } = await payload.find({
      collection: 'mail-messages',
      where: { notice: { equals: notice.id } },
      depth: 0,
    })
    expect(mails.map((mail) => mail.to)).toEqual([registration.email])
  })

  it('counts a registration being stored at that moment', async () => {
    const event = await createEvent(payload, form, { capacity: 5 })
    const { transactionID } = await submitAsPublicInOpenTransaction(
      payload,
      form,
      person(8021),
      event,
    )
    const deletion = api.request('DELETE', `/events/${event.id}`, { token: editorToken })
    await someoneWaitsForALock(payload, deletion)
    await payload.db.commitTransaction(transactionID)
    // Without the lock, the deletion counted no registration, then deleted the event under it.
    expect((await deletion).status).toBe(409)
    expect(await eventStillThere(event.id)).toBe(true)
    const { docs } = await payload.find({
      collection: 'form-submissions',
      where: { email: { equals: 'person8021@test.example' } },
      depth: 0,
    })
    expect(docs.map((doc) => doc.event)).toEqual([event.id])
  })
})
