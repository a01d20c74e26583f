import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageView } from '@/components/views/PageView'
import { findPage, getSiteSettings, listPublicPartners } from '@/lib/content'
import { buildMetadata } from '@/lib/metadata'
import { homeSlug, pagePath } from '@/lib/paths'
import { pageAsShown } from '@/lib/startPage'
import { metadataOrDefaults, renderOrUnavailable } from '@/lib/unavailable'
import { currentViewer } from '@/lib/viewer'

type Props = { params: Promise<{ slug?: string[] }> }

// Rendered per request: a page may carry a form, whose timing token and free-seat count must be
// fresh. (Next.js cannot switch a cached route to per-request rendering at run time.)
export const dynamic = 'force-dynamic'

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
  return renderOrUnavailable(pagePath(slug), async () => {
    const page = await findPage(slug, await currentViewer())
    if (!page) notFound()
    const [settings, partners] = await Promise.all([getSiteSettings(), listPublicPartners()])
    return (
      <PageView page={await pageAsShown(page, settings)} settings={settings} partners={partners} />
    )
  })
}

export default ContentPage
