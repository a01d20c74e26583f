import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Form } from '@/payload-types'
import { participantsOf } from '@/registration/participants'

import { createApiClient } from '../helpers/api'
import { parseCsv } from '../helpers/csv'
import {
  createContactForm,
  createEvent,
  createRegistrationForm,
  person,
  submitAsPublic,
} from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'

let payload: Payload
let api: Awaited<ReturnType<typeof createApiClient>>
let form: Form
let contact: Form
let coordinator: Awaited<ReturnType<typeof createStaff>>
let editorToken: string

beforeAll(async () => {
  payload = await testPayload()
  api = await createApiClient()
  await createStaff(payload, 'admin')
  coordinator = await createStaff(payload, 'coordinator')
  editorToken = (await createStaff(payload, 'editor')).token
  form = await createRegistrationForm(payload)
  contact = await createContactForm(payload)
})

const statusOf = async (id: number) =>
  (await payload.findByID({ collection: 'form-submissions', id, depth: 0 })).status

const bulk = (ids: number[], status: string) =>
  api.request(
    'PATCH',
    `/form-submissions?${ids.map((id, i) => `where[id][in][${i}]=${id}`).join('&')}`,
    {
      token: coordinator.token,
      body: { status },
    },
  )

describe('bulk status changes follow the registration rules', () => {
  it('cancelling several frees their seats and promotes the waiting list, with mails', async () => {
    const event = await createEvent(payload, form, { capacity: 2 })
    const [a, b, c, d] = [
      await submitAsPublic(payload, form, person(1), event),
      await submitAsPublic(payload, form, person(2), event),
      await submitAsPublic(payload, form, person(3), event),
      await submitAsPublic(payload, form, person(4), event),
    ]
    const response = await bulk([a.id, b.id], 'cancelled')
    expect(response.json.errors ?? []).toEqual([])
    expect(response.status).toBe(200)
    expect(await Promise.all([a, b, c, d].map((s) => statusOf(s.id)))).toEqual([
      'cancelled',
      'cancelled',
      'confirmed',
      'confirmed',
    ])
    const promotionMails = await payload.count({
      collection: 'mail-messages',
      where: { and: [{ template: { equals: 'promotion' } }, { submission: { in: [c.id, d.id] } }] },
    })
    expect(promotionMails.totalDocs).toBe(2)
  })

  it('confirming several cannot overbook: those without a seat stay where they are', async () => {
    const event = await createEvent(payload, form, { capacity: 2 })
    await submitAsPublic(payload, form, person(10), event)
    const waiting = [
      await submitAsPublic(payload, form, person(11), event),
      await submitAsPublic(payload, form, person(12), event),
      await submitAsPublic(payload, form, person(13), event),
    ]
    const response = await bulk(
      waiting.map((s) => s.id),
      'confirmed',
    )
    expect(JSON.stringify(response.json)).toContain('Nicht genug freie Plätze')
    const statuses = await Promise.all(waiting.map((s) => statusOf(s.id)))
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(1)
    const confirmedPersons = (await participantsOf(payload, event.id, coordinator.user)).persons
    expect(confirmedPersons).toBe(2)
  })
  it('deleting several confirmed ones promotes the waiting list, each person once', async () => {
    const event = await createEvent(payload, form, { capacity: 2 })
    const [a, b, c, d, e] = [
      await submitAsPublic(payload, form, person(30), event),
      await submitAsPublic(payload, form, person(31), event),
      await submitAsPublic(payload, form, person(32), event),
      await submitAsPublic(payload, form, person(33), event),
      await submitAsPublic(payload, form, person(34), event),
    ]
    const response = await api.request(
      'DELETE',
      `/form-submissions?where[id][in][0]=${a.id}&where[id][in][1]=${b.id}`,
      { token: coordinator.token },
    )
    // Payload deletes the documents concurrently: both promotions promoted the same person, and
    // the whole deletion failed with "Something went wrong.".
    expect(response.json.errors ?? []).toEqual([])
    expect(response.status).toBe(200)
    expect(
      await payload.count({ collection: 'form-submissions', where: { id: { in: [a.id, b.id] } } }),
    ).toMatchObject({ totalDocs: 0 })
    expect(await Promise.all([c, d, e].map((s) => statusOf(s.id)))).toEqual([
      'confirmed',
      'confirmed',
      'waitlisted',
    ])
    const promotionMails = await payload.count({
      collection: 'mail-messages',
      where: { template: { equals: 'promotion' }, submission: { in: [c.id, d.id, e.id] } },
    })
    expect(promotionMails.totalDocs).toBe(2)
  })
})

describe('export', () => {
  it('gives CSV that German Excel opens: BOM, ; separators, quoting, defused formulas, umlauts', async () => {
    const event = await createEvent(payload, form, { capacity: 10 })
    await submitAsPublic(
      payload,
      form,
      {
        // (a web address in a name is refused now, so the formula carries none)
        name: '=HYPERLINK("böse";"Klick")',
        organisation: 'Verein; „Nord“ "e.V."',
        email: 'csv@test.example',
        persons: 2,
        supportNeeds: 'Zeile eins\nZeile zwei',
      },
      event,
    )
    await submitAsPublic(payload, form, { ...person(20), name: 'Jürgen Groß' }, event)
    const response = await api.request(
      'GET',
      `/form-submissions/export?format=csv&where[event][equals]=${event.id}`,
      {
        token: coordinator.token,
      },
    )
    expect(response.status).toBe(200)
    const raw = await fetchText(
      `/form-submissions/export?format=csv&where[event][equals]=${event.id}`,
    )
    expect(raw.startsWith('\uFEFF')).toBe(true)
    const [header, ...rows] = parseCsv(raw.slice(1))
    expect(header!.slice(0, 3)).toEqual(['Nr.', 'Eingegangen', 'Art'])
    expect(rows).toHaveLength(2)
    const byName = Object.fromEntries(rows.map((r) => [r[header!.indexOf('E-Mail')], r]))
    const hostile = byName['csv@test.example']!
    expect(hostile[header!.indexOf('Name')]).toBe(`'=HYPERLINK("böse";"Klick")`)
    expect(hostile[header!.indexOf('Organisation')]).toBe('Verein; „Nord“ "e.V."')
    expect(hostile[header!.indexOf('Unterstützungsbedarf')]).toBe('Zeile eins\nZeile zwei')
    expect(hostile[header!.indexOf('Veranstaltung')]).toBe(event.title)
    expect(hostile[header!.indexOf('Status')]).toBe('bestätigt')
    expect(byName['person20@test.example']![header!.indexOf('Name')]).toBe('Jürgen Groß')
  })

  it('streams 10 000 rows in batches, as JSON too, and only to coordinators', async () => {
    const db = (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } })
      .drizzle
    await db.execute(sql`
      INSERT INTO form_submissions (form_id, kind, status, name, email, message, created_at, updated_at)
      SELECT ${contact.id}, 'contact', 'received', 'Massen ' || n, 'massen' || n || '@test.example', 'Hallo', now(), now()
      FROM generate_series(1, 10000) AS n`)
    const where = `where[form][equals]=${contact.id}`
    const csv = await fetchText(`/form-submissions/export?format=csv&${where}`)
    expect(parseCsv(csv.slice(1))).toHaveLength(10_001)
    const json = JSON.parse(
      await fetchText(`/form-submissions/export?format=json&${where}&search=massen9999`),
    )
    expect(json).toHaveLength(1)
    expect(json[0]).toMatchObject({
      Name: 'Massen 9999',
      'E-Mail': 'massen9999@test.example',
      Art: 'Kontakt',
    })
    for (const token of [undefined, editorToken])
      expect(
        (await api.request('GET', `/form-submissions/export?format=csv`, { token })).status,
      ).toBe(403)
  })
})

const fetchText = async (path: string) => {
  const { default: config } = await import('@payload-config')
  const { REST_GET } = await import('@payloadcms/next/routes')
  const request = new Request(`http://localhost:3000/api${path}`, {
    headers: { authorization: `JWT ${coordinator.token}` },
  })
  const slug = path.split('?')[0]!.split('/').filter(Boolean)
  const response = await REST_GET(config)(request, { params: Promise.resolve({ slug }) })
  // Decoded without dropping the byte order mark, which the test wants to see.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
}

describe('participant list and check-in', () => {
  it('lists the confirmed people only and records who checked someone in, and when', async () => {
    const event = await createEvent(payload, form, { capacity: 3 })
    const a = await submitAsPublic(
      payload,
      form,
      { ...person(30, 2), supportNeeds: 'Rampe' },
      event,
    )
    const b = await submitAsPublic(payload, form, person(31, 2), event)
    const c = await submitAsPublic(payload, form, person(32, 1), event)
    await payload.update({
      collection: 'form-submissions',
      id: c.id,
      data: { status: 'cancelled' },
    })
    const list = await participantsOf(payload, event.id, coordinator.user)
    expect(list.participants.map((p) => p.name)).toEqual(['Person 30'])
    expect(list.persons).toBe(2)
    expect(b.status).toBe('waitlisted')

    const checkIn = await api.request('PATCH', `/form-submissions/${a.id}`, {
      token: coordinator.token,
      body: { checkedIn: true },
    })
    expect(checkIn.status).toBe(200)
    const doc = await payload.findByID({ collection: 'form-submissions', id: a.id, depth: 0 })
    expect(doc.checkedInBy).toBe(coordinator.user.id)
    expect(Date.now() - new Date(doc.checkedInAt!).getTime()).toBeLessThan(60_000)
    expect((await participantsOf(payload, event.id, coordinator.user)).checkedInPersons).toBe(2)

    const waitlisted = await api.request('PATCH', `/form-submissions/${b.id}`, {
      token: coordinator.token,
      body: { checkedIn: true },
    })
    expect(waitlisted.status).toBe(400)
    expect(JSON.stringify(waitlisted.json)).toContain('nur bestätigte Anmeldungen')
  })
})

describe('person data requests (Art. 15 / 17 DSGVO)', () => {
  it('find, export and erase exactly one person’s records, logging only counts', async () => {
    const event = await createEvent(payload, form, { capacity: 1 })
    await submitAsPublic(payload, form, { ...person(40), email: 'Betroffen@Test.example' }, event)
    const other = await submitAsPublic(payload, form, person(41), event)
    await payload.create({
      collection: 'form-submissions',
      data: {
        form: contact.id,
        submissionData: [
          { field: 'email', value: 'betroffen@test.example' },
          { field: 'message', value: 'Bitte löschen Sie meine Daten.' },
        ],
      },
    })
    expect(other.status).toBe('waitlisted')

    const exported = await fetchText('/data-requests/export?email=betroffen%40test.example')
    const data = JSON.parse(exported)
    expect(data.submissions).toHaveLength(2)
    expect(data.mails.length).toBeGreaterThanOrEqual(2)
    expect(exported).not.toContain('person41@test.example')

    const mismatch = await api.request('POST', '/data-requests/erase', {
      token: coordinator.token,
      body: { email: 'betroffen@test.example', confirmEmail: 'jemand@test.example' },
    })
    expect(mismatch.status).toBe(400)
    const erased = await api.request('POST', '/data-requests/erase', {
      token: coordinator.token,
      body: { email: 'betroffen@test.example', confirmEmail: 'BETROFFEN@test.example ' },
    })
    expect(erased.status).toBe(200)
    expect(erased.json.erased).toMatchObject({ submissions: 2 })

    const left = await payload.find({
      collection: 'form-submissions',
      where: { email: { like: 'betroffen' } },
    })
    expect(left.totalDocs).toBe(0)
    const mailsLeft = await payload.find({
      collection: 'mail-messages',
      where: { to: { like: 'betroffen' } },
    })
    expect(mailsLeft.totalDocs).toBe(0)
    // The other person keeps everything and gets the freed seat.
    expect(await statusOf(other.id)).toBe('confirmed')
    expect((await payload.findByID({ collection: 'form-submissions', id: other.id })).email).toBe(
      'person41@test.example',
    )
    const log = await payload.find({ collection: 'data-requests', sort: 'createdAt' })
    expect(log.docs.map((entry) => entry.kind)).toEqual(['export', 'erase'])
    expect(log.docs[1]).toMatchObject({
      submissions: 2,
      by: expect.objectContaining({ id: coordinator.user.id }),
    })
    expect(JSON.stringify(log.docs)).not.toContain('betroffen')

    expect(
      (await api.request('POST', '/data-requests/erase', { token: editorToken, body: {} })).status,
    ).toBe(403)
  })
})
