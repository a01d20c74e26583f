/**
 * The API paths our server answers itself (see src/lib/directRoutes.ts): with the handler the API
 * route module offered, so the answer is the route's own, and around it what Next.js would add for
 * the path: the headers of `next.config.ts` and, after the answer is made, the cache invalidations
 * it caused. Anything unusual about a request (no declared length, a body over the API's limit)
 * leaves it to Next.js, as does every path until the route module is loaded.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'

import { noStoreCacheControl, securityHeaders } from '@/config/securityHeaders'
import { apiBodyLimitBytes } from '@/domain/http/apiBody'
import { directRouteOf, type Invalidation, runDirectly } from '@/lib/directRoutes'
import type { RestHandler } from '@/lib/unversionedApiPaths'
import { requestMessages } from '@/messages/requests'

/** Set by the cache handler (src/db/sharedCacheTags.cjs) once Next.js made one. */
const invalidateKey = Symbol.for('buendnis.invalidateCacheTags')
type Invalidate = (tags: string[], durations?: Invalidation['durations']) => Promise<void>
const invalidatorOf = () => (globalThis as { [invalidateKey]?: Invalidate })[invalidateKey]

/** What `next.config.ts` sets on every API answer: the site's policy and no storing. */
const apiHeaders = [...securityHeaders(true), { key: 'Cache-Control', value: noStoreCacheControl }]

/** As Next.js sends a route's answer: these may repeat, every other header of the route only fills a gap. */
const repeatable = new Set(['set-cookie', 'www-authenticate', 'proxy-authenticate', 'vary'])
/** The body is sent as read here, with its own length. */
const framing = new Set(['content-length', 'content-encoding', 'transfer-encoding'])

const pathOf = (url: string | undefined) => (url ?? '').split('?', 1)[0]!

const requestOf = (req: IncomingMessage): Request | undefined => {
  try {
    // The parsed headers, not the raw ones: the sender the server stamped (appServer.ts) is only
    // there, and a claimed one was removed from there.
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers))
      for (const one of Array.isArray(value) ? value : [value])
        if (one !== undefined) headers.append(name, one)
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
    return new Request(url, {
      method: req.method,
      headers,
      body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
      duplex: 'half',
    } as RequestInit)
  } catch {
    return undefined // a host or header the web's Request refuses: Next.js answers it
  }
}

const send = async (res: ServerResponse, response: Response) => {
  res.statusCode = response.status
  for (const { key, value } of apiHeaders) res.setHeader(key, value)
  response.headers.forEach((value, name) => {
    if (framing.has(name) || name === 'set-cookie') return
    if (repeatable.has(name) || !res.hasHeader(name)) res.appendHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.appendHeader('Set-Cookie', cookies)
  const body = Buffer.from(await response.arrayBuffer())
  res.end(body)
}

const sendFailure = (res: ServerResponse) => {
  if (res.headersSent) return res.destroy()
  res.statusCode = 500
  for (const { key, value } of apiHeaders) res.setHeader(key, value)
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.end(JSON.stringify({ errors: [{ message: requestMessages.unexpected }] }))
}

const answer = async (
  req: IncomingMessage,
  res: ServerResponse,
  handler: RestHandler,
  request: Request,
  invalidate: Invalidate,
) => {
  const slug = pathOf(req.url).split('/').slice(2)
  const carryOut = ({ tags, durations }: Invalidation) =>
    invalidate(tags, durations).catch((error: unknown) =>
      console.error('[server] Zwischenspeicher nicht erneuert:', String(error)),
    )
  try {
    const { result: response, invalidations } = await runDirectly(
      () => handler(request, { params: Promise.resolve({ slug }) }),
      (late) => void carryOut(late),
    )
    // As Next.js after a route: the route's writes are committed, the next page read sees them.
    for (const invalidation of invalidations) await carryOut(invalidation)
    await send(res, response)
  } catch (error) {
    // A sender who hung up before the body was complete: nothing was stored, no one to answer.
    if (req.destroyed && !req.complete) {
      console.info(`[server] ${pathOf(req.url)}: Anfrage vom Absender abgebrochen.`)
      return res.destroy()
    }
    // The route answers its own failures; this is one of ours (the path, never the body).
    console.error(`[server] ${pathOf(req.url)}: Antwort gescheitert:`, (error as Error)?.name)
    sendFailure(res)
  }
}

/** True when the request is answered here; false leaves it to Next.js. */
export const answerDirectly = (req: IncomingMessage, res: ServerResponse): boolean => {
  if (req.method !== 'POST') return false
  const handler = directRouteOf(pathOf(req.url))
  const invalidate = invalidatorOf()
  if (!handler || !invalidate) return false
  // A declared length within the API's limit: the route then reads the whole body, and nothing
  // is left on the connection (Next.js answers the rest, with its 413 where it belongs).
  const declared = Number(req.headers['content-length'])
  if (req.headers['transfer-encoding'] || !Number.isInteger(declared)) return false
  if (declared > apiBodyLimitBytes) return false
  const request = requestOf(req)
  if (!request) return false
  void answer(req, res, handler, request, invalidate)
  return true
}
