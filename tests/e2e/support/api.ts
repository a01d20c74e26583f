import { createHash } from 'node:crypto'

import { inject } from 'vitest'

import { berlinDateKey, berlinWallTimeToDate } from '@/domain/dates'
import { issueFormToken } from '@/domain/forms/spam'

import { type Account, e2ePayloadSecret } from './globalSetup'

/** Payload signs and hashes with a digest of the configured secret (payload.secret). */
export const appPayloadSecret = createHash('sha256')
  .update(e2ePayloadSecret)
  .digest('hex')
  .slice(0, 32)

/** A registration over REST as a client sends it, its form token issued ten seconds before. */
export const registerOverRest = (registration: {
  form: number
  event: number
  name: string
  email: string
  persons?: number
  /** another instance than the one the tests started */
  baseUrl?: string
  headers?: Record<string, string>
}) =>
  fetch(`${registration.baseUrl ?? inject('baseUrl')}/api/form-submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...registration.headers },
    body: JSON.stringify({
      form: registration.form,
      event: registration.event,
      website: '',
      formToken: issueFormToken(registration.form, appPayloadSecret, new Date(Date.now() - 10_000)),
      submissionData: [
        { field: 'name', value: registration.name },
        { field: 'email', value: registration.email },
        { field: 'persons', value: String(registration.persons ?? 1) },
      ],
    }),
  })

/** REST calls against the running app, as a signed-in member of staff. */
export const staffApi = async (role: Account['role']) => {
  const baseUrl = inject('baseUrl')
  const account = inject('accounts').find((a) => a.role === role)!
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  const { token } = (await login.json()) as { token: string }
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return {
      status: response.status,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- API answers differ per endpoint
      json: (await response.json().catch(() => ({}))) as Record<string, any>,
    }
  }
  return { account, call }
}

/** A published event with the seeded registration form, some weeks ahead. */
export const createPublishedEvent = async (options: {
  title: string
  slug: string
  capacity: number | null
}) => {
  const admin = await staffApi('admin')
  const forms = await admin.call('GET', '/forms?where[kind][equals]=registration&limit=1')
  const date = berlinDateKey(new Date(Date.now() + 20 * 24 * 60 * 60 * 1000))
  const created = await admin.call('POST', '/events', {
    title: options.title,
    slug: options.slug,
    _status: 'published',
    eventStatus: 'planned',
    start: berlinWallTimeToDate(date, '18:00').toISOString(),
    end: berlinWallTimeToDate(date, '20:00').toISOString(),
    start_tz: 'Europe/Berlin',
    end_tz: 'Europe/Berlin',
    venue: { name: 'Alte Schule', city: 'Kyritz' },
    registration: { isOpen: true, capacity: options.capacity, form: forms.json.docs[0].id },
    contact: { useOffice: true },
  })
  if (created.status !== 201) throw new Error(`Veranstaltung nicht angelegt: ${created.status}`)
  return created.json.doc as { id: number; slug: string }
}
