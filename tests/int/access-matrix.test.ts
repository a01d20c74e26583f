import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createApiClient } from '../helpers/api'
import {
  createEvent,
  createRegistrationForm,
  person,
  submissionBody,
  submitAsPublic,
} from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'

type Role = 'public' | 'editor' | 'coordinator' | 'admin'
type Operation = 'read' | 'create' | 'update' | 'delete'

let payload: Payload
let api: Awaited<ReturnType<typeof createApiClient>>
const tokens: Partial<Record<Role, string>> = {}
const ids: Record<string, number> = {}

/** Who may do what — the roles of the office as the README describes them. */
const allowed: Record<string, Record<Operation, Role[]>> = {
  'form-submissions': {
    read: ['coordinator', 'admin'],
    // The public sends forms (through every guard), coordinators may enter one under the same
    // seat rules; editors (communications staff) create none. Only coordinators read them back.
    create: ['public', 'coordinator', 'admin'],
    update: ['coordinator', 'admin'],
    delete: ['coordinator', 'admin'],
  },
  'mail-messages': { read: ['coordinator', 'admin'], create: [], update: [], delete: ['admin'] },
  'data-requests': { read: ['coordinator', 'admin'], create: [], update: [], delete: ['admin'] },
  forms: {
    read: ['public', 'editor', 'coordinator', 'admin'],
    create: ['editor', 'admin'],
    update: ['editor', 'admin'],
    delete: ['editor', 'admin'],
  },
  'rate-limit-buckets': { read: ['admin'], create: [], update: [], delete: ['admin'] },
}

const roles: Role[] = ['public', 'editor', 'coordinator', 'admin']
const operations: Operation[] = ['read', 'create', 'update', 'delete']

const fresh = async (collection: string) => {
  if (collection === 'forms') return (await createRegistrationForm(payload)).id
  if (collection === 'mail-messages')
    return (
      await payload.create({
        collection: 'mail-messages',
        data: { template: 'receipt', to: 'matrix@test.example', status: 'sent' },
      })
    ).id
  if (collection === 'data-requests')
    return (
      await payload.create({
        collection: 'data-requests',
        data: { kind: 'export', by: ids.admin!, submissions: 1, mails: 0 },
      })
    ).id
  if (collection === 'rate-limit-buckets')
    return (
      await payload.create({
        collection: 'rate-limit-buckets',
        data: { key: `k${Math.random()}`, count: 1, expiresAt: new Date().toISOString() },
      })
    ).id
  const form = await createRegistrationForm(payload)
  const event = await createEvent(payload, form, { capacity: null })
  return (await submitAsPublic(payload, form, person(Math.floor(Math.random() * 1e9)), event)).id
}

let matrixPerson = 5000
const publicSubmission = async () => {
  const form = await createRegistrationForm(payload)
  const event = await createEvent(payload, form, { capacity: null })
  return submissionBody(payload, form, person(++matrixPerson), event)
}

const bodies: Record<string, object> = {
  'form-submissions': { internalNote: 'Notiz' },
  'mail-messages': { template: 'receipt', to: 'x@test.example', status: 'sent' },
  'data-requests': { kind: 'export', submissions: 0, mails: 0 },
  forms: { title: 'Neu', kind: 'contact', confirmationType: 'redirect', redirect: { url: '/' } },
  'rate-limit-buckets': { key: 'x', count: 1, expiresAt: new Date().toISOString() },
}

beforeAll(async () => {
  payload = await testPayload()
  api = await createApiClient()
  const admin = await createStaff(payload, 'admin')
  ids.admin = admin.user.id
  tokens.admin = admin.token
  tokens.editor = (await createStaff(payload, 'editor')).token
  tokens.coordinator = (await createStaff(payload, 'coordinator')).token
})

const cells = Object.entries(allowed).flatMap(([collection, ops]) =>
  operations.flatMap((operation) =>
    roles.map((role) => [collection, operation, role, ops[operation].includes(role)] as const),
  ),
)

describe('REST: role × collection × operation', () => {
  it.each(cells)('%s %s by %s → allowed: %s', async (collection, operation, role, expected) => {
    const token = tokens[role]
    let status: number
    if (operation === 'read') {
      const id = await fresh(collection)
      const one = await api.request('GET', `/${collection}/${id}`, { token })
      const list = await api.request('GET', `/${collection}`, { token })
      expect(one.status === 200).toBe(list.status === 200)
      status = list.status
    } else if (operation === 'create') {
      const body = collection === 'form-submissions' ? await publicSubmission() : bodies[collection]
      status = (await api.request('POST', `/${collection}`, { token, body })).status
    } else {
      const id = await fresh(collection)
      const response = await api.request(
        operation === 'update' ? 'PATCH' : 'DELETE',
        `/${collection}/${id}`,
        {
          token,
          body: operation === 'update' ? bodies[collection] : undefined,
        },
      )
      status = response.status
    }
    if (expected) expect(status).toBeLessThan(300)
    else expect([401, 403, 404, 405]).toContain(status)
  })
})

/** What stalled the API for 16 s before GraphQL was switched off: 500 aliases of one list query. */
const aliasFlood = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: Events { totalDocs }`).join(' ')} }`

describe('GraphQL is switched off', () => {
  it.each(roles)('answers 404 to %s at once, however large the query', async (role) => {
    const started = performance.now()
    const answer = await api.graphql(aliasFlood, { token: tokens[role] })
    expect(answer.status).toBe(404)
    expect(answer.json.data).toBeUndefined()
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('answers 404 to invalid JSON as well', async () => {
    const answer = await api.graphql('{', { rawBody: '{"query": "{ Events' })
    expect(answer.status).toBe(404)
  })
})

describe('internal notes', () => {
  it('are hidden from anyone but coordinators and admins', async () => {
    const id = await fresh('form-submissions')
    await payload.update({
      collection: 'form-submissions',
      id,
      data: { internalNote: 'vertraulich' },
    })
    const asCoordinator = await api.request('GET', `/form-submissions/${id}`, {
      token: tokens.coordinator,
    })
    expect(asCoordinator.json.internalNote).toBe('vertraulich')
    const asEditor = await api.request('GET', `/form-submissions/${id}`, { token: tokens.editor })
    expect(JSON.stringify(asEditor.json)).not.toContain('vertraulich')
  })
})
