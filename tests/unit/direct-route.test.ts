/**
 * Registrations answered by the app server past Next.js (scripts/lib/directRoute.ts,
 * src/lib/directRoutes.ts), against a real socket: the route's own handler answers, with the
 * headers Next.js would add, and the invalidations the request noted are carried out after the
 * handler and before the answer goes out. The production build's behaviour (seat counts right after
 * a registration, headers like every other API answer) is checked in tests/e2e.
 */
import { type AddressInfo, connect } from 'node:net'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { clientAddressHeader } from '@/domain/http/clientAddress'
import { deferInvalidation, offerDirectRoute } from '@/lib/directRoutes'
import type { RestHandler } from '@/lib/unversionedApiPaths'

import { createAppServer } from '../../scripts/lib/appServer'

const invalidateKey = Symbol.for('buendnis.invalidateCacheTags')
type Invalidate = (tags: string[], durations?: { expire?: number }) => Promise<void>
const registry = globalThis as { [invalidateKey]?: Invalidate }

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let close: (() => Promise<void>) | undefined
let events: string[]

beforeEach(() => {
  events = []
  registry[invalidateKey] = async (tags, durations) => {
    await new Promise((resolve) => setTimeout(resolve, 30)) // the shared record's write
    events.push(`invalidated ${tags.join(',')} ${JSON.stringify(durations ?? null)}`)
  }
})

afterEach(async () => {
  await close?.()
  close = undefined
  delete registry[invalidateKey]
})

/** A route handler as the API route offers it: reads the body, notes a seat invalidation. */
const routeHandler: RestHandler = async (request, { params }) => {
  const body = await request.text()
  const { slug } = await params
  events.push(`route ${request.method} ${new URL(request.url).pathname} ${slug?.join('/')} ${body}`)
  deferInvalidation({ tags: ['seats-7'], durations: { expire: 0 } })
  return Response.json(
    { ok: true, sender: request.headers.get(clientAddressHeader) },
    { status: 201, headers: { 'Cache-Control': 'public, max-age=600', Vary: 'Origin' } },
  )
}

const serve = async (directRoutes: boolean) => {
  const server = createAppServer(
    (req, res) => {
      events.push(`next ${req.method} ${req.url}`)
      res.statusCode = 200
      res.end('next')
    },
    { kind: 'none' },
    undefined,
    { directRoutes },
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}

describe('a registration answered past Next.js', () => {
  it("is the route's own answer, with the API's headers, invalidating after the route", async () => {
    offerDirectRoute('/api/form-submissions', routeHandler)
    const url = await serve(true)
    const response = await fetch(`${url}/api/form-submissions?depth=0`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': '203.0.113.9',
        [clientAddressHeader]: '203.0.113.10',
      },
      body: '{"form":1}',
    })
    expect(response.status).toBe(201)
    // the sender as the server decided it (no trusted proxy: the socket), not as claimed
    expect(await response.json()).toEqual({ ok: true, sender: '127.0.0.1' })
    expect(events).toEqual([
      'route POST /api/form-submissions form-submissions {"form":1}',
      'invalidated seats-7 {"expire":0}',
    ])
    // next.config.ts' headers win over the route's, as in Next.js; others fill gaps or repeat
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(response.headers.get('strict-transport-security')).toContain('max-age=')
    expect(response.headers.get('vary')).toBe('Origin')
  })

  it('leaves everything else to Next.js', async () => {
    offerDirectRoute('/api/form-submissions', routeHandler)
    const url = await serve(true)
    const post = (path: string, init: RequestInit = {}) =>
      fetch(`${url}${path}`, { method: 'POST', body: '{}', ...init }).then((r) => r.text())
    await fetch(`${url}/api/form-submissions`)
    await post('/api/forms')
    await post('/api/form-submissions/7')
    // a body without a declared length (chunked): Next.js reads and limits it
    const chunked = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{}'))
        controller.close()
      },
    })
    await post('/api/form-submissions', { body: chunked, duplex: 'half' } as RequestInit)
    // a declared body over the API's limit: Next.js answers it with its 413
    await post('/api/form-submissions', { body: 'x'.repeat(1024 * 1024 + 1) })
    expect(events).toEqual([
      'next GET /api/form-submissions',
      'next POST /api/forms',
      'next POST /api/form-submissions/7',
      'next POST /api/form-submissions',
      'next POST /api/form-submissions',
    ])
  })

  it('waits for the route module and the cache handler, and is off unless asked for', async () => {
    offerDirectRoute('/api/form-submissions', routeHandler)
    delete registry[invalidateKey] // Next.js has made no cache handler yet
    let url = await serve(true)
    await fetch(`${url}/api/form-submissions`, { method: 'POST', body: '{}' })
    await close?.()
    registry[invalidateKey] = async () => undefined
    url = await serve(false) // development
    await fetch(`${url}/api/form-submissions`, { method: 'POST', body: '{}' })
    expect(events).toEqual(['next POST /api/form-submissions', 'next POST /api/form-submissions'])
  })

  it('carries out an invalidation of work the request left running past its answer', async () => {
    offerDirectRoute('/api/form-submissions', async () => {
      setTimeout(() => deferInvalidation({ tags: ['seats-8'], durations: { expire: 0 } }), 20)
      return Response.json({ ok: true }, { status: 201 })
    })
    const url = await serve(true)
    await fetch(`${url}/api/form-submissions`, { method: 'POST', body: '{}' })
    await expect.poll(() => events).toEqual(['invalidated seats-8 {"expire":0}'])
  })

  it('takes a sender who hangs up mid-body for what it is, not for a failure of ours', async () => {
    offerDirectRoute('/api/form-submissions', async (request) =>
      Response.json({ length: (await request.text()).length }, { status: 201 }),
    )
    const url = new URL(await serve(true))
    const logged: string[] = []
    const original = { error: console.error, info: console.info }
    console.error = (...args: unknown[]) => void logged.push(`error ${args.join(' ')}`)
    console.info = (...args: unknown[]) => void logged.push(`info ${args.join(' ')}`)
    try {
      const socket = connect(Number(url.port), url.hostname)
      await new Promise((resolve) => socket.once('connect', resolve))
      socket.write(
        'POST /api/form-submissions HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"form":',
      )
      await pause(50)
      socket.destroy()
      await expect.poll(() => logged).toHaveLength(1)
    } finally {
      Object.assign(console, original)
    }
    expect(logged[0]).toMatch(/^info .*abgebrochen/)
  })

  it('answers a failure of its own in German, as 500, with nothing of the request in the log', async () => {
    offerDirectRoute('/api/form-submissions', async () => {
      throw new Error('person@example.org')
    })
    const url = await serve(true)
    const logged: string[] = []
    const original = console.error
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '))
    try {
      const response = await fetch(`${url}/api/form-submissions`, { method: 'POST', body: '{}' })
      expect(response.status).toBe(500)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(JSON.stringify(await response.json())).toContain('Bitte versuchen Sie es')
    } finally {
      console.error = original
    }
    expect(logged.join('\n')).not.toContain('person@example.org')
  })
})
