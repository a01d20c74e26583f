/**
 * A burst of registrations sends hundreds of mails within seconds. The outbox keeps a few SMTP
 * connections and reuses them, and the mails of one drain round share their reads of the form,
 * the event and the settings; a change made between rounds is in the very next mail all the same.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { drainOutbox } from '@/email/deliver'
import type { Form } from '@/payload-types'

import { noRevalidate } from '../helpers/context'
import {
  createEvent,
  createRegistrationForm,
  person,
  setOfficeForMails,
  submitAsPublic,
} from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { startMailSink } from '../helpers/smtpSink'

let sink: Awaited<ReturnType<typeof startMailSink>>
let payload: Payload
let form: Form

beforeAll(async () => {
  sink = await startMailSink()
  payload = await testPayload()
  await setOfficeForMails(payload)
  form = await createRegistrationForm(payload)
})

afterAll(() => sink.stop())

it('sends a burst over a few kept connections, not one connection per mail', async () => {
  const event = await createEvent(payload, form, { capacity: 100 })
  for (let n = 1; n <= 12; n++) await submitAsPublic(payload, form, person(n), event)
  const before = sink.connections()
  // 24 mails: each person's and the office's copy
  expect(await drainOutbox(payload, { limit: 50 })).toEqual(Array(24).fill('sent'))
  await sink.waitFor(24)
  expect(sink.connections() - before).toBeLessThanOrEqual(5)
})

it('writes each mail from the data as it is when its round runs, not from an earlier round', async () => {
  const event = await createEvent(payload, form, { capacity: 100 })
  await submitAsPublic(payload, form, person(101), event)
  await drainOutbox(payload, { limit: 50 })
  await payload.update({
    collection: 'events',
    id: event.id,
    data: { title: 'Netzwerktreffen im neuen Saal' },
    context: noRevalidate,
  })
  await submitAsPublic(payload, form, person(102), event)
  const sentBefore = sink.received.length
  await drainOutbox(payload, { limit: 50 })
  const fresh = sink.received
    .slice(sentBefore)
    .find((mail) => mail.envelopeTo.includes('person102@test.example'))
  expect(fresh?.parsed.subject).toContain('Netzwerktreffen im neuen Saal')
})
