import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { formatTime } from '@/domain/dates'
import type { Form } from '@/payload-types'

import { createApiClient } from '../helpers/api'
import { parseCsv } from '../helpers/csv'
import { createEvent, createRegistrationForm, person, submitAsPublic } from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'

let payload: Payload
let api: Awaited<ReturnType<typeof createApiClient>>
let form: Form
let coordinator: Awaited<ReturnType<typeof createStaff>>
let admin: Awaited<ReturnType<typeof createStaff>>
let editor: Awaited<ReturnType<typeof createStaff>>

beforeAll(async () => {
  payload = await testPayload()
  api = await createApiClient()
  admin = await createStaff(payload, 'admin')
  coordinator = await createStaff(payload, 'coordinator')
  editor = await createStaff(payload, 'editor')
  form = await createRegistrationForm(payload)
})

/** The endpoint's raw answer, byte order mark included. */
const download = async (eventId: number | string, token?: string) => {
  const { default: config } = await import('@payload-config')
  const { REST_GET } = await import('@payloadcms/next/routes')
  const path = `/events/${eventId}/door-list.csv`
  const request = new Request(`http://localhost:3000/api${path}`, {
    headers: token ? { authorization: `JWT ${token}` } : {},
  })
  const slug = path.split('/').filter(Boolean)
  const response = await REST_GET(config)(request, { params: Promise.resolve({ slug }) })
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
  return { response, text }
}

describe('the door list as CSV', () => {
  it('lists the confirmed registrations for German Excel, formulas defused, check-in times in', async () => {
    const event = await createEvent(payload, form, { capacity: 3 })
    const hostile = await submitAsPublic(
      payload,
      form,
      {
        name: '=HYPERLINK("böse";"Klick")',
        email: 'formel@test.example',
        organisation: '@SUMME(A1:A9)',
        persons: 2,
        supportNeeds: '+49 Rollstuhl; Rampe\nbitte',
      },
      event,
    )
    const arrived = await submitAsPublic(
      payload,
      form,
      { ...person(1), name: 'Jürgen Groß' },
      event,
    )
    const waiting = await submitAsPublic(payload, form, { ...person(2), name: 'Wartende' }, event)
    expect(waiting.status).toBe('waitlisted')
    const checkIn = await api.request('PATCH', `/form-submissions/${arrived.id}`, {
      token: coordinator.token,
      body: { checkedIn: true },
    })
    expect(checkIn.status).toBe(200)
    const { checkedInAt } = await payload.findByID({
      collection: 'form-submissions',
      id: arrived.id,
      depth: 0,
    })

    const { response, text } = await download(event.id, coordinator.token)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`attachment; filename="teilnehmerliste-${event.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"`),
    )
    expect(text.startsWith('\uFEFF')).toBe(true)
    const [header, ...rows] = parseCsv(text.slice(1))
    expect(header).toEqual([
      'Nr.',
      'Name',
      'Organisation',
      'Personen',
      'Unterstützungsbedarf',
      'Eingecheckt',
      'Unterschrift',
    ])
    // sorted by name like the printed list; the waiting list is not expected at the door
    expect(rows).toEqual([
      [
        '1',
        `'=HYPERLINK("böse";"Klick")`,
        `'@SUMME(A1:A9)`,
        '2',
        `'+49 Rollstuhl; Rampe\nbitte`,
        '',
        '',
      ],
      ['2', 'Jürgen Groß', '', '1', '', `${formatTime(checkedInAt!)} Uhr`, ''],
    ])
    expect(text).not.toContain('formel@test.example')
    expect(hostile.status).toBe('confirmed')
  })

  it('is for coordinators and admins only', async () => {
    const event = await createEvent(payload, form)
    await submitAsPublic(payload, form, person(3), event)
    expect((await download(event.id, admin.token)).response.status).toBe(200)
    for (const token of [undefined, editor.token]) {
      const { response, text } = await download(event.id, token)
      expect(response.status).toBe(403)
      expect(text).not.toContain('Person 3')
      expect(text).toContain('nur Koordination und Administration')
    }
  })

  it('answers 404 for an event that does not exist, without an error page', async () => {
    for (const id of [999_999, 'abc']) {
      const { response } = await download(id, coordinator.token)
      expect(response.status).toBe(404)
    }
  })
})
