import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { formatDate, formatEventDateRange } from '@/domain/dates'
import type { Event, Form } from '@/payload-types'

import {
  createContactForm,
  createEvent,
  createRegistrationForm,
  submitAsPublic,
} from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'

let payload: Payload
let coordinator: Awaited<ReturnType<typeof createStaff>>
let editorToken: string
let event: Event

const day = 24 * 60 * 60 * 1000
const email = 'betroffen@test.example'
const documentPath = `/data-requests/document?email=${encodeURIComponent(email)}`

/** A GET through the app's real REST route, as the admin's link opens it. */
const open = async (path: string, token?: string) => {
  const { default: config } = await import('@payload-config')
  const { REST_GET } = await import('@payloadcms/next/routes')
  const request = new Request(`http://localhost:3000/api${path}`, {
    headers: token ? { authorization: `JWT ${token}` } : {},
  })
  const slug = path.split('?')[0]!.split('/').filter(Boolean)
  const response = await REST_GET(config)(request, { params: Promise.resolve({ slug }) })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

const accessLogSize = async () => (await payload.count({ collection: 'data-requests' })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  coordinator = await createStaff(payload, 'coordinator')
  editorToken = (await createStaff(payload, 'editor')).token
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      office: {
        name: 'Koordinierungs- und Fachstelle',
        organisation: 'Landkreis Ostprignitz-Ruppin',
        street: 'Virchowstr. 14-16',
        postalCode: '16816',
        city: 'Neuruppin',
        email: 'buero@opr.example',
      },
      funding: { ministryName: 'Bundesministerium', disclaimer: 'Haftungshinweis' },
    },
    context: { disableRevalidate: true },
  })
  const form: Form = await createRegistrationForm(payload)
  const contact: Form = await createContactForm(payload)
  event = await createEvent(payload, form)
  await submitAsPublic(
    payload,
    form,
    {
      name: 'Betroffene Person',
      organisation: 'Verein',
      email,
      persons: 2,
      supportNeeds: 'Rampe & Induktionsschleife',
      photos: true,
    },
    event,
  )
  const message = await submitAsPublic(payload, contact, {
    email,
    message: 'Bitte schicken Sie mir meine Daten.',
  })
  await payload.update({
    collection: 'form-submissions',
    id: message.id,
    data: { status: 'done' },
    user: coordinator.user,
    overrideAccess: false,
  })
  // Today's form rules refuse markup, but stored text may come from elsewhere (older rows, a
  // restored backup, an editor's label); the document must not trust it either.
  await payload.db.drizzle.execute(sql`
    update form_submissions_submission_data set value = case field
      when 'name' then '<script>alert(1)</script>'
      when 'organisation' then '<img src=x onerror=alert(1)>'
      else '</dd></dl><b>fett</b>' end
    where field in ('name', 'organisation', 'message')
      and _parent_id in (select id from form_submissions where email = ${email})`)
  await payload.update({
    collection: 'forms',
    id: form.id,
    data: {
      fields: form.fields!.map((field) =>
        'name' in field && field.name === 'persons'
          ? { ...field, label: 'Personen <i onmouseover=alert(2)>' }
          : field,
      ),
    },
  })
  await submitAsPublic(payload, contact, { email: 'jemand@test.example', message: 'Andere Person' })
})

describe('Art. 15 document for a person', () => {
  it('tells a coordinator everything stored, in German, with the stored text escaped', async () => {
    const { status, headers, text } = await open(documentPath, coordinator.token)
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(headers.get('cache-control')).toBe('private, no-store')
    expect(headers.get('x-robots-tag')).toBe('noindex, nofollow')

    expect(text).toContain('<h1>Auskunft nach Art. 15 DSGVO</h1>')
    expect(text).toMatch(/Ausgestellt am \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr/)
    expect(text).toContain('Virchowstr. 14-16<br>16816 Neuruppin')
    expect(text).toContain(`Anmeldung: ${event.title}`)
    expect(text).toContain(formatEventDateRange(event.start, event.end))
    expect(text).toContain('<dt>Nachricht</dt>')
    expect(text).toContain('<dt>Unterstützungsbedarf</dt><dd>Rampe &amp; Induktionsschleife</dd>')
    expect(text).toContain('<dt>Fotos dürfen genutzt werden (freiwillig)</dt>')
    expect(text).toMatch(
      /<dt>Fotos bei der Veranstaltung<\/dt><dd>.*erteilt am \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr · nicht widerrufen/,
    )
    // Default periods: registrations 90 days after the event, support needs right after it.
    const eventEnd = new Date(event.end).getTime()
    expect(text).toContain(
      `<dt>Löschung der Personendaten</dt><dd>ab ${formatDate(new Date(eventEnd + 90 * day))}, automatisch in der Nacht</dd>`,
    )
    expect(text).toContain(
      `<dt>Löschung des Unterstützungsbedarfs</dt><dd>ab ${formatDate(event.end)}, automatisch in der Nacht</dd>`,
    )
    expect(text).toContain('Status bei Eingang: bestätigt')
    expect(text).toContain('eingegangen → erledigt · durch die Koordinierungsstelle')
    expect(text).not.toContain(coordinator.email)
    expect(text).toContain('Anmeldebestätigung')
    expect(text).toContain('Eingangsbestätigung')
    expect(text).toContain('Landesbeauftragte für den Datenschutz')
    expect(text).toContain(`href="/api/data-requests/export?email=${encodeURIComponent(email)}"`)

    // Nothing of the storage's English vocabulary, and nobody else's data.
    expect(text).not.toMatch(/registration|partnership|submissionData|confirmed|photos|"kind"/)
    expect(text).not.toContain('jemand@test.example')
    expect(text).not.toContain('Andere Person')

    // The public typed these; they must arrive as text, never as markup.
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(text).toContain('&lt;/dd&gt;&lt;/dl&gt;&lt;b&gt;fett&lt;/b&gt;')
    expect(text).toContain('<dt>Personen &lt;i onmouseover=alert(2)&gt;</dt><dd>2</dd>')
    expect(text).not.toMatch(/<script|<img|<b>|<i /i)
  })

  it('records every opening in the log of data requests, without the address', async () => {
    const before = await accessLogSize()
    await open(documentPath, coordinator.token)
    const log = await payload.find({ collection: 'data-requests', sort: '-createdAt', limit: 1 })
    expect(await accessLogSize()).toBe(before + 1)
    expect(log.docs[0]).toMatchObject({ kind: 'export', submissions: 2 })
    expect(JSON.stringify(log.docs)).not.toContain('betroffen')
  })

  it('opens for an admin as for a coordinator', async () => {
    const admin = await createStaff(payload, 'admin')
    const { status, text } = await open(documentPath, admin.token)
    expect(status).toBe(200)
    expect(text).toContain('<h1>Auskunft nach Art. 15 DSGVO</h1>')
  })

  it('refuses anyone but coordinators and admins, and logs nothing for them', async () => {
    const before = await accessLogSize()
    for (const token of [undefined, editorToken]) {
      const { status, text } = await open(documentPath, token)
      expect(status).toBe(403)
      // The endpoint's own refusal, before any search (the service and the collection refuse too).
      expect(JSON.parse(text).errors[0].message).toBe(
        'Keine Berechtigung für Datenschutz-Anfragen.',
      )
      expect(text).not.toContain('alert(1)')
    }
    expect(await accessLogSize()).toBe(before)
  })
})
