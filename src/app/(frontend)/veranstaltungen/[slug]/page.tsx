import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { EventView } from '@/components/views/EventView'
import { readEnvironment } from '@/config/env'
import { findEvent, getSiteSettings } from '@/lib/content'
import { buildMetadata } from '@/lib/metadata'
import { eventPath } from '@/lib/paths'
import { metadataOrDefaults, renderCachedOrFail } from '@/components/renderGuards'
import { currentViewer } from '@/lib/viewer'

type Props = { params: Promise<{ slug: string }> }

// The same HTML for every visitor, kept in Next.js' cache: rebuilt on publish and, by the event's
// seat tag, when seats change; at most a minute old otherwise (the content reads' own limit).
// Draft mode renders per request and is never kept.
export const revalidate = 60
// No page is built ahead (the build needs no content); an empty list still makes the route one
// that Next.js renders on first request and then keeps, instead of rendering it on every request.
export const generateStaticParams = async () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { slug } = await params
  return metadataOrDefaults(eventPath(slug), async () => {
    const event = await findEvent(slug, await currentViewer())
    if (!event) return {}
    return buildMetadata({
      title: event.title,
      metaTitle: event.meta?.title,
      description: event.meta?.description || event.summary,
      image: event.meta?.image || event.image,
      path: eventPath(event.slug),
      settings: await getSiteSettings(),
      type: 'article',
    })
  })
}

const EventPage = async ({ params }: Props) => {
  const { slug } = await params
  return renderCachedOrFail(eventPath(slug), async () => {
    const event = await findEvent(slug, await currentViewer())
    if (!event) notFound()
    const settings = await getSiteSettings()
    return <EventView event={event} settings={settings} serverUrl={readEnvironment().serverUrl} />
  })
}

export default EventPage
