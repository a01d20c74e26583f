import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { connectionOf, sql } from '@/db/sql'
import { verifyToken } from '@/domain/tokens'
import { queueNoticeMails } from '@/email/noticeMails'
import type { Event, EventNotice, Form, FormSubmission } from '@/payload-types'

import { createApiClient } from '../helpers/api'
import {
  createEvent,
  createRegistrationForm,
  person,
  setOfficeForMails,
  submitAsPublic,
} from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { type ReceivedMail, startMailSink } from '../helpers/smtpSink'
import { createStaff } from '../helpers/users'
import { workMailQueue } from '../helpers/mailQueue'

let sink: Awaited<ReturnType<typeof startMailSink>>
let payload: Payload
let api: Awaited<ReturnType<typeof createApiClient>>
let form: Form
let coordinator: Awaited<ReturnType<typeof createStaff>>
let editor: Awaited<ReturnType<typeof createStaff>>

beforeAll(async () => {
  sink = await startMailSink()
  payload = await testPayload()
  api = await createApiClient()
  await setOfficeForMails(payload)
  form = await createRegistrationForm(payload)
  coordinator = await createStaff(payload, 'coordinator')
  editor = await createStaff(payload, 'editor')
})

afterAll(() => sink.stop())

const quietly = { disableMail: true }
const runQueue = async () => {
  for (let i = 0; i < 5; i++) await workMailQueue(payload, { limit: 100 })
}
const mailsTo = (address: string) =>
  sink.received.filter((m: ReceivedMail) => m.envelopeTo.includes(address))

/**
 * An event with capacity 2 and four registrations (their own mails switched off):
 * 1 confirmed and checked in, 2 confirmed, 3 waiting, 4 cancelled.
 */
const eventWithRegistrations = async (offset: number) => {
  const event = await createEvent(payload, form, { capacity: 2 })
  const people: FormSubmission[] = []
  for (let n = offset + 1; n <= offset + 4; n++)
    people.push(await submitAsPublic(payload, form, person(n), event, quietly))
  await payload.update({
    collection: 'form-submissions',
    id: people[0]!.id,
    data: { checkedIn: true },
    context: quietly,
  })
  await payload.update({
    collection: 'form-submissions',
    id: people[3]!.id,
    data: { status: 'cancelled' },
    context: quietly,
  })
  return { event, people }
}

const createNotice = (data: Record<string, unknown>, token = coordinator.token) =>
  api.request('POST', '/event-notices', { token, body: data })

const outboxOf = async (noticeId: number) =>
  (
    await payload.find({
      collection: 'mail-messages',
      where: { notice: { equals: noticeId } },
      pagination: false,
      depth: 0,
    })
  ).docs

describe('a message to the registrants of an event', () => {
  let event: Event
  let people: FormSubmission[]
  let notice: EventNotice

  beforeAll(async () => {
    ;({ event, people } = await eventWithRegistrations(100))
    const response = await createNotice({
      event: event.id,
      audience: 'active',
      subject: 'Neuigkeiten zu {{veranstaltung}}',
      text: 'Guten Tag {{name}},\nam {{datum}} in {{ort}} erwarten wir Sie ({{personen}} Person).',
    })
    expect(response.status).toBe(201)
    notice = (response.json as { doc: EventNotice }).doc
    await runQueue()
  })

  it('is recorded with who sent it, when, and to how many', async () => {
    const stored = await payload.findByID({ collection: 'event-notices', id: notice.id })
    expect(stored).toMatchObject({ kind: 'message', informed: true, recipientCount: 3 })
    expect((stored.createdBy as { id: number }).id).toBe(coordinator.user.id)
    expect(stored.queuedAt).toBeTruthy()
    expect(stored.delivery).toBe('Alle 3 versendet')
  })

  it('sends one mail per active person, each addressed to that person alone', () => {
    const addresses = sink.received
      .filter((m) => m.parsed.subject === `Neuigkeiten zu ${event.title}`)
      .map((m) => m.envelopeTo)
    expect(addresses.sort()).toEqual([[people[0]!.email], [people[1]!.email], [people[2]!.email]])
    expect(mailsTo(people[3]!.email!)).toHaveLength(0)
  })

  it('fills the placeholders, links the event and carries only this person’s cancellation link', () => {
    for (const [index, submission] of people.slice(0, 3).entries()) {
      const [mail] = mailsTo(submission.email!)
      expect(mail!.parsed.to).toMatchObject({ value: [{ address: submission.email }] })
      const text = mail!.parsed.text!
      expect(text).toContain(`Guten Tag ${submission.name},`)
      expect(text).toContain(`am ${event.dateLine} in Kreisverwaltung`)
      expect(text).toContain('(1 Person)')
      expect(text).not.toMatch(/\{\{/)
      expect(text).toContain(`/veranstaltungen/${event.slug}`)
      const token = text.match(/\/anmeldung\/abmelden\?token=(\S+)/)![1]!
      expect(verifyToken(token, 'cancel', payload.secret)).toMatchObject({
        ok: true,
        token: { subject: String(submission.id) },
      })
      for (const other of people.filter((_, i) => i !== index)) {
        expect(mail!.raw).not.toContain(other.email!)
        expect(mail!.raw).not.toContain(`${other.name},`)
      }
    }
  })

  it('is shown on the event’s tab “Mitteilungen”', async () => {
    const read = await payload.findByID({ collection: 'events', id: event.id, depth: 0 })
    expect(read.notices?.docs).toEqual([notice.id])
  })
})

describe('the audience of a message', () => {
  it.each([
    ['confirmed', [0, 1]],
    ['waitlisted', [2]],
    ['checkedIn', [0]],
    ['active', [0, 1, 2]],
  ] as const)('“%s” reaches exactly those people', async (audience, expected) => {
    const { event, people } = await eventWithRegistrations(200 + expected.length * 10)
    const response = await createNotice({ event: event.id, audience, subject: 'Hallo', text: 'x' })
    const doc = (response.json as { doc: EventNotice }).doc
    expect(doc.recipientCount).toBe(expected.length)
    await workMailQueue(payload, { limit: 100 })
    const rows = await outboxOf(doc.id)
    expect(rows.map((r) => r.submission).sort()).toEqual(expected.map((i) => people[i]!.id))
    expect(rows.map((r) => r.to).sort()).toEqual(expected.map((i) => people[i]!.email))
  })
})

describe('who may write and read', () => {
  let event: Event
  beforeAll(async () => {
    ;({ event } = await eventWithRegistrations(300))
  })
  const draft = () => ({ event: event.id, audience: 'active', subject: 'Hallo', text: 'Text' })

  it('lets editors read the record, the public nothing', async () => {
    const created = await createNotice(draft())
    const id = (created.json as { doc: EventNotice }).doc.id
    expect((await api.request('GET', `/event-notices/${id}`, { token: editor.token })).status).toBe(
      200,
    )
    expect((await api.request('GET', `/event-notices/${id}`)).status).toBe(403)
    expect((await api.request('GET', '/event-notices')).status).toBe(403)
  })

  it('lets only coordinators and admins write, and never changes or deletes a notice', async () => {
    expect((await createNotice(draft(), editor.token)).status).toBe(403)
    expect((await api.request('POST', '/event-notices', { body: draft() })).status).toBe(403)
    const id = ((await createNotice(draft())).json as { doc: EventNotice }).doc.id
    const patch = await api.request('PATCH', `/event-notices/${id}`, {
      token: coordinator.token,
      body: { text: 'geändert' },
    })
    expect(patch.status).toBe(403)
    expect(
      (await api.request('DELETE', `/event-notices/${id}`, { token: coordinator.token })).status,
    ).toBe(403)
  })

  it('takes kind, sender, count and test flag from the server, not from the request', async () => {
    const response = await createNotice({
      ...draft(),
      kind: 'cancelled',
      informed: false,
      test: true,
      createdBy: editor.user.id,
      recipientCount: 999,
      queuedAt: new Date().toISOString(),
    })
    expect(response.status).toBe(201)
    const doc = (response.json as { doc: EventNotice }).doc
    expect(doc).toMatchObject({ kind: 'message', informed: true, test: false, recipientCount: 3 })
    expect(doc.queuedAt).toBeFalsy()
    expect((doc.createdBy as { id: number }).id).toBe(coordinator.user.id)
  })

  it('refuses a message to an event without registration, or without text, in German', async () => {
    const plain = await createEvent(payload, form)
    await payload.update({
      collection: 'events',
      id: plain.id,
      data: { registration: { isOpen: false, form: null } },
      context: { disableRevalidate: true },
    })
    const noRegistration = await createNotice({ ...draft(), event: plain.id })
    expect(noRegistration.status).toBe(400)
    expect(JSON.stringify(noRegistration.json)).toContain('keine Anmeldung')
    const noText = await createNotice({ ...draft(), text: '  ' })
    expect(noText.status).toBe(400)
    expect(JSON.stringify(noText.json)).toContain('Bitte schreiben Sie einen Text')
  })
})

describe('the fan-out', () => {
  it('writes nothing twice, however often or concurrently it runs', async () => {
    const { event } = await eventWithRegistrations(400)
    const notice = await payload.create({
      collection: 'event-notices',
      data: {
        event: event.id,
        kind: 'message',
        audience: 'active',
        subject: 'Zweimal?',
        text: 'x',
      },
      context: quietly,
    })
    const runs = await Promise.all([
      queueNoticeMails(payload, notice.id),
      queueNoticeMails(payload, notice.id),
    ])
    expect(runs.map((r) => r.queued).sort()).toEqual([0, 3])
    expect(await queueNoticeMails(payload, notice.id)).toEqual({ queued: 0, alreadyQueued: true })
    expect(await outboxOf(notice.id)).toHaveLength(3)
  })

  it('sends a change notice from server code to every kind of registrant it concerns', async () => {
    const { event, people } = await eventWithRegistrations(500)
    const notice = await payload.create({
      collection: 'event-notices',
      data: {
        event: event.id,
        kind: 'changed',
        audience: 'active',
        subject: 'Änderung',
        changes: [{ label: 'Ort', before: 'Alt', after: 'Neu' }],
      },
    })
    await runQueue()
    expect((await outboxOf(notice.id)).every((row) => row.status === 'sent')).toBe(true)
    const [mail] = mailsTo(people[1]!.email!)
    expect(mail!.parsed.text).toContain('Ort: Alt → Neu')
  })

  it('sends nothing for a change recorded without informing anyone', async () => {
    const { event } = await eventWithRegistrations(600)
    const notice = await payload.create({
      collection: 'event-notices',
      data: {
        event: event.id,
        kind: 'changed',
        audience: 'active',
        subject: 'Still',
        informed: false,
      },
    })
    await runQueue()
    expect(await outboxOf(notice.id)).toHaveLength(0)
    expect((await payload.findByID({ collection: 'event-notices', id: notice.id })).delivery).toBe(
      'Niemand benachrichtigt (nur vermerkt)',
    )
  })

  it('skips a person who cancelled after the message was queued', async () => {
    const { event, people } = await eventWithRegistrations(700)
    const response = await createNotice({
      event: event.id,
      audience: 'active',
      subject: 'Später',
      text: 'x',
    })
    const notice = (response.json as { doc: EventNotice }).doc
    await payload.jobs.run({ queue: 'mail', limit: 1 })
    expect(await outboxOf(notice.id)).toHaveLength(3)
    await payload.update({
      collection: 'form-submissions',
      id: people[1]!.id,
      data: { status: 'cancelled' },
      context: quietly,
    })
    await runQueue()
    expect(mailsTo(people[1]!.email!)).toHaveLength(0)
    const skipped = (await outboxOf(notice.id)).find((row) => row.submission === people[1]!.id)
    expect(skipped).toMatchObject({ status: 'skipped' })
    expect((await payload.findByID({ collection: 'event-notices', id: notice.id })).delivery).toBe(
      '2 von 3 versendet, 1 entfallen (nicht mehr angemeldet)',
    )
  })
})

describe('preview and test mail while writing', () => {
  let event: Event
  beforeAll(async () => {
    ;({ event } = await eventWithRegistrations(800))
  })
  const draft = () => ({
    event: event.id,
    audience: 'confirmed',
    subject: 'Bitte mitbringen: {{veranstaltung}}',
    text: 'Guten Tag {{name}}, bitte bringen Sie etwas mit.',
  })

  it('shows the number of recipients and the mail for an example person', async () => {
    const response = await api.request('POST', '/event-notices/preview', {
      token: coordinator.token,
      body: draft(),
    })
    expect(response.status).toBe(200)
    expect(response.json).toMatchObject({
      recipientCount: 2,
      recipients: 'Geht an 2 Personen, jede:r erhält eine eigene E-Mail.',
      subject: `Bitte mitbringen: ${event.title}`,
    })
    expect(response.json.text).toContain('Guten Tag Erika Beispiel')
    expect(response.json.text).not.toMatch(/person8\d\d@/)
    const stored = await payload.count({
      collection: 'event-notices',
      where: { event: { equals: event.id } },
    })
    expect(stored.totalDocs).toBe(0)
  })

  it('names the field that is too long, not an unknown event', async () => {
    const answer = async (body: Record<string, unknown>) =>
      (
        (await api.request('POST', '/event-notices/preview', { token: coordinator.token, body }))
          .json as { errors?: { message: string }[] }
      ).errors?.[0]?.message
    expect(await answer({ ...draft(), subject: 'x'.repeat(201) })).toBe(
      'Der Betreff darf höchstens 200 Zeichen lang sein.',
    )
    expect(await answer({ ...draft(), text: 'x'.repeat(10_001) })).toBe(
      'Der Text darf höchstens 10 000 Zeichen lang sein.',
    )
    expect(await answer({ ...draft(), event: 'abc' })).toBe(
      'Diese Veranstaltung gibt es nicht (mehr).',
    )
  })

  it('is for coordinators and admins only', async () => {
    for (const token of [editor.token, undefined])
      for (const path of ['/event-notices/preview', '/event-notices/test'])
        expect((await api.request('POST', path, { token, body: draft() })).status).toBe(403)
  })

  it('sends the test only to the signed-in person, and informs no registrant', async () => {
    const before = sink.received.length
    const response = await api.request('POST', '/event-notices/test', {
      token: coordinator.token,
      body: { ...draft(), to: 'person801@test.example' },
    })
    expect(response.status).toBe(200)
    await runQueue()
    await sink.waitFor(before + 1)
    const sent = sink.received.slice(before)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.envelopeTo).toEqual([coordinator.email])
    expect(sent[0]!.parsed.subject).toBe(`[Test] Bitte mitbringen: ${event.title}`)
    expect(sent[0]!.parsed.text).toContain('Guten Tag Erika Beispiel')
    const read = await payload.findByID({ collection: 'events', id: event.id, depth: 0 })
    expect(read.notices?.docs).toEqual([])
  })
})

describe('a notice whose preparation was given up', () => {
  it('says so and what to do, instead of "Wird vorbereitet …" for ever', async () => {
    const { event } = await eventWithRegistrations(900)
    const response = await createNotice({
      event: event.id,
      audience: 'active',
      subject: 'Raumänderung',
      text: 'Guten Tag {{name}}, wir treffen uns im Saal.',
    })
    const notice = (response.json as { doc: EventNotice }).doc
    const delivery = async () =>
      (await payload.findByID({ collection: 'event-notices', id: notice.id })).delivery
    expect(await delivery()).toBe('Wird vorbereitet …')
    // Its job used up its tries (or was abandoned too often) before it wrote a single mail.
    await connectionOf(payload).execute(sql`
      UPDATE payload_jobs SET has_error = true, processing = false,
        error = '{"message": "Datenbank nicht erreichbar"}'::jsonb
      WHERE task_slug = 'queueNoticeMails' AND input->>'noticeId' = ${String(notice.id)}`)
    expect(await delivery()).toBe(
      'Nicht versendet: Die Vorbereitung ist gescheitert. Bitte legen Sie die Mitteilung neu an.',
    )
  })
})
