import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { noStorePaths, securityHeaders, withoutPolicy } from './src/config/securityHeaders'

const production = process.env.NODE_ENV === 'production'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  headers: async () => [
    // Uploaded files get their policy from the Media collection (safeFileHeaders), as it depends
    // on the file's type; Next.js would keep a policy set here over the route's own.
    { source: '/((?!api/media/file/).*)', headers: securityHeaders(production) },
    { source: '/api/media/file/:path*', headers: withoutPolicy(securityHeaders(production)) },
    ...noStorePaths.map((source) => ({
      source,
      headers: [{ key: 'Cache-Control', value: 'no-store' }],
    })),
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
