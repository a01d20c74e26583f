/**
 * Every read the public site makes. Wrapped in React's `cache`, so layout, metadata and page of
 * one request share a read instead of repeating it. All of them go through access control
 * (`overrideAccess: false`): visitors see only what is published and public.
 */
import config from '@payload-config'
import { getPayload, type TypedUser } from 'payload'
import { cache } from 'react'

import { collectionSlugs, globalSlugs } from '@/collections/slugs'
import type { Event, Page, Partner, SiteSetting } from '@/payload-types'

/** Who is looking: the public, or signed-in staff previewing drafts. */
export type Viewer = { draft: boolean; user?: TypedUser | null }

export const publicViewer: Viewer = { draft: false }

// `cron: true` starts the job queue's timers (mail, retention) with the first request that needs
// Payload, not only once someone calls the REST API.
export const payloadClient = () => getPayload({ config, cron: true })

const asViewer = (viewer: Viewer) => ({
  draft: viewer.draft,
  user: viewer.user ?? undefined,
  overrideAccess: false,
})

export const findPage = cache(async (slug: string, viewer = publicViewer): Promise<Page | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: collectionSlugs.pages,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
    ...asViewer(viewer),
  })
  return docs[0] ?? null
})

export const findEvent = cache(
  async (slug: string, viewer = publicViewer): Promise<Event | null> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: collectionSlugs.events,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      ...asViewer(viewer),
    })
    return docs[0] ?? null
  },
)

/** Upcoming events (still running or ahead) first, soonest first; past ones newest first. */
export const listEvents = async (now = new Date()) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: collectionSlugs.events,
    sort: 'start',
    limit: 200,
    depth: 0,
    ...asViewer(publicViewer),
  })
  const upcoming = docs.filter((e) => new Date(e.end) >= now)
  const past = docs.filter((e) => new Date(e.end) < now).reverse()
  return { upcoming, past }
}

export const listPublicPartners = cache(async (): Promise<Partner[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: collectionSlugs.partners,
    sort: 'name',
    limit: 500,
    depth: 1,
    ...asViewer(publicViewer),
  })
  return docs
})

export const getSiteSettings = cache(async (): Promise<SiteSetting> => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 1, ...asViewer(publicViewer) })
})

export const listPublishedSlugs = async () => {
  const payload = await payloadClient()
  const options = { limit: 1000, depth: 0, ...asViewer(publicViewer) } as const
  const [pages, events] = await Promise.all([
    payload.find({
      collection: collectionSlugs.pages,
      select: { slug: true, updatedAt: true },
      ...options,
    }),
    payload.find({
      collection: collectionSlugs.events,
      select: { slug: true, updatedAt: true },
      ...options,
    }),
  ])
  return { pages: pages.docs, events: events.docs }
}
