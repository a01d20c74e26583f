/**
 * The app server's short page cache (scripts/lib/pageCache.ts) in front of a handler that answers
 * the way Next.js does for a cached page. The production build's behaviour (publish, seats, draft
 * mode, two instances) is checked in tests/e2e/caching.test.ts and scale-out.test.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { type AddressInfo, connect } from 'node:net'
import { request } from 'node:http'

import { afterEach, describe, expect, it } from 'vitest'

import {
  pageCacheEntryLimit,
  pageCacheLifetimeMs,
  pageCacheMemoryLimit,
} from '@/domain/http/pageCache'
import { noteOutage } from '@/lib/outage'

import { createAppServer } from '../../scripts/lib/appServer'
import { cacheTagChangesKey, createPageCache } from '../../scripts/lib/pageCache'

type Answer = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>

const asNextCacheHit =
  (body: (req: IncomingMessage) => string, headers: Record<string, string> = {}): Answer =>
  (req, res) => {
    res.setHeader('Cache-Control', 'public, s-maxage=5, stale-while-revalidate=60')
    res.setHeader('X-Nextjs-Cache', 'HIT')
    res.setHeader('Vary', 'rsc, next-router-state-tree, Accept-Encoding')
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    res.end(body(req))
  }

const noteTagChange = () => {
  const record = globalThis as { [cacheTagChangesKey]?: number }
  record[cacheTagChangesKey] = (record[cacheTagChangesKey] ?? 0) + 1
}

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

/** The app server with a page cache whose clock the test moves; counts what reaches the handler. */
const serve = async (answer: Answer) => {
  let clock = 0
  const handled: string[] = []
  const cache = createPageCache(() => clock)
  const server = createAppServer(
    async (req, res) => {
      handled.push(`${req.method} ${req.url}`)
      await answer(req, res)
    },
    { kind: 'none' },
    cache,
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  const send = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
    new Promise<{
      status: number
      headers: IncomingMessage['headers']
      rawHeaders: string[]
      body: string
    }>((resolve, reject) => {
      const sent = request(
        { port, host: '127.0.0.1', path, method: init.method ?? 'GET', headers: init.headers },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () =>
            resolve({
              status: res.statusCode!,
              headers: res.headers,
              rawHeaders: res.rawHeaders,
              body: Buffer.concat(chunks).toString(),
            }),
          )
        },
      )
      sent.on('error', reject)
      sent.end()
    })
  /** The body as it crossed the wire, chunk framing included. */
  const rawBody = (path: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(`GET ${path} HTTP/1.1\r\nHost: opr.example\r\nConnection: close\r\n\r\n`),
      )
      const chunks: Buffer[] = []
      socket.on('data', (chunk: Buffer) => chunks.push(chunk))
      socket.on('end', () =>
        resolve(Buffer.concat(chunks).toString('latin1').split('\r\n\r\n')[1]!),
      )
      socket.on('error', reject)
    })
  return { send, rawBody, handled, cache, passTime: (ms: number) => (clock += ms) }
}

describe('the page cache', () => {
  it('answers a page Next.js served from its cache from memory, with the same head and body', async () => {
    let renders = 0
    const app = await serve(
      asNextCacheHit(() => `<h1>Bündnis für OPR</h1> Fassung ${++renders}`, {
        'Content-Security-Policy': "default-src 'self'",
      }),
    )
    const first = await app.send('/')
    const second = await app.send('/')
    expect(app.handled).toEqual(['GET /'])
    expect(second.body).toBe(first.body)
    expect(second.body).toBe('<h1>Bündnis für OPR</h1> Fassung 1')
    expect(second.headers['content-security-policy']).toBe("default-src 'self'")
    expect(second.headers['cache-control']).toBe(first.headers['cache-control'])
    expect(second.headers['x-nextjs-cache']).toBe('HIT')
    expect(Number(second.headers['content-length'])).toBe(Buffer.byteLength(first.body))
    expect(second.headers.date).toBeDefined()
    // spelled as Next.js spelled them: a kept answer does not give itself away
    const names = (raw: string[]) => raw.filter((name, n) => n % 2 === 0 && name !== 'Date').sort()
    expect(names(second.rawHeaders)).toEqual(names(first.rawHeaders))
    const head = await app.send('/', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    expect(head.headers['content-length']).toBe(second.headers['content-length'])
    expect(app.handled).toEqual(['GET /'])
  })

  it('keeps headers Next.js passes to writeHead itself', async () => {
    const app = await serve((_, res) => {
      res.writeHead(200, {
        'Cache-Control': 'public, s-maxage=5',
        'X-Nextjs-Cache': 'HIT',
        'Content-Type': 'text/html; charset=utf-8',
      })
      res.write('<p>Teil 1</p>')
      res.end('<p>Teil 2</p>')
    })
    await app.send('/programm')
    const kept = await app.send('/programm')
    expect(app.handled).toHaveLength(1)
    expect(kept.body).toBe('<p>Teil 1</p><p>Teil 2</p>')
    // in chunks, as the handler sent it
    expect(kept.headers['transfer-encoding']).toBe('chunked')
    expect(kept.headers['content-length']).toBeUndefined()
    expect(kept.headers['cache-control']).toBe('public, s-maxage=5')
    expect(kept.headers['content-type']).toBe('text/html; charset=utf-8')
  })

  it('sends a page Next.js sent in pieces in the same pieces (the framing does not give it away)', async () => {
    const app = await serve((_, res) => {
      res.setHeader('Cache-Control', 'public, s-maxage=5')
      res.setHeader('X-Nextjs-Cache', 'HIT')
      res.write('\x1f\x8b gzip-Kopf')
      res.write('<p>der Rest der Seite</p>')
      res.end()
    })
    const first = await app.rawBody('/datenschutz')
    const kept = await app.rawBody('/datenschutz')
    expect(app.handled).toHaveLength(1)
    expect(kept).toBe(first)
    expect(kept.split('\r\n').filter((line) => /^[0-9a-f]+$/.test(line))).toHaveLength(3)
  })

  it('drops every kept page when a cache tag changes (a publish, a registration)', async () => {
    let seats = 5
    const app = await serve(asNextCacheHit(() => `Noch ${seats} Plätze frei.`))
    await app.send('/')
    seats = 4
    expect((await app.send('/')).body).toBe('Noch 5 Plätze frei.')
    noteTagChange()
    expect((await app.send('/')).body).toBe('Noch 4 Plätze frei.')
    expect((await app.send('/')).body).toBe('Noch 4 Plätze frei.')
    expect(app.handled).toHaveLength(2)
  })

  it('never keeps a page whose render began before a tag change', async () => {
    let seats = 5
    const app = await serve(async (req, res) => {
      const shown = seats
      // the registration lands while this page is being built with the old count
      seats = 4
      noteTagChange()
      await asNextCacheHit(() => `Noch ${shown} Plätze frei.`)(req, res)
    })
    expect((await app.send('/')).body).toBe('Noch 5 Plätze frei.')
    await app.send('/')
    expect(app.handled).toHaveLength(2)
  })

  it('keeps a page for a second at most', async () => {
    const app = await serve(asNextCacheHit(() => 'Seite'))
    await app.send('/')
    app.passTime(pageCacheLifetimeMs - 1)
    await app.send('/')
    expect(app.handled).toHaveLength(1)
    app.passTime(1)
    await app.send('/')
    expect(app.handled).toHaveLength(2)
  })

  it('keeps each encoding apart: the kept bytes are what the handler sent for it', async () => {
    const app = await serve(
      asNextCacheHit((req) => `Kodierung: ${req.headers['accept-encoding'] ?? 'keine'}`),
    )
    await app.send('/')
    await app.send('/', { headers: { 'accept-encoding': 'gzip' } })
    expect((await app.send('/')).body).toBe('Kodierung: keine')
    expect((await app.send('/', { headers: { 'accept-encoding': 'gzip' } })).body).toBe(
      'Kodierung: gzip',
    )
    expect(app.handled).toHaveLength(2)
  })

  it('lets draft mode, router requests and form posts through to Next.js, even for a kept page', async () => {
    const app = await serve(
      asNextCacheHit((req) =>
        req.headers.cookie?.includes('__prerender_bypass') ? 'Entwurf' : 'Veröffentlicht',
      ),
    )
    await app.send('/')
    expect((await app.send('/', { headers: { cookie: '__prerender_bypass=1' } })).body).toBe(
      'Entwurf',
    )
    await app.send('/', { headers: { rsc: '1' } })
    await app.send('/', { method: 'POST' })
    expect(app.handled).toEqual(['GET /', 'GET /', 'GET /', 'POST /'])
    // the draft did not replace the kept page
    expect((await app.send('/')).body).toBe('Veröffentlicht')
    expect(app.handled).toHaveLength(4)
  })

  it.each([
    ['a stale copy being rebuilt', asNextCacheHit(() => 'alt', { 'X-Nextjs-Cache': 'STALE' })],
    ['a private page', asNextCacheHit(() => 'privat', { 'Cache-Control': 'private, no-store' })],
    ['a page setting a cookie', asNextCacheHit(() => 'Keks', { 'Set-Cookie': 'a=1' })],
    [
      'the outage answer (a 503 made from a cached page that could not be built)',
      (req: IncomingMessage, res: ServerResponse) => {
        noteOutage()
        return asNextCacheHit(() => 'Fehlerhülle')(req, res)
      },
    ],
  ])('never keeps %s', async (_, answer) => {
    const app = await serve(answer)
    await app.send('/')
    await app.send('/')
    expect(app.handled).toHaveLength(2)
  })

  it('holds a bounded amount: the oldest pages go first', async () => {
    const page = 'x'.repeat(1024 * 1024 - 100)
    const app = await serve(asNextCacheHit(() => page))
    const pages = Math.floor(pageCacheMemoryLimit / page.length) + 1
    for (let n = 0; n < pages; n++) await app.send(`/?seite=${n}`)
    await app.send(`/?seite=${pages - 1}`)
    expect(app.handled).toHaveLength(pages)
    await app.send('/?seite=0')
    expect(app.handled).toHaveLength(pages + 1)
  })

  it('counts keys and headers too: many tiny pages under long URLs stay within bounds', async () => {
    const app = await serve(asNextCacheHit(() => 'User-agent: *'))
    const longQuery = 'q'.repeat(2000)
    for (let n = 0; n < pageCacheEntryLimit + 50; n++)
      await app.send(`/robots.txt?${n}${longQuery}`)
    const { pages, bytes } = app.cache.size()
    expect(pages).toBeLessThanOrEqual(pageCacheEntryLimit)
    expect(bytes).toBeLessThanOrEqual(pageCacheMemoryLimit)
    // each counted with far more than its 13 bytes of body
    expect(bytes / pages).toBeGreaterThan(2 * longQuery.length)
  }, 60_000)

  it('lets go of expired pages as soon as it keeps another', async () => {
    const app = await serve(asNextCacheHit(() => 'Seite'))
    for (const path of ['/a', '/b', '/c']) await app.send(path)
    expect(app.cache.size().pages).toBe(3)
    app.passTime(pageCacheLifetimeMs)
    await app.send('/d')
    expect(app.cache.size().pages).toBe(1)
  })
})
