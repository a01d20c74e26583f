import { unstable_doesMiddlewareMatch as proxyRuns } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'

import { config } from '@/proxy'

const multipart = { 'content-type': 'multipart/form-data; boundary=x' }
const json = { 'content-type': 'application/json' }

describe('which requests the proxy sees (Next.js buffers their bodies, 10 MB at most)', () => {
  it('leaves the REST API to its route, which limits bodies itself (src/lib/officeApiRequest.ts)', () => {
    expect(proxyRuns({ config, url: '/api/media', headers: multipart })).toBe(false)
    expect(proxyRuns({ config, url: '/api/media/12', headers: multipart })).toBe(false)
    expect(proxyRuns({ config, url: '/api/events', headers: multipart })).toBe(false)
    expect(proxyRuns({ config, url: '/api/form-submissions', headers: json })).toBe(false)
    expect(proxyRuns({ config, url: '/api/media/file/logo.svg' })).toBe(false)
    expect(proxyRuns({ config, url: '/api/events' })).toBe(false)
  })

  it('still sees the admin and form posts to pages', () => {
    expect(proxyRuns({ config, url: '/admin/collections/media/create' })).toBe(true)
    expect(proxyRuns({ config, url: '/kontakt', headers: multipart })).toBe(true)
  })
})
