import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { berlinDateKey } from '@/domain/dates'
import {
  registrationMunicipalities,
  registrationOrganisationKinds,
} from '@/domain/partnerCategories'
import type { Event, Form, FormSubmission } from '@/payload-types'
import { erasePersonData } from '@/privacy/personDataRequest'
import { applyRetention } from '@/privacy/applyRetention'

import { createApiClient } from '../helpers/api'
import { parseCsv } from '../helpers/csv'
import { createEvent, createRegistrationForm, person, submissionBody } from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'

const day = 24 * 60 * 60 * 1000

let payload: Payload
let api: Awaited<ReturnType<typeof createApiClient>>
let form: Form
let coordinator: Awaited<ReturnType<typeof createStaff>>
let admin: Awaited<ReturnType<typeof createStaff>>
let editor: Awaited<ReturnType<typeof createStaff>>
let eventA: Event
let eventB: Event
let eventAhead: Event

/** The seeded registration form's two category questions, on a form built for the test. */
const createFormWithCategories = async () => {
  const base = await createRegistrationForm(payload)
  return payload.update({
    collection: 'forms',
    id: base.id,
    data: {
      fields: [
        ...(base.fields ?? []),
        {
          blockType: 'select',
          name: 'municipality',
          label: 'Kommune',
          column: 'municipality',
          options: registrationMunicipalities.map((name) => ({ label: name, value: name })),
        },
        {
          blockType: 'select',
          name: 'organisationKind',
          label: 'Art der Organisation',
          column: 'organisationKind',
          options: registrationOrganisationKinds.map(({ value, label }) => ({ label, value })),
        },
        // An editor's mistake: free text into a category column.
        { blockType: 'text', name: 'wohnort', label: 'Wohnort', column: 'municipality' },
      ],
    },
  })
}

/** Trusted server-side create (staff entering a registration), so past events are allowed. */
const register = (event: Event, n: number, persons: number, extra: Record<string, string> = {}) =>
  payload.create({
    collection: 'form-submissions',
    data: {
      form: form.id,
      event: event.id,
      submissionData: Object.entries({ ...person(n, persons), ...extra }).map(([field, value]) => ({
        field,
        value: String(value),
      })),
    },
    context: { disableMail: true },
  })

const update = (doc: FormSubmission, data: Partial<FormSubmission>) =>
  payload.update({
    collection: 'form-submissions',
    id: doc.id,
    data,
    context: { disableMail: true },
  })

/** The endpoint's raw answer, byte order mark included. */
const download = async (query: string, token?: string) => {
  const { default: config } = await import('@payload-config')
  const { REST_GET } = await import('@payloadcms/next/routes')
  const request = new Request(
    `http://localhost:3000/api/form-submissions/auswertung.csv?${query}`,
    {
      headers: token ? { authorization: `JWT ${token}` } : {},
    },
  )
  const slug = ['form-submissions', 'auswertung.csv']
  const response = await REST_GET(config)(request, { params: Promise.resolve({ slug }) })
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
  return { response, text }
}

const figuresOf = async (query: string) => {
  const { response, text } = await download(query, coordinator.token)
  expect(response.status, text).toBe(200)
  const table = parseCsv(text.slice(1))
  const row = (group: string, value: string) =>
    table.find((cells) => cells[0] === group && cells[1] === value)?.slice(2)
  return { table, row }
}

const periodQuery = () =>
  new URLSearchParams({
    von: berlinDateKey(new Date(Date.now() - 120 * day)),
    bis: berlinDateKey(new Date(Date.now() - 90 * day)),
  }).toString()

beforeAll(async () => {
  payload = await testPayload()
  api = await createApiClient()
  coordinator = await createStaff(payload, 'coordinator')
  admin = await createStaff(payload, 'admin')
  editor = await createStaff(payload, 'editor')
  form = await createFormWithCategories()
  eventA = await createEvent(payload, form, { startsInDays: -100 })
  eventB = await createEvent(payload, form, { startsInDays: -95 })
  eventAhead = await createEvent(payload, form, { startsInDays: 30 })

  // The known data set: event A
  const arrived = await register(eventA, 1, 2, {
    municipality: 'Kyritz',
    organisationKind: 'education',
  })
  await update(arrived, { checkedIn: true })
  await register(eventA, 2, 1, { municipality: 'Neuruppin', organisationKind: 'none' })
  await register(eventA, 3, 3)
  const cancelled = await register(eventA, 4, 1, {
    municipality: 'Kyritz',
    organisationKind: 'education',
  })
  await update(cancelled, { status: 'cancelled' })
  // event B, in the same period
  const outside = await register(eventB, 5, 1, {
    municipality: 'außerhalb von OPR',
    organisationKind: 'administration',
  })
  await update(outside, { checkedIn: true })
  // ahead: outside the period
  await register(eventAhead, 6, 4, { municipality: 'Kyritz', organisationKind: 'business' })
})

describe('the figures for the funder', () => {
  it('counts one event by municipality and kind of organisation, as CSV for Excel', async () => {
    const { response, text } = await download(`veranstaltung=${eventA.id}`, coordinator.token)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="auswertung-netzwerktreffen-\d+\.csv"$/,
    )
    expect(text.startsWith('\uFEFF')).toBe(true)
    const { table, row } = await figuresOf(`veranstaltung=${eventA.id}`)
    expect(table[0]![1]).toContain(eventA.title)
    // registrations / confirmed persons / checked-in persons; the cancelled one is not counted
    expect(row('Gesamt', '')).toEqual(['3', '6', '2'])
    expect(row('Kommune', 'Kyritz')).toEqual(['1', '2', '2'])
    expect(row('Kommune', 'Neuruppin')).toEqual(['1', '1', '0'])
    expect(row('Kommune', 'keine Angabe')).toEqual(['1', '3', '0'])
    expect(row('Kommune', 'Rheinsberg')).toEqual(['0', '0', '0'])
    expect(row('Art der Organisation', 'Bildung / Schule')).toEqual(['1', '2', '2'])
    expect(row('Art der Organisation', 'keine / privat')).toEqual(['1', '1', '0'])
    expect(text).not.toContain('person1@test.example')
    expect(text).not.toContain('Person 1')
  })

  it('counts the events that start within a period', async () => {
    const { table, row } = await figuresOf(periodQuery())
    expect(table[0]![1]).toContain('(2 Veranstaltungen)')
    expect(row('Gesamt', '')).toEqual(['4', '7', '3'])
    expect(row('Kommune', 'außerhalb von OPR')).toEqual(['1', '1', '1'])
    expect(row('Art der Organisation', 'Verwaltung')).toEqual(['1', '1', '1'])
    expect(row('Art der Organisation', 'Wirtschaft')).toEqual(['0', '0', '0'])
  })

  it('still counts the registrations after the retention job has emptied them', async () => {
    const before = await figuresOf(periodQuery())
    const report = await applyRetention(payload)
    expect(report.registrations).toBe(5)
    const { docs } = await payload.find({
      collection: 'form-submissions',
      where: { event: { equals: eventA.id } },
      sort: 'id',
      depth: 0,
    })
    expect(docs.every((doc) => doc.anonymisedAt && !doc.name && !doc.email)).toBe(true)
    expect(docs[0]).toMatchObject({ municipality: 'Kyritz', organisationKind: 'education' })
    expect(docs[0]!.submissionData).toEqual([])
    const after = await figuresOf(periodQuery())
    expect(after.table).toEqual(before.table)
  })

  it('loses the categories of a person who asks for erasure (Art. 17 DSGVO)', async () => {
    const event = await createEvent(payload, form, { startsInDays: 10 })
    const doc = await register(event, 7, 1, {
      municipality: 'Fehrbellin',
      organisationKind: 'religion',
    })
    await erasePersonData(payload, 'person7@test.example', coordinator.user as never)
    const erased = await payload.findByID({ collection: 'form-submissions', id: doc.id })
    expect(erased).toMatchObject({ municipality: null, organisationKind: null, email: null })
  })
})

describe('only categories from the lists are stored', () => {
  it('refuses free text in the municipality column with a German 400', async () => {
    const event = await createEvent(payload, form)
    const { status, json } = await api.request('POST', '/form-submissions', {
      body: submissionBody(
        payload,
        form,
        { ...person(8), wohnort: 'Hauptstraße 5, Kyritz' },
        event,
      ),
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('Bitte wählen Sie eine Kommune aus der Liste.')
    const { totalDocs } = await payload.count({
      collection: 'form-submissions',
      where: { email: { equals: 'person8@test.example' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('stores no free text a coordinator writes into either column', async () => {
    const event = await createEvent(payload, form)
    const doc = await register(event, 9, 1)
    for (const body of [{ municipality: 'Bei Oma' }, { organisationKind: 'Sportverein' }]) {
      // Both are derived from the answers on arrival: no request writes them (forged-fields).
      const { status } = await api.request('PATCH', `/form-submissions/${doc.id}`, {
        token: coordinator.token,
        body,
      })
      expect(status).toBe(200)
    }
    const stored = await payload.findByID({ collection: 'form-submissions', id: doc.id, depth: 0 })
    expect(stored.municipality).toBe(doc.municipality)
    expect(stored.organisationKind).toBe(doc.organisationKind)
  })
})

describe('who may see the figures', () => {
  it('asks to sign in without a login and refuses editors', async () => {
    const query = `veranstaltung=${eventA.id}`
    const signedOut = await download(query)
    expect(signedOut.response.status).toBe(401)
    expect(signedOut.text).toContain('Bitte melden Sie sich an')
    const asEditor = await download(query, editor.token)
    expect(asEditor.response.status).toBe(403)
    expect(asEditor.text).toContain('nur Koordination und Administration')
    // refused whatever they ask for, not told how to ask better (was 400 for these)
    for (const hostile of ['', 'veranstaltung=abc', 'von=2026-12-31&bis=2026-01-01']) {
      const refused = await download(hostile, editor.token)
      expect(refused.response.status, hostile).toBe(403)
      expect(refused.text).toContain('nur Koordination und Administration')
    }
    expect((await download(query, admin.token)).response.status).toBe(200)
  })

  it('answers an unknown event with 404 and a bad period with 400, in German', async () => {
    const unknown = await download('veranstaltung=999999', coordinator.token)
    expect(unknown.response.status).toBe(404)
    expect(unknown.text).toContain('Diese Veranstaltung gibt es nicht.')
    const backwards = await download('von=2026-12-31&bis=2026-01-01', coordinator.token)
    expect(backwards.response.status).toBe(400)
    expect(backwards.text).toContain('endet vor seinem Anfang')
    const none = await download('', coordinator.token)
    expect(none.response.status).toBe(400)
    expect(none.text).toContain('Bitte wählen Sie eine Veranstaltung oder einen Zeitraum.')
  })
})
