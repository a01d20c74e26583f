import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import {
  noStoreCacheControl,
  noStorePaths,
  ownPolicySources,
  publicCacheControl,
  publicPagesSource,
  publicRequestOnly,
  securityHeaders,
  sitePolicySource,
  withoutPolicy,
} from './src/config/securityHeaders'

const production = process.env.NODE_ENV === 'production'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // An ETag is a hash of the whole page (a loop over every character), computed again for every
  // request of a cached page, to spare a browser a second download of the same HTML. The proxy
  // in front keeps public pages for seconds anyway; the app's CPU is what a mail-blast burst runs
  // short of (see the README, „Messwerte“).
  generateEtags: false,
  // Invalidations reach every instance through PostgreSQL (see the file).
  cacheHandler: path.resolve(dirname, 'src/db/sharedCacheTags.cjs'),
  headers: async () => [
    // The site policy everywhere but on the answers that bring their own (see the module).
    { source: sitePolicySource, headers: securityHeaders(production) },
    ...ownPolicySources.map((source) => ({
      source,
      headers: withoutPolicy(securityHeaders(production)),
    })),
    ...noStorePaths.map((source) => ({
      source,
      headers: [{ key: 'Cache-Control', value: noStoreCacheControl }],
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
