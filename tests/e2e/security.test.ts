import { describe, expect, inject, it } from 'vitest'

import { accessDocumentPolicy } from '@/config/securityHeaders'
import { requestMessages } from '@/messages/requests'

const baseUrl = () => inject('baseUrl')

const headersOf = async (path: string) =>
  (await fetch(`${baseUrl()}${path}`, { redirect: 'manual' })).headers

describe('security headers', () => {
  it.each([
    ['/'],
    ['/veranstaltungen/beispielveranstaltung-netzwerktreffen'],
    ['/veranstaltungen'],
    ['/admin/login'],
    ['/anmeldung/abmelden?token=x'],
    ['/einwilligung/widerrufen?token=x'],
    ['/barriere-melden'],
  ])('on %s', async (path) => {
    const headers = await headersOf(path)
    const csp = headers.get('content-security-policy') ?? ''
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'none'")
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).not.toContain('unsafe-eval')
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(headers.get('strict-transport-security')).toMatch(/max-age=(\d+)/)
    expect(
      Number(headers.get('strict-transport-security')!.match(/max-age=(\d+)/)![1]),
    ).toBeGreaterThanOrEqual(31536000)
    if (['/admin', '/anmeldung', '/einwilligung'].some((p) => path.startsWith(p)))
      expect(headers.get('cache-control')).toContain('no-store')
  })
})

describe('the data-subject document (Datenauskunft)', () => {
  it('keeps its own policy, which lets it load and run nothing, instead of the site policy', async () => {
    const account = inject('accounts').find((a) => a.role === 'coordinator')!
    const login = await fetch(`${baseUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: account.password }),
    })
    const { token } = (await login.json()) as { token: string }
    const response = await fetch(
      `${baseUrl()}/api/data-requests/document?email=${encodeURIComponent('niemand@test.example')}`,
      { headers: { authorization: `JWT ${token}` } },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(response.headers.get('content-security-policy')).toBe(accessDocumentPolicy)
    // The site's other headers still apply.
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('cache-control')).toContain('no-store')
  })
})

describe('login', () => {
  it('locks an account after five failed attempts, even for the right password', async () => {
    const account = inject('accounts').find((a) => a.email.startsWith('lockout@'))!
    const attempt = (password: string) =>
      fetch(`${baseUrl()}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'de' },
        body: JSON.stringify({ email: account.email, password }),
      })
    for (let i = 0; i < 5; i++) expect((await attempt('falsch')).status).toBe(401)
    const locked = await attempt(account.password)
    expect(locked.status).toBe(401)
    expect(JSON.stringify(await locked.json())).toMatch(/gesperrt|locked/i)
  })
})

describe('the REST API behind the real server (no proxy in front of it since 06.12.)', () => {
  it('refuses a body over 1 MB with 413 in German', async () => {
    const response = await fetch(`${baseUrl()}/api/form-submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(1024 * 1024) }),
    })
    expect(response.status).toBe(413)
    expect(JSON.stringify(await response.json())).toContain('Die Anfrage ist zu groß')
    expect(response.headers.get('cache-control')).toContain('no-store')
  })

  // Registrations are answered by our server past Next.js (scripts/lib/directRoute.ts); every
  // other API path by Next.js. Both must carry what next.config.ts sets and Payload's own headers.
  // Left out by the direct answer, as meaningless for JSON that is never stored: the colour-scheme
  // client hints Payload's withPayload() asks of every path for its admin, the router's variants
  // in `Vary`, and Next.js' compression of the answer.
  it('answers a registration with the same headers as any other API answer', async () => {
    await fetch(`${baseUrl()}/api/form-submissions`) // the API route module is loaded
    const post = (path: string) =>
      fetch(`${baseUrl()}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
    const direct = await post('/api/form-submissions')
    const throughNext = await post('/api/forms')
    expect(direct.status).toBe(400)
    expect(JSON.stringify(await direct.json())).toMatch(/[äöüß]/)
    expect(throughNext.status).toBe(403)
    const framing = ['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']
    const nextOnly = ['accept-ch', 'critical-ch', 'vary', 'content-encoding']
    const named = (headers: Headers) =>
      Object.fromEntries([...headers].filter(([name]) => !framing.includes(name)))
    const { vary, ...sent } = named(direct.headers)
    expect(vary).toBeUndefined()
    expect(sent).toEqual(
      Object.fromEntries(
        Object.entries(named(throughNext.headers)).filter(([name]) => !nextOnly.includes(name)),
      ),
    )
  })

  it('answers in German whatever the browser asks for', async () => {
    const response = await fetch(`${baseUrl()}/api/form-submissions`, {
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    })
    expect(response.status).toBe(403)
    expect(JSON.stringify(await response.json())).toContain('Sie haben keine Berechtigung')
  })

  // The production build renames Payload's error classes: its own formatting then answered
  // "An unknown error occurred." (src/lib/queryOperators.ts, answerUnfitOperator).
  it('refuses a filter the field cannot answer with 400 and the German sentence', async () => {
    const response = await fetch(`${baseUrl()}/api/events?where[OR][0][start][like]=x`)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      errors: [{ message: requestMessages.unfitOperator('like', 'start') }],
    })
  })
})
