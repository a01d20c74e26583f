import { describe, expect, it } from 'vitest'

import {
  headersToKeep,
  keepableAnswer,
  pageCacheBodyLimit,
  pageCacheKeyOf,
} from '@/domain/http/pageCache'

const plainRequest = { method: 'GET', url: '/', headers: { host: 'opr.example' } }

describe('which requests the page cache may answer', () => {
  it('a plain page request, keyed by path, query and accepted encodings', () => {
    expect(pageCacheKeyOf(plainRequest)).toBe('/\n')
    expect(pageCacheKeyOf({ ...plainRequest, method: 'HEAD' })).toBe('/\n')
    expect(
      pageCacheKeyOf({
        ...plainRequest,
        url: '/?utm_source=rundbrief',
        headers: { 'accept-encoding': 'gzip, br' },
      }),
    ).toBe('/?utm_source=rundbrief\ngzip, br')
    // a signed-in editor's cookie changes nothing on a cached page (Next.js ignores it there too)
    expect(
      pageCacheKeyOf({ ...plainRequest, headers: { cookie: 'payload-token=abc; payload-lng=de' } }),
    ).toBe('/\n')
  })

  it.each([
    ['a form post', { ...plainRequest, method: 'POST' }],
    ['a body', { ...plainRequest, headers: { 'content-type': 'multipart/form-data; boundary=x' } }],
    ['draft mode', { ...plainRequest, headers: { cookie: 'a=1; __prerender_bypass=xyz' } }],
    [
      'draft mode, first cookie',
      { ...plainRequest, headers: { cookie: '__prerender_bypass=xyz' } },
    ],
    ['an API client', { ...plainRequest, headers: { authorization: 'JWT x' } }],
    ['a partial request', { ...plainRequest, headers: { range: 'bytes=0-10' } }],
    ['the router payload', { ...plainRequest, headers: { rsc: '1' } }],
    ['a prefetch', { ...plainRequest, headers: { 'next-router-prefetch': '1' } }],
    ['a server action', { ...plainRequest, headers: { 'next-action': 'abc' } }],
    [
      'an internal Next.js header',
      { ...plainRequest, headers: { 'x-middleware-subrequest': 'a' } },
    ],
    ['a revalidation request', { ...plainRequest, headers: { 'x-prerender-revalidate': 'a' } }],
    ['the admin', { ...plainRequest, url: '/admin/collections/form-submissions' }],
    ['the API', { ...plainRequest, url: '/api/form-submissions?limit=10' }],
    ['a token link', { ...plainRequest, url: '/anmeldung/abmelden?token=x' }],
    ['a preview route', { ...plainRequest, url: '/next/preview?path=/' }],
    ['a full URL', { ...plainRequest, url: 'http://other.example/' }],
    ['a protocol-relative path', { ...plainRequest, url: '//other.example/' }],
    ['a very long URL', { ...plainRequest, url: `/?${'a'.repeat(3000)}` }],
    ['very long encodings', { ...plainRequest, headers: { 'accept-encoding': 'x'.repeat(300) } }],
  ])('not %s', (_, request) => expect(pageCacheKeyOf(request)).toBeUndefined())
})

const nextCacheHit = {
  status: 200,
  headers: {
    'cache-control': 'public, s-maxage=5, stale-while-revalidate=60',
    'x-nextjs-cache': 'HIT',
    vary: 'rsc, next-router-state-tree, next-router-prefetch, Accept-Encoding',
    'content-type': 'text/html; charset=utf-8',
  },
  requestHeaders: { host: 'opr.example' },
  bodyBytes: 38_000,
}

describe('which answers the page cache may keep', () => {
  it('a page Next.js took from its cache', () => {
    expect(keepableAnswer(nextCacheHit)).toEqual({
      varyingHeaders: ['rsc', 'next-router-state-tree', 'next-router-prefetch'],
    })
  })

  it.each([
    ['not 200', { status: 404 }],
    ['the outage answer', { status: 503 }],
    ['too big', { bodyBytes: pageCacheBodyLimit + 1 }],
    [
      // requests arriving during a render share it, though it may have begun before a change
      'just rendered',
      { headers: { ...nextCacheHit.headers, 'x-nextjs-cache': 'MISS' } },
    ],
    [
      'a stale copy being rebuilt',
      { headers: { ...nextCacheHit.headers, 'x-nextjs-cache': 'STALE' } },
    ],
    ['rendered per request', { headers: { ...nextCacheHit.headers, 'x-nextjs-cache': undefined } }],
    ['private', { headers: { ...nextCacheHit.headers, 'cache-control': 'private, no-store' } }],
    [
      'public but no-cache',
      { headers: { ...nextCacheHit.headers, 'cache-control': 'public, no-cache' } },
    ],
    ['without cache-control', { headers: { ...nextCacheHit.headers, 'cache-control': undefined } }],
    ['setting a cookie', { headers: { ...nextCacheHit.headers, 'set-cookie': ['a=1'] } }],
    ['varying on everything', { headers: { ...nextCacheHit.headers, vary: '*' } }],
    ['varying on a header the request had', { requestHeaders: { rsc: '1' } }],
  ])('not %s', (_, change) =>
    expect(keepableAnswer({ ...nextCacheHit, ...change })).toBeUndefined(),
  )
})

describe('the headers a kept page goes out with', () => {
  it('its own, without those of one sending, marked as a hit', () => {
    expect(
      headersToKeep({
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'self'",
        date: 'Mon, 07 Dec 2026 00:00:00 GMT',
        connection: 'keep-alive',
        'keep-alive': 'timeout=5',
        'transfer-encoding': 'chunked',
        'content-length': 38_000,
        'x-nextjs-cache': 'MISS',
      }),
    ).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'self'",
      'x-nextjs-cache': 'HIT',
    })
  })
})
