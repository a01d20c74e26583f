import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { clientAddressHeader } from '@/domain/http/clientAddress'
import { issueFormToken } from '@/domain/forms/spam'
import type { Event, Form } from '@/payload-types'

import { createApiClient } from '../helpers/api'
import {
  createContactForm,
  createEvent,
  createRegistrationForm,
  person,
  submissionBody,
} from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'

let payload: Payload
let api: Awaited<ReturnType<typeof createApiClient>>
let registration: Form
let contact: Form
let event: Event
let tokens: Record<'coordinator' | 'editor' | 'admin', string>
let existingId: number

const count = async () => (await payload.count({ collection: 'form-submissions' })).totalDocs
let ipCounter = 0
const freshIp = () => ({ [clientAddressHeader]: `198.51.100.${++ipCounter}` })

const post = (body: unknown, headers: Record<string, string> = freshIp()) =>
  api.request('POST', '/form-submissions', { body, headers })

const messagesOf = (json: Record<string, unknown>) => JSON.stringify(json)

beforeAll(async () => {
  // Small limits so the test can reach them; read when the config is first imported.
  process.env.FORM_RATE_LIMIT_PER_IP = '3'
  process.env.FORM_RATE_LIMIT_PER_EMAIL = '2'
  payload = await testPayload()
  api = await createApiClient()
  tokens = {
    admin: (await createStaff(payload, 'admin')).token,
    coordinator: (await createStaff(payload, 'coordinator')).token,
    editor: (await createStaff(payload, 'editor')).token,
  }
  registration = await createRegistrationForm(payload)
  contact = await createContactForm(payload)
  event = await createEvent(payload, registration, { capacity: 100 })
  await post(submissionBody(payload, registration, person(1), event))
  existingId = (
    await payload.find({
      collection: 'form-submissions',
      where: { email: { equals: 'person1@test.example' } },
    })
  ).docs[0]!.id
})

describe('the public may create a submission over REST', () => {
  it('through every guard, getting status 201 and a receipt that names nothing stored', async () => {
    const response = await post(submissionBody(payload, registration, person(2, 2), event))
    expect(response.status).toBe(201)
    expect(response.json.doc).toEqual({ kind: 'registration' })
    const [stored] = (
      await payload.find({
        collection: 'form-submissions',
        where: { email: { equals: 'person2@test.example' } },
      })
    ).docs
    expect(stored).toMatchObject({ status: 'confirmed', persons: 2, kind: 'registration' })
  })

  it('gets a receipt for any kind of form, never the stored document with its id', async () => {
    const response = await post(
      submissionBody(payload, contact, { email: 'receipt@test.example', message: 'Hallo' }),
    )
    expect(response.status).toBe(201)
    expect(response.json.doc).toEqual({ kind: 'contact' })
  })

  it('stores nothing for an address already registered, and answers as for a new one', async () => {
    const before = await count()
    const response = await post(submissionBody(payload, registration, person(1), event))
    expect(response.status).toBe(201)
    expect(response.json.doc).toEqual({ kind: 'registration' })
    expect(await count()).toBe(before)
  })
})

describe('the public can never read, list, change or delete submissions', () => {
  it.each([
    ['GET', 'list'],
    ['GET', 'one'],
    ['PATCH', 'one'],
    ['DELETE', 'one'],
    ['GET', 'outbox'],
  ] as const)('%s %s → 403', async (method, target) => {
    const path = {
      list: '/form-submissions',
      one: `/form-submissions/${existingId}`,
      outbox: '/mail-messages',
    }[target]
    const response = await api.request(method, path, {
      body: method === 'PATCH' ? { status: 'cancelled' } : undefined,
    })
    expect(response.status).toBe(403)
    expect(messagesOf(response.json)).not.toContain('person1@test.example')
  })

  it('editors (communications staff) cannot read them either; coordinators can', async () => {
    const asEditor = await api.request('GET', '/form-submissions', { token: tokens.editor })
    expect(asEditor.status).toBe(403)
    const asCoordinator = await api.request('GET', '/form-submissions', {
      token: tokens.coordinator,
    })
    expect(asCoordinator.status).toBe(200)
    expect(messagesOf(asCoordinator.json)).toContain('person1@test.example')
  })
})

describe('spam protection', () => {
  it('refuses a filled honeypot, a missing, foreign or stale token and a form sent too fast', async () => {
    const before = await count()
    const valid = submissionBody(payload, contact, { email: 'a@test.example', message: 'Hallo' })
    const cases = [
      { ...valid, website: 'https://spam.example' },
      { ...valid, formToken: undefined },
      {
        ...valid,
        formToken: issueFormToken(registration.id, payload.secret, new Date(Date.now() - 60_000)),
      },
      { ...valid, formToken: issueFormToken(contact.id, payload.secret) },
      // harvested from the page four hours ago
      {
        ...valid,
        formToken: issueFormToken(contact.id, payload.secret, new Date(Date.now() - 4 * 3600_000)),
      },
    ]
    for (const body of cases) {
      const response = await post(body)
      expect(response.status).toBe(400)
      expect(messagesOf(response.json)).toMatch(/Einsendung|Formular|schnell/)
    }
    expect(await count()).toBe(before)
  })

  it('limits submissions per address (429, in German), counting across app instances in PostgreSQL', async () => {
    const ip = { [clientAddressHeader]: '203.0.113.50' }
    const send = (n: number) =>
      post(submissionBody(payload, contact, { email: `ip${n}@test.example`, message: 'Hallo' }), ip)
    expect((await send(1)).status).toBe(201)
    expect((await send(2)).status).toBe(201)
    expect((await send(3)).status).toBe(201)
    const blocked = await send(4)
    expect(blocked.status).toBe(429)
    expect(messagesOf(blocked.json)).toContain('sehr viele Einsendungen')
    // Another sender is not affected.
    const other = await post(
      submissionBody(payload, contact, { email: 'other@test.example', message: 'Hallo' }),
    )
    expect(other.status).toBe(201)
  })

  it('limits submissions per e-mail address, whatever the IP', async () => {
    const send = () =>
      post(submissionBody(payload, contact, { email: 'Viel@Test.Example', message: 'Hallo' }))
    expect((await send()).status).toBe(201)
    expect((await send()).status).toBe(201)
    expect((await send()).status).toBe(429)
  })
})

describe('hostile input', () => {
  const base = () => submissionBody(payload, contact, { email: 'h@test.example', message: 'Hallo' })
  const withAnswer = (field: string, value: unknown) => {
    const body = base()
    return {
      ...body,
      submissionData: [...body.submissionData.filter((a) => a.field !== field), { field, value }],
    }
  }
  it.each([
    ['a script tag in the name', () => withAnswer('name', '<script>alert(1)</script>')],
    ['CR/LF in the name', () => withAnswer('name', 'Max\r\nBcc: opfer@test.example')],
    // (a body over 1 MB is refused before Payload reads it: tests/int/api-requests.test.ts)
    ['a message of 500 000 characters', () => withAnswer('message', 'x'.repeat(500_000))],
    ['a direction override', () => withAnswer('name', 'Admin\u202Etxt.exe')],
    ['an unpaired surrogate', () => withAnswer('name', 'Zoë \uD83D')],
    ['an Arabic letter mark', () => withAnswer('name', 'Max\u061CMuster')],
    ['a word joiner', () => withAnswer('name', 'Max\u2060Muster')],
    ['a Hangul filler as the whole name', () => withAnswer('name', '\u3164')],
    ['tag characters', () => withAnswer('name', 'Max\u{E0041}\u{E0042}')],
    ['a long run of combining marks', () => withAnswer('name', 'Ma' + '\u0301\u0316'.repeat(10))],
    ['an answer named __proto__', () => withAnswer('__proto__', 'x')],
    ['an object as a value', () => withAnswer('name', { $gt: '' })],
    ['an invalid e-mail', () => withAnswer('email', 'nicht-mit-mir')],
    ['an answer for a field the form lacks', () => withAnswer('isAdmin', 'true')],
    ['a client-supplied status', () => ({ ...base(), status: 'confirmed' })],
    ['a client-supplied internal note', () => ({ ...base(), internalNote: 'x' })],
    ['answers that are not a list', () => ({ ...base(), submissionData: 'name=x' })],
    [
      '10 000 answers',
      () => ({
        ...base(),
        submissionData: Array.from({ length: 10_000 }, (_, i) => ({ field: `f${i}`, value: 'x' })),
      }),
    ],
    ['a form that does not exist', () => ({ ...base(), form: 999_999 })],
    ['no form at all', () => ({ ...base(), form: undefined })],
  ] as [string, () => unknown][])('%s → 400 and nothing stored', async (_, body) => {
    const before = await count()
    const response = await post(body())
    expect(response.status).toBe(400)
    expect(await count()).toBe(before)
  })

  it('names the broken field with a German message', async () => {
    const response = await post(withAnswer('email', 'nicht-mit-mir'))
    expect(messagesOf(response.json)).toContain('gültige E-Mail-Adresse')
  })
})
