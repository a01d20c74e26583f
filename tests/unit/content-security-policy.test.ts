import { unstable_getResponseFromNextConfig as respond } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'

import { accessDocumentPolicy, contentSecurityPolicy } from '@/config/securityHeaders'

import nextConfig from '../../next.config'

/** The policy `next.config.ts` puts on a path (a route may add its own only where it puts none). */
const configuredPolicy = async (path: string) =>
  (await respond({ url: `https://buendnis.example${path}`, nextConfig })).headers.get(
    'content-security-policy',
  )

describe('which policy a path gets', () => {
  it.each([
    '/',
    '/veranstaltungen/a',
    '/admin/datenauskunft',
    '/api/data-requests/export',
    '/api/data-requests/documents',
    '/api/data-requests/document/x',
    '/api/media',
    '/api/media/file',
  ])('%s: the site policy', async (path) => {
    // (under test NODE_ENV is not production: the development variant)
    expect(await configuredPolicy(path)).toBe(contentSecurityPolicy(true))
  })

  it.each(['/api/data-requests/document', '/api/media/file/logo.svg'])(
    '%s: none from the config, so its own policy holds',
    async (path) => {
      expect(await configuredPolicy(path)).toBeNull()
    },
  )

  it('the data-subject document may load and run nothing', () => {
    expect(accessDocumentPolicy).toMatch(/^default-src 'none'/)
    expect(accessDocumentPolicy).not.toMatch(/script-src|'self' 'unsafe-inline'|\*/)
    expect(accessDocumentPolicy).toContain("form-action 'none'")
    expect(accessDocumentPolicy).toContain("base-uri 'none'")
  })
})
