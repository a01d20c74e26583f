import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageView } from '@/components/views/PageView'
import { findPage, getSiteSettings, listPublicPartners } from '@/lib/content'
import { buildMetadata } from '@/lib/metadata'
import { homeSlug, pagePath } from '@/lib/paths'
import { pageAsShown } from '@/lib/startPage'
import { metadataOrDefaults, renderCachedOrFail } from '@/components/renderGuards'
import { currentViewer } from '@/lib/viewer'

type Props = { params: Promise<{ slug?: string[] }> }

// The same HTML for every visitor, kept in Next.js' cache: rebuilt on publish and, by the event's
// seat tag, when seats change; at most a minute old otherwise (the content reads' own limit).
// Draft mode renders per request and is never kept.
export const revalidate = 60
// No page is built ahead (the build needs no content); an empty list still makes the route one
// that Next.js renders on first request and then keeps, instead of rendering it on every request.
export const generateStaticParams = async () => []

const slugOf = async (params: Props['params']) => {
  const { slug } = await params
  if (!slug?.length) return homeSlug
  return slug.length === 1 ? decodeURIComponent(slug[0]) : undefined
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const slug = await slugOf(params)
  return metadataOrDefaults(pagePath(slug ?? ''), async () => {
    const page = slug ? await findPage(slug, await currentViewer()) : null
    if (!page) return {}
    return buildMetadata({
      title: page.title,
      metaTitle: page.meta?.title,
      description: page.meta?.description,
      image: page.meta?.image,
      path: pagePath(page.slug),
      settings: await getSiteSettings(),
    })
  })
}

const ContentPage = async ({ params }: Props) => {
  const slug = await slugOf(params)
  if (!slug) notFound()
  return renderCachedOrFail(pagePath(slug), async () => {
    const page = await findPage(slug, await currentViewer())
    if (!page) notFound()
    const [settings, partners] = await Promise.all([getSiteSettings(), listPublicPartners()])
    return (
      <PageView page={await pageAsShown(page, settings)} settings={settings} partners={partners} />
    )
  })
}

export default ContentPage
