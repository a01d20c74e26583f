import type { MetadataRoute } from 'next'

import { readEnvironment } from '@/config/env'
import { listPublishedSlugs } from '@/lib/content'
import { eventPath, eventsPath, pagePath, partnersPath } from '@/lib/paths'

const sitemap = async (): Promise<MetadataRoute.Sitemap> => {
  const { serverUrl } = readEnvironment()
  const { pages, events } = await listPublishedSlugs()
  const url = (path: string) => new URL(path, serverUrl).toString()
  return [
    ...pages.map((p) => ({ url: url(pagePath(p.slug)), lastModified: p.updatedAt })),
    { url: url(eventsPath) },
    ...events.map((e) => ({ url: url(eventPath(e.slug)), lastModified: e.updatedAt })),
    { url: url(partnersPath) },
  ]
}

export default sitemap
