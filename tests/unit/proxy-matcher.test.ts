import { unstable_doesMiddlewareMatch as proxyRuns } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'

import { config } from '@/proxy'

const multipart = { 'content-type': 'multipart/form-data; boundary=x' }
const json = { 'content-type': 'application/json' }

describe('which requests the proxy sees (Next.js buffers their bodies, 10 MB at most)', () => {
  it('leaves media uploads to Payload, which streams them to disk', () => {
    expect(proxyRuns({ config, url: '/api/media', headers: multipart })).toBe(false)
    expect(proxyRuns({ config, url: '/api/media/12', headers: multipart })).toBe(false)
  })

  it('leaves the other API requests to the route, which limits their bodies itself', () => {
    expect(proxyRuns({ config, url: '/api/form-submissions', headers: json })).toBe(false)
    expect(proxyRuns({ config, url: '/api/media', headers: json })).toBe(false)
    expect(proxyRuns({ config, url: '/api/media/file/logo.svg' })).toBe(false)
    expect(proxyRuns({ config, url: '/api/events' })).toBe(false)
  })

  it('still sees the admin, multipart posts to the API but media, and form posts to pages', () => {
    expect(proxyRuns({ config, url: '/api/mediathek', headers: multipart })).toBe(true)
    expect(proxyRuns({ config, url: '/api/events', headers: multipart })).toBe(true)
    expect(proxyRuns({ config, url: '/admin/collections/media/create' })).toBe(true)
    expect(proxyRuns({ config, url: '/kontakt', headers: multipart })).toBe(true)
  })
})
