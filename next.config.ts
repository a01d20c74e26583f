import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import {
  noStorePaths,
  publicCacheControl,
  publicPagesSource,
  publicRequestOnly,
  securityHeaders,
  withoutPolicy,
} from './src/config/securityHeaders'

const production = process.env.NODE_ENV === 'production'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Invalidations reach every instance through PostgreSQL (see the file).
  cacheHandler: path.resolve(dirname, 'src/db/sharedCacheTags.cjs'),
  headers: async () => [
    // Uploaded files get their policy from the Media collection (safeFileHeaders), as it depends
    // on the file's type; Next.js would keep a policy set here over the route's own.
    { source: '/((?!api/media/file/).*)', headers: securityHeaders(production) },
    { source: '/api/media/file/:path*', headers: withoutPolicy(securityHeaders(production)) },
    ...noStorePaths.map((source) => ({
      source,
      headers: [{ key: 'Cache-Control', value: 'private, no-store' }],
    })),
    // Next.js would send its cache's own lifetime (s-maxage of a minute, a year of stale): a proxy
    // would then show seat counts far older than ten seconds. It keeps a header set here.
    {
      source: publicPagesSource,
      missing: publicRequestOnly,
      headers: [{ key: 'Cache-Control', value: publicCacheControl }],
    },
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
