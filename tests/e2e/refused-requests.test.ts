/**
 * Requests that used to stall the API, lead a browser to another host, or end in a 500: against
 * the production server, each answered with a 4xx. "Another host" is checked on the HTTP answer,
 * resolved with the URL rules browsers use (WHATWG), as Chromium would follow it.
 */
import { describe, expect, inject, it } from 'vitest'

import { staffApi } from './support/api'

const baseUrl = () => inject('baseUrl')
const ownHost = () => new URL(baseUrl()).host

const tokenOf = async (role: 'admin' | 'editor' | 'coordinator') => {
  const account = inject('accounts').find((a) => a.role === role)!
  const login = await fetch(`${baseUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  return ((await login.json()) as { token: string }).token
}

const timed = async (work: () => Promise<Response>) => {
  const started = performance.now()
  const response = await work()
  await response.arrayBuffer()
  return { status: response.status, ms: performance.now() - started }
}

/** 500 aliases of one list query, 12 KB: took 16 s and held up every other API request. */
const aliasFlood = JSON.stringify({
  query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: Events { totalDocs }`).join(' ')} }`,
})

describe('GraphQL is switched off', () => {
  const postGraphql = (body: string, token?: string) =>
    fetch(`${baseUrl()}/api/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `JWT ${token}` } : {}),
      },
      body,
    })

  it('answers 404 at once to everyone, and the API stays responsive meanwhile', async () => {
    const tokens = [undefined, await tokenOf('editor'), await tokenOf('admin')]
    for (const token of tokens) {
      const answer = await timed(() => postGraphql(aliasFlood, token))
      expect(answer.status).toBe(404)
      expect(answer.ms).toBeLessThan(1000)
    }
    const floods = Array.from({ length: 20 }, () => timed(() => postGraphql(aliasFlood)))
    const events = await timed(() => fetch(`${baseUrl()}/api/events?limit=1`))
    expect(events.status).toBe(200)
    expect(events.ms).toBeLessThan(2000)
    for (const flood of await Promise.all(floods)) expect(flood.status).toBe(404)
  })

  it.each([
    ['invalid JSON', () => postGraphql('{"query": "{ Events')],
    ['the playground', () => fetch(`${baseUrl()}/api/graphql-playground`)],
    [
      'a GET query',
      () => fetch(`${baseUrl()}/api/graphql?query=%7B%20Events%20%7B%20totalDocs%20%7D%20%7D`),
    ],
  ])('answers 404 to %s', async (_, request) => {
    expect([404, 405]).toContain((await timed(request)).status)
  })
})

describe('redirects stay on this site', () => {
  const attacks = [
    '/\\evil.example/x',
    '/%5Cevil.example/x',
    '/\t/evil.example/x',
    '/%09/evil.example/x',
    '/\r\n/evil.example/x',
    '//evil.example/x',
    '/..//evil.example/x',
    'https://evil.example/x',
    'javascript:alert(1)',
  ]

  it.each(attacks)('preview link for signed-in staff with path %j', async (path) => {
    const token = await tokenOf('editor')
    const response = await fetch(`${baseUrl()}/next/preview?path=${encodeURIComponent(path)}`, {
      headers: { authorization: `JWT ${token}` },
      redirect: 'manual',
    })
    const location = response.headers.get('location')
    if (location) expect(new URL(location, response.url).host).toBe(ownHost())
    expect(response.status).toBeLessThan(500)
  })

  it('preview link still opens a page of this site', async () => {
    const token = await tokenOf('editor')
    const response = await fetch(`${baseUrl()}/next/preview?path=%2Fveranstaltungen`, {
      headers: { authorization: `JWT ${token}` },
      redirect: 'manual',
    })
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/veranstaltungen')
  })

  it.each(attacks)('the 429 page links back only on this site, not to %j', async (path) => {
    const url = `${baseUrl()}/anmeldung/zu-viele-anfragen?zurueck=${encodeURIComponent(path)}`
    const response = await fetch(url)
    expect(response.status).toBe(429)
    const href = /<a href="([^"]*)"/.exec(await response.text())![1]!
    const unescaped = href
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
    expect(new URL(unescaped, url).host).toBe(ownHost())
  })
})

/** The id of the site's form action, as any visitor finds it in the start page's HTML. */
const formActionId = async () => {
  const html = await (await fetch(`${baseUrl()}/`)).text()
  return /&quot;id&quot;:&quot;([0-9a-f]{42})&quot;/.exec(html)![1]!
}

const multipart = (fields: Record<string, string>) => {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  return body
}

describe('server actions refuse what they cannot handle with a 4xx', () => {
  it.each([
    ['/', 'null'],
    ['/', 'https://evil.example'],
    ['/anmeldung/abmelden', 'null'],
    ['/anmeldung/abmelden?token=x', 'https://evil.example'],
    ['/einwilligung/widerrufen', 'null'],
    ['/einwilligung/widerrufen?token=x', 'https://evil.example'],
  ])('a post to %s from origin %s: 403', async (path, origin) => {
    const id = await formActionId()
    const fetchAction = await fetch(`${baseUrl()}${path}`, {
      method: 'POST',
      headers: { 'next-action': id, origin },
      body: multipart({ '0': '["$K1"]', '1_name': 'x' }),
    })
    expect(fetchAction.status).toBe(403)
    expect(await fetchAction.text()).toContain('lang="de"')
    // the same as a plain HTML form without JavaScript (a classic cross-site form post)
    const plainForm = await fetch(`${baseUrl()}${path}`, {
      method: 'POST',
      headers: { origin },
      body: multipart({ [`$ACTION_ID_${id}`]: '', name: 'x' }),
    })
    expect(plainForm.status).toBe(403)
  })

  it.each([
    ['text', 'text/plain;charset=UTF-8', 'hallo'],
    ['JSON that is no argument list', 'text/plain;charset=UTF-8', '{"a":1}'],
    ['an argument list the form never sends', 'text/plain;charset=UTF-8', '[1,2]'],
    ['a JSON body', 'application/json', '["x"]'],
  ])('a Next-Action post with %s: 4xx', async (_, type, body) => {
    const response = await fetch(`${baseUrl()}/`, {
      method: 'POST',
      headers: { 'next-action': await formActionId(), 'content-type': type },
      body,
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it.each([
    ['no JSON', { '0': 'kein json' }],
    ['numbers for the form', { '0': '[1,2]' }],
    ['null state', { '0': '[null,"$K1"]', '1_name': 'x' }],
    ['missing arguments', { '0': '[]' }],
  ])('a multipart Next-Action post with %s: 4xx', async (_, fields) => {
    const response = await fetch(`${baseUrl()}/`, {
      method: 'POST',
      headers: { 'next-action': await formActionId() },
      body: multipart(fields),
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it.each([['x'], ['0'.repeat(42) + 'zz'], ['<script>']])(
    'a Next-Action id %j: 400',
    async (id) => {
      const response = await fetch(`${baseUrl()}/`, {
        method: 'POST',
        headers: { 'next-action': id },
        body: multipart({ '0': '[]' }),
      })
      expect(response.status).toBe(400)
    },
  )
})

describe('admin pages of the coordination', () => {
  it('tell an editor "keine Berechtigung" on the participant list, without a server error', async () => {
    const admin = await staffApi('admin')
    const event = (await admin.call('GET', '/events?limit=1&depth=0')).json.docs[0]
    const response = await fetch(`${baseUrl()}/admin/teilnehmerliste/${event.id}`, {
      // as the browser sends it when the editor follows a link inside the admin
      headers: {
        cookie: `payload-token=${await tokenOf('editor')}`,
        'sec-fetch-site': 'same-origin',
      },
    })
    expect(response.status).toBeLessThan(500)
    expect(await response.text()).toContain('Keine Berechtigung')
  })
})
