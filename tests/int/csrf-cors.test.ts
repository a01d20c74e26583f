/**
 * Payload's csrf list (payload/dist/auth/extractJWT.js): a login cookie counts only when the
 * request's Origin is listed; without Origin only when Sec-Fetch-Site says same-origin/same-site
 * or none. A JWT in the Authorization header is not affected, as browsers never add it on their own.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { readEnvironment } from '@/config/env'

import { createEvent, createRegistrationForm, person, submitAsPublic } from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'

type Method = 'GET' | 'POST' | 'PATCH' | 'OPTIONS'

const evilOrigin = 'https://evil.example'
const ownOrigin = readEnvironment().serverUrl

type RouteContext = { params: Promise<{ slug?: string[] }> }

let payload: Payload
let handlers: Record<Method, (request: Request, context: RouteContext) => Promise<Response>>
let cookie: string
let submissionId: number

/** Like tests/helpers/api.ts, but with raw headers both ways: cookies and CORS live there. */
const call = async (
  method: Method,
  path: string,
  headers: Record<string, string>,
  body?: object,
) => {
  const request = new Request(`${ownOrigin}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body && JSON.stringify(body),
  })
  const slug = path.split('?')[0].split('/').filter(Boolean)
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  const json = (await response.json().catch(() => ({}))) as { docs?: unknown[] }
  return { status: response.status, headers: response.headers, json }
}

const listSubmissions = (headers: Record<string, string>) =>
  call('GET', '/form-submissions', { cookie, ...headers })

beforeAll(async () => {
  payload = await testPayload()
  const { default: config } = await import('@payload-config')
  const routes = await import('@payloadcms/next/routes')
  handlers = {
    GET: routes.REST_GET(config),
    POST: routes.REST_POST(config),
    PATCH: routes.REST_PATCH(config),
    OPTIONS: routes.REST_OPTIONS(config),
  }
  const form = await createRegistrationForm(payload)
  const event = await createEvent(payload, form, { capacity: null })
  submissionId = (await submitAsPublic(payload, form, person(1), event)).id

  const admin = await createStaff(payload, 'admin')
  const login = await call(
    'POST',
    '/users/login',
    { origin: ownOrigin },
    { email: admin.email, password: admin.password },
  )
  expect(login.status).toBe(200)
  cookie = /payload-token=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0]
})

describe('CSRF: the login cookie counts only for our own origin', () => {
  it('lets the signed-in admin read submissions from the configured origin', async () => {
    const answer = await listSubmissions({ origin: ownOrigin })
    expect(answer.status).toBe(200)
    expect(answer.json.docs).toHaveLength(1)
  })

  it('treats the same cookie from another origin as nobody', async () => {
    const answer = await listSubmissions({ origin: evilOrigin })
    expect(answer.status).toBe(403)
    expect(answer.json.docs).toBeUndefined()
    expect(JSON.stringify(answer.json)).not.toContain('person1@test.example')
  })

  it('refuses a cross-site change with the cookie and leaves the submission as it was', async () => {
    const answer = await call(
      'PATCH',
      `/form-submissions/${submissionId}`,
      { cookie, origin: evilOrigin },
      { internalNote: 'von fremder Seite' },
    )
    expect(answer.status).toBe(403)
    const stored = await payload.findByID({ collection: 'form-submissions', id: submissionId })
    expect(stored.internalNote ?? null).toBeNull()
  })

  it('without Origin, trusts the cookie only for same-origin browser requests', async () => {
    expect((await listSubmissions({ 'sec-fetch-site': 'same-origin' })).json.docs).toHaveLength(1)
    expect((await listSubmissions({ 'sec-fetch-site': 'cross-site' })).status).toBe(403)
  })
})

describe('CORS: only our own origin may read answers in a browser', () => {
  const preflight = (origin: string) =>
    call('OPTIONS', '/form-submissions', {
      origin,
      'access-control-request-method': 'GET',
    })

  it('allows the configured origin, with credentials', async () => {
    for (const answer of [
      await preflight(ownOrigin),
      await listSubmissions({ origin: ownOrigin }),
    ]) {
      expect(answer.headers.get('access-control-allow-origin')).toBe(ownOrigin)
      expect(answer.headers.get('access-control-allow-credentials')).toBe('true')
    }
  })

  it('names no other origin', async () => {
    for (const answer of [
      await preflight(evilOrigin),
      await listSubmissions({ origin: evilOrigin }),
    ]) {
      expect(answer.headers.get('access-control-allow-origin')).toBeNull()
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull()
    }
  })
})
