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

  it('still sees every other API and admin request', () => {
    expect(proxyRuns({ config, url: '/api/media', headers: json })).toBe(true)
    expect(proxyRuns({ config, url: '/api/media/file/logo.svg' })).toBe(true)
    expect(proxyRuns({ config, url: '/api/mediathek', headers: multipart })).toBe(true)
    expect(proxyRuns({ config, url: '/api/events', headers: multipart })).toBe(true)
    expect(proxyRuns({ config, url: '/admin/collections/media/create' })).toBe(true)
    expect(proxyRuns({ config, url: '/kontakt', headers: multipart })).toBe(true)
  })
})
