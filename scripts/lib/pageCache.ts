/**
 * The app server's own short page cache: a public page that Next.js served from its cache is
 * answered from memory for up to a second, without Next.js. Which requests and answers qualify is
 * decided in src/domain/http/pageCache.ts; here are the memory and the HTTP plumbing.
 *
 * Kept pages are dropped as soon as any cache tag changes in this process: the shared cache handler
 * (src/db/sharedCacheTags.cjs) counts each change, its own `revalidateTag` calls and the other
 * instances' invalidations it reads from the database, on `globalThis` (Next.js loads the handler
 * apart from this module). A page whose render began before a change is never kept.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import {
  headersToKeep,
  keepableAnswer,
  keptPageFootprint,
  pageCacheBodyLimit,
  pageCacheEntryLimit,
  pageCacheKeyOf,
  pageCacheLifetimeMs,
  pageCacheMemoryLimit,
  type HeaderValues,
} from '@/domain/http/pageCache'

/** The counter of cache-tag changes; written by src/db/sharedCacheTags.cjs under the same key. */
export const cacheTagChangesKey = Symbol.for('buendnis.cacheTagChanges')
const cacheTagChanges = () =>
  (globalThis as { [cacheTagChangesKey]?: number })[cacheTagChangesKey] ?? 0

type KeptPage = {
  /** as Next.js spelled them: a kept answer looks like the one it copies */
  headers: HeaderValues
  body: Buffer
  /** how Next.js spelled its Content-Length; undefined: it sent the page in chunks */
  lengthHeader: string | undefined
  /** the sizes of the pieces Next.js wrote, sent again as such (in chunks, their framing shows) */
  pieces: number[]
  footprint: number
  varyingHeaders: string[]
  tagChanges: number
  keptUntil: number
}

export type PageCache = {
  /** Answers the request from memory if it can (true); otherwise prepares to keep Next.js' answer. */
  answer: (req: IncomingMessage, res: ServerResponse) => boolean
  /** What is kept right now: pages and their counted memory. */
  size: () => { pages: number; bytes: number }
}

const lowerCaseNames = (headers: object): HeaderValues =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]))

const bufferOf = (chunk: unknown, encoding: unknown) => {
  if (typeof chunk === 'string')
    return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
  // a copy: the sender may reuse its buffer once written
  if (chunk instanceof Uint8Array) return Buffer.from(chunk)
  return undefined
}

/**
 * The body in memory of its own: small buffers come from Node's shared 8 KB pool, and a kept
 * slice of it would hold the whole block.
 */
const unpooledBody = (chunks: Buffer[], bytes: number) => {
  const body = Buffer.allocUnsafeSlow(bytes)
  let at = 0
  for (const chunk of chunks) at += chunk.copy(body, at)
  return body
}

/** Node.js has it since 15.13; its types do not list it yet. */
const rawHeaderNamesOf = (res: ServerResponse) =>
  (res as unknown as { getRawHeaderNames?: () => string[] }).getRawHeaderNames?.() ?? []

/** The kept headers under the names as Next.js wrote them. */
const spelledAsSent = (headers: HeaderValues, spellings: Map<string, string>): HeaderValues =>
  Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [spellings.get(name) ?? name, value]),
  )

export const createPageCache = (now: () => number = Date.now): PageCache => {
  const pages = new Map<string, KeptPage>()
  let keptBytes = 0

  const drop = (key: string) => {
    const page = pages.get(key)
    if (!page) return
    keptBytes -= page.footprint
    pages.delete(key)
  }

  const keep = (key: string, page: KeptPage) => {
    drop(key)
    pages.set(key, page)
    keptBytes += page.footprint
    // A Map iterates in insertion order, which is also the order of expiry (one lifetime for all):
    // expired pages go first, then the oldest while over a limit.
    const at = now()
    for (const [oldestKey, oldest] of pages) {
      const overLimit = keptBytes > pageCacheMemoryLimit || pages.size > pageCacheEntryLimit
      if (oldest.keptUntil > at && !overLimit) break
      drop(oldestKey)
    }
  }

  /** Watches what Next.js sends for a GET and keeps it if it qualifies once fully sent. */
  const watch = (req: IncomingMessage, res: ServerResponse, key: string) => {
    const tagChangesAtStart = cacheTagChanges()
    let status = 0
    let headers: HeaderValues | undefined
    const spellings = new Map<string, string>()
    let chunks: Buffer[] | undefined = []
    let bytes = 0
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
    const write = res.write.bind(res) as (...args: unknown[]) => boolean
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
    res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
      status = statusCode
      const passed = rest.find((arg) => typeof arg === 'object' && arg !== null)
      // raw header arrays are not read back: such an answer is simply not kept
      headers = Array.isArray(passed)
        ? undefined
        : { ...lowerCaseNames(res.getHeaders()), ...lowerCaseNames(passed ?? {}) }
      for (const name of [...rawHeaderNamesOf(res), ...Object.keys(passed ?? {})])
        spellings.set(name.toLowerCase(), name)
      return writeHead(statusCode, ...rest)
    }) as ServerResponse['writeHead']
    const collect = (chunk: unknown, encoding: unknown) => {
      if (!chunks || chunk == null || typeof chunk === 'function') return
      const buffer = bufferOf(chunk, encoding)
      bytes += buffer?.length ?? 0
      if (!buffer || bytes > pageCacheBodyLimit) chunks = undefined
      else chunks.push(buffer)
    }
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0])
      return write(chunk, ...rest)
    }) as ServerResponse['write']
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0])
      return end(chunk, ...rest)
    }) as ServerResponse['end']
    // 'finish' only once everything went out: an aborted answer is never kept
    res.once('finish', () => {
      if (!headers || !chunks || cacheTagChanges() !== tagChangesAtStart) return
      const keepable = keepableAnswer({
        status,
        headers,
        requestHeaders: req.headers,
        bodyBytes: bytes,
      })
      if (!keepable) return
      const kept = spelledAsSent(headersToKeep(headers), spellings)
      keep(key, {
        headers: kept,
        body: unpooledBody(chunks, bytes),
        pieces: chunks.map((chunk) => chunk.length).filter((length) => length > 0),
        // Node.js decides this itself when the head goes out (a length for a body sent at once)
        lengthHeader: (res as unknown as { chunkedEncoding?: boolean }).chunkedEncoding
          ? undefined
          : (spellings.get('content-length') ?? 'Content-Length'),
        footprint: keptPageFootprint(key, kept, bytes),
        varyingHeaders: keepable.varyingHeaders,
        tagChanges: tagChangesAtStart,
        keptUntil: now() + pageCacheLifetimeMs,
      })
    })
  }

  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const key = pageCacheKeyOf(req)
    if (!key) return false
    const page = pages.get(key)
    const usable =
      page &&
      page.tagChanges === cacheTagChanges() &&
      now() < page.keptUntil &&
      page.varyingHeaders.every((name) => req.headers[name] === undefined)
    if (!usable) {
      if (page && page.tagChanges !== cacheTagChanges()) drop(key)
      if (req.method === 'GET') watch(req, res, key)
      return false
    }
    // Sent as Next.js sent it: with its length, or in chunks framed as its pieces were (Node.js
    // corks the writes of one tick into one packet either way). A kept answer does not give itself away.
    res.writeHead(
      200,
      page.lengthHeader ? { ...page.headers, [page.lengthHeader]: page.body.length } : page.headers,
    )
    if (req.method !== 'HEAD') {
      let at = 0
      for (const length of page.pieces) {
        res.write(page.body.subarray(at, at + length))
        at += length
      }
    }
    res.end()
    return true
  }

  return { answer, size: () => ({ pages: pages.size, bytes: keptBytes }) }
}
