import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { noStorePaths, securityHeaders } from './src/config/securityHeaders'

const production = process.env.NODE_ENV === 'production'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  headers: async () => [
    { source: '/:path*', headers: securityHeaders(production) },
    ...noStorePaths.map((source) => ({
      source,
      headers: [{ key: 'Cache-Control', value: 'no-store' }],
    })),
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
