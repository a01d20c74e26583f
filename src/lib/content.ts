/**
 * Every read the public site makes. All of them go through access control
 * (`overrideAccess: false`): visitors see only what is published and public.
 *
 * Two layers keep the site fast: published content is kept in Next.js' data cache across requests
 * (dropped on every publish, see `revalidateSite`), and React's `cache` lets layout, metadata and
 * page of one request share a read. Drafts are never kept.
 *
 * Every document leaves here without "[bitte ergänzen: …]" markers (`withoutPlaceholders`), so no
 * page, metadata or JSON-LD built from these reads can show one.
 */
import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload, type TypedUser } from 'payload'
import { cache } from 'react'

import { collectionSlugs, globalSlugs } from '@/config/slugs'
import { withoutPlaceholders } from '@/domain/placeholders'
import type { Event, Page, Partner, SiteSetting } from '@/payload-types'
import { siteContentTag } from './revalidate'

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

/**
 * Keeps a public read in Next.js' data cache. A minute at most, as a safety net for changes that
 * happen outside a request (scheduled publishing runs in the job queue, where Next cannot be told).
 * Outside the Next.js server (tests, scripts) there is no data cache, so the read runs directly.
 */
const sharedAcrossRequests = <Args extends string[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
) => {
  const cached = unstable_cache(read, [name], { tags: [siteContentTag], revalidate: 60 })
  return (...args: Args) => (process.env.NEXT_RUNTIME ? cached(...args) : read(...args))
}

const readPage = async (slug: string, viewer: Viewer): Promise<Page | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: collectionSlugs.pages,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
    ...asViewer(viewer),
  })
  return docs[0] ? withoutPlaceholders(docs[0]) : null
}
const readPublishedPage = sharedAcrossRequests('page', (slug: string) =>
  readPage(slug, publicViewer),
)

export const findPage = cache((slug: string, viewer = publicViewer): Promise<Page | null> =>
  viewer.draft ? readPage(slug, viewer) : readPublishedPage(slug),
)

const readEvent = async (slug: string, viewer: Viewer): Promise<Event | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: collectionSlugs.events,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    ...asViewer(viewer),
  })
  return docs[0] ? withoutPlaceholders(docs[0]) : null
}
const readPublishedEvent = sharedAcrossRequests('event', (slug: string) =>
  readEvent(slug, publicViewer),
)

export const findEvent = cache((slug: string, viewer = publicViewer): Promise<Event | null> =>
  viewer.draft ? readEvent(slug, viewer) : readPublishedEvent(slug),
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
  const events = withoutPlaceholders(docs)
  const upcoming = events.filter((e) => new Date(e.end) >= now)
  const past = events.filter((e) => new Date(e.end) < now).reverse()
  return { upcoming, past }
}

/**
 * The next few published events that have not ended, are not called off and are no examples: the
 * start page takes the first one still running when its own featured event is over.
 */
export const listFeaturableEvents = cache(
  sharedAcrossRequests('featurable-events', async (): Promise<Event[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: collectionSlugs.events,
      where: {
        and: [
          { end: { greater_than: new Date().toISOString() } },
          { eventStatus: { not_equals: 'cancelled' } },
          { isExample: { not_equals: true } },
        ],
      },
      sort: 'start',
      limit: 5,
      depth: 1,
      ...asViewer(publicViewer),
    })
    return withoutPlaceholders(docs)
  }),
)

export const listPublicPartners = cache(
  sharedAcrossRequests('partners', async (): Promise<Partner[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: collectionSlugs.partners,
      sort: 'name',
      limit: 500,
      depth: 1,
      ...asViewer(publicViewer),
    })
    return withoutPlaceholders(docs)
  }),
)

export const getSiteSettings = cache(
  sharedAcrossRequests('site-settings', async (): Promise<SiteSetting> => {
    const payload = await payloadClient()
    return withoutPlaceholders(
      await payload.findGlobal({
        slug: globalSlugs.siteSettings,
        depth: 1,
        ...asViewer(publicViewer),
      }),
    )
  }),
)

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
