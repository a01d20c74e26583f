import type { MetadataRoute } from 'next'

import { readEnvironment } from '@/config/env'

const robots = (): MetadataRoute.Robots => {
  const { serverUrl } = readEnvironment()
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/next'] },
    sitemap: new URL('/sitemap.xml', serverUrl).toString(),
  }
}

export default robots
