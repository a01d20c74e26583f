import type { Metadata } from 'next'

import { readEnvironment } from '@/config/env'
import type { Media, SiteSetting } from '@/payload-types'

type Input = {
  title: string
  /** The editor's search-engine title (SEO tab): already complete, as its preview there shows. */
  metaTitle?: string | null
  description?: string | null
  path: string
  image?: number | Media | null
  settings: SiteSetting
  type?: 'website' | 'article'
}

const imageUrl = (image: Input['image'], serverUrl: string) =>
  image && typeof image === 'object' && image.url
    ? new URL(image.url, serverUrl).toString()
    : undefined

/** Title, description, canonical URL and OpenGraph/Twitter cards for one public page. */
export const buildMetadata = ({
  title,
  metaTitle,
  description,
  path,
  image,
  settings,
  type = 'website',
}: Input): Metadata => {
  const { serverUrl } = readEnvironment()
  const text = description || settings.sharing?.description || undefined
  const picture = imageUrl(image, serverUrl) ?? imageUrl(settings.sharing?.image, serverUrl)
  return {
    // The layout's template adds " – <office>"; a complete SEO title must not get it a second time.
    title: metaTitle ? { absolute: metaTitle } : title,
    description: text,
    alternates: { canonical: new URL(path, serverUrl).toString() },
    openGraph: {
      title: metaTitle || title,
      description: text,
      url: new URL(path, serverUrl).toString(),
      siteName: settings.office.name,
      locale: 'de_DE',
      type,
      images: picture ? [{ url: picture }] : undefined,
    },
    twitter: {
      card: picture ? 'summary_large_image' : 'summary',
      title: metaTitle || title,
      description: text,
    },
  }
}
