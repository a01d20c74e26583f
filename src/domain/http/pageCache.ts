/**
 * The rules of the app server's own short page cache (scripts/lib/pageCache.ts): which requests
 * it may answer from memory, and which of Next.js' answers it may keep. Next.js already keeps the
 * finished HTML of a public page, but still spends most of a millisecond of CPU on each request for
 * it (routing, headers, its cache lookup); under a mail-blast burst that is what runs out. So a
 * page Next.js itself served from, or just put into, its cache is kept here for a second and
 * dropped at once when any cache tag changes (see src/db/sharedCacheTags.cjs).
 *
 * Whatever is unsure goes to Next.js: a miss costs what every request cost before.
 */

import { publicPagesSource } from '@/config/securityHeaders'

/** How long a kept page is served from memory at most (the shared tags are read once a second). */
export const pageCacheLifetimeMs = 1000
/** A bigger page is not kept (the site's pages are 30–60 KB). */
export const pageCacheBodyLimit = 1024 * 1024
/**
 * All kept pages together, counted with their keys, headers and bookkeeping (see
 * `keptPageFootprint`); expired and then the oldest pages go first. Bounds what varied URLs and
 * headers can make us hold.
 */
export const pageCacheMemoryLimit = 32 * 1024 * 1024
/** At most this many pages, however small (a site of a few dozen pages in a few encodings). */
export const pageCacheEntryLimit = 2000
/** What a kept page costs beyond its bytes: the objects around it, measured generously. */
const perPageOverheadBytes = 2048

/** The memory one kept page is counted with (strings count twice: JavaScript keeps UTF-16). */
export const keptPageFootprint = (key: string, headers: HeaderValues, bodyBytes: number) =>
  bodyBytes + 2 * key.length + 2 * JSON.stringify(headers).length + perPageOverheadBytes

export type HeaderValues = Record<string, string | string[] | number | undefined>

/** Request headers under which Next.js answers with something other than the plain page. */
const isNextRequestHeader = (name: string) =>
  name === 'rsc' ||
  name.startsWith('next-') ||
  name.startsWith('x-middleware') ||
  name.startsWith('x-nextjs') ||
  name.startsWith('x-invoke') ||
  name.startsWith('x-prerender') ||
  name.startsWith('x-now')

/** Draft mode: staff see unpublished changes, rendered per request. */
const draftModeCookie = /(?:^|;\s*)__prerender_bypass=/

const longestKeyPart = 2048

/**
 * The paths that get the public cache header (the same source Next.js turns into a regular
 * expression): admin, API, token and preview routes are never even looked up.
 */
const publicPagePath = new RegExp(`^${publicPagesSource}$`)

/**
 * The cache key of a plain page request, or undefined when only Next.js may answer it. The key
 * holds the path with its query (a mail's link may carry one) and the accepted encodings, because
 * the kept bytes are what Next.js sent, compressed for that request or not.
 */
export const pageCacheKeyOf = (request: {
  method?: string
  url?: string
  headers: HeaderValues
}): string | undefined => {
  const { method, url, headers } = request
  if (method !== 'GET' && method !== 'HEAD') return undefined
  if (!url?.startsWith('/') || url.startsWith('//') || url.length > longestKeyPart) return undefined
  const queryAt = url.indexOf('?')
  if (!publicPagePath.test(queryAt < 0 ? url : url.slice(0, queryAt))) return undefined
  // form posts, signed-in API clients, partial content: never from here
  if (headers['content-type'] !== undefined || headers.authorization !== undefined) return undefined
  if (headers.range !== undefined) return undefined
  const cookie = headers.cookie
  if (cookie !== undefined && (typeof cookie !== 'string' || draftModeCookie.test(cookie)))
    return undefined
  for (const name of Object.keys(headers)) if (isNextRequestHeader(name)) return undefined
  const encodings = headers['accept-encoding'] ?? ''
  if (typeof encodings !== 'string' || encodings.length > 200) return undefined
  return `${url}\n${encodings}`
}

const tokensOf = (value: HeaderValues[string]) =>
  [value ?? []]
    .flat()
    .flatMap((item) => String(item).split(','))
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean)

/**
 * The request headers (besides the encodings, which are in the key) that the answer varies on:
 * the kept page serves only requests without any of them. Undefined when it cannot be kept.
 */
const varyingHeadersOf = (response: HeaderValues, request: HeaderValues) => {
  const names = tokensOf(response.vary).filter((name) => name !== 'accept-encoding')
  if (names.includes('*')) return undefined
  return names.every((name) => request[name] === undefined) ? names : undefined
}

/**
 * Whether an answer may be kept, and if so which request headers it varies on. Only a complete
 * 200 that Next.js took from its cache (`x-nextjs-cache: HIT`), that any shared cache may keep
 * (`public`), and that sets no cookie. Not a page Next.js just rendered (`MISS`): requests that
 * arrive while a page is being rendered get that render's page, and a render begun before a
 * registration shows the old seat count; kept, it would stay a second (found by the attack of
 * 07.12.: up to five seats too many right after a 201). Nor a stale copy being rebuilt, nor a page
 * rendered per request.
 */
export const keepableAnswer = (answer: {
  status: number
  headers: HeaderValues
  requestHeaders: HeaderValues
  bodyBytes: number
}): { varyingHeaders: string[] } | undefined => {
  const { status, headers } = answer
  if (status !== 200 || answer.bodyBytes > pageCacheBodyLimit) return undefined
  if (headers['set-cookie'] !== undefined) return undefined
  const cacheState = String(headers['x-nextjs-cache'] ?? '')
  if (cacheState !== 'HIT') return undefined
  const directives = tokensOf(headers['cache-control'])
  if (!directives.includes('public')) return undefined
  if (directives.some((d) => d === 'private' || d === 'no-store' || d === 'no-cache'))
    return undefined
  const varyingHeaders = varyingHeadersOf(headers, answer.requestHeaders)
  return varyingHeaders ? { varyingHeaders } : undefined
}

/** Headers that belong to one connection or one sending, not to the kept page. */
const perSendingHeaders = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
])

/** The headers a kept page is sent again with: its own, marked as a cache hit. */
export const headersToKeep = (headers: HeaderValues): HeaderValues => {
  const kept: HeaderValues = {}
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !perSendingHeaders.has(name)) kept[name] = value
  kept['x-nextjs-cache'] = 'HIT'
  return kept
}
