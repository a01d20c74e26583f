/**
 * Registrations for `npm run bench` through the public REST path (`POST /api/form-submissions`),
 * the one the form, GraphQL and the Local API share. Every run is checked afterwards: a fast
 * result that overbooked or lost a request is an error, not a figure.
 */
import { createHash } from 'node:crypto'

import { berlinDateKey, berlinWallTimeToDate } from '../../src/domain/dates'
import { issueFormToken } from '../../src/domain/forms/spam'
import { percentile } from './measure'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API answers differ per endpoint
type Json = Record<string, any>

export type StaffApi = (method: string, path: string, body?: unknown) => Promise<Json>

export const staffApi = async (
  baseUrl: string,
  account: { email: string; password: string },
): Promise<StaffApi> => {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  })
  const { token } = (await login.json()) as { token: string }
  return (method, p, body) =>
    fetch(`${baseUrl}/api${p}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then((r) => r.json() as Promise<Json>)
}

export type BenchEvent = { id: number; formId: number; slug: string; formToken: string }

/** A published event 30 days ahead with `capacity` seats and the seeded registration form. */
export const createEvent = async (
  api: StaffApi,
  slug: string,
  capacity: number,
  secret: string,
): Promise<BenchEvent> => {
  const form = (await api('GET', '/forms?where[kind][equals]=registration&limit=1')).docs[0]
  const date = berlinDateKey(new Date(Date.now() + 30 * 864e5))
  const { doc } = await api('POST', '/events', {
    title: `Lasttest ${slug}`,
    slug,
    _status: 'published',
    eventStatus: 'planned',
    start: berlinWallTimeToDate(date, '17:00').toISOString(),
    end: berlinWallTimeToDate(date, '19:00').toISOString(),
    start_tz: 'Europe/Berlin',
    end_tz: 'Europe/Berlin',
    venue: { name: 'Saal' },
    registration: { isOpen: true, capacity, form: form.id },
    contact: { useOffice: true },
  })
  // Payload signs with a digest of the configured secret (payload.secret), so must the bench.
  const payloadSecret = createHash('sha256').update(secret).digest('hex').slice(0, 32)
  const formToken = issueFormToken(form.id, payloadSecret, new Date(Date.now() - 10_000))
  return { id: doc.id, formId: form.id, slug, formToken }
}

const register = (baseUrl: string, event: BenchEvent, n: number) =>
  fetch(`${baseUrl}/api/form-submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      form: event.formId,
      event: event.id,
      website: '',
      formToken: event.formToken,
      submissionData: [
        { field: 'name', value: `Last ${n}` },
        { field: 'email', value: `last${n}-${event.slug}@bench.example` },
        { field: 'persons', value: '1' },
      ],
    }),
  })

export type RunResult = { accepted: number; seconds: number; latencies: number[]; error?: string }

/**
 * `total` registrations, `concurrency` at a time, spread round-robin over the instances given.
 * Concurrency 1 is the uncontended path: one person after another.
 */
export const registerMany = async (
  baseUrls: string[],
  event: BenchEvent,
  total: number,
  concurrency: number,
  /** number of the first person, so that runs on one event never repeat an address */
  first = 0,
): Promise<RunResult> => {
  const latencies: number[] = []
  let accepted = 0
  let next = 0
  let error: string | undefined
  const started = Date.now()
  const worker = async () => {
    while (next < total) {
      const n = next++
      const t = performance.now()
      const response = await register(baseUrls[n % baseUrls.length]!, event, first + n)
      latencies.push(performance.now() - t)
      if (response.status === 201) accepted++
      else error ??= `${response.status}: ${(await response.text()).slice(0, 300)}`
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  latencies.sort((a, b) => a - b)
  return { accepted, seconds: (Date.now() - started) / 1000, latencies, error }
}

export const describeLatency = (r: RunResult) =>
  `p50 ${percentile(r.latencies, 0.5).toFixed(0)} ms, p95 ${percentile(r.latencies, 0.95).toFixed(0)} ms`

/** Seats taken and waiting, as stored; throws when the run overbooked or lost a request. */
export const checkOutcome = async (
  api: StaffApi,
  event: BenchEvent,
  expected: { confirmed: number; waitlisted: number; rows: number },
) => {
  const all = (
    await api(
      'GET',
      `/form-submissions?where[event][equals]=${event.id}&limit=0&pagination=false&depth=0`,
    )
  ).docs as { status: string; persons: number }[]
  const persons = (status: string) =>
    all.filter((d) => d.status === status).reduce((s, d) => s + d.persons, 0)
  const outcome = `${persons('confirmed')} bestätigt, ${persons('waitlisted')} Warteliste, ${all.length} Zeilen`
  if (
    persons('confirmed') !== expected.confirmed ||
    persons('waitlisted') !== expected.waitlisted ||
    all.length !== expected.rows
  )
    throw new Error(`Überbucht oder verloren: ${outcome}`)
  return outcome
}

const mailCount = async (api: StaffApi, statuses: string[]) => {
  const where = statuses.map((s, i) => `where[status][in][${i}]=${s}`).join('&')
  return (await api('GET', `/mail-messages?${where}&limit=1&depth=0`)).totalDocs as number
}

/** Mails the outbox has sent so far (the bench's SMTP sink takes them all). */
export const sentMails = (api: StaffApi) => mailCount(api, ['sent'])

/**
 * Waits until the outbox has nothing left to send, so that no row pays for the mails of the one
 * before; the seconds it took. Throws when a mail failed or the outbox stalls.
 */
export const outboxEmptied = async (api: StaffApi, limitSeconds = 300) => {
  const started = Date.now()
  while (Date.now() - started < limitSeconds * 1000) {
    if ((await mailCount(api, ['retrying', 'failed'])) > 0)
      throw new Error('Postausgang: eine E-Mail ging nicht an die SMTP-Senke des Laufs.')
    if ((await mailCount(api, ['queued', 'sending'])) === 0) return (Date.now() - started) / 1000
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`Postausgang nach ${limitSeconds} s nicht leer.`)
}
