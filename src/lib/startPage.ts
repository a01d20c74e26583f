import { collectionSlugs } from '@/collections/slugs'
import { featureCurrentEvents, pastFeaturedEvents } from '@/domain/featuredEvents'
import { withoutPlaceholders } from '@/domain/placeholders'
import type { Event, Page, SiteSetting } from '@/payload-types'
import { payloadClient } from './content'
import { homeSlug } from './paths'

/** The next published event that has not ended, is not called off and is no example. */
export const nextFeaturableEvent = async (now: Date): Promise<Event | undefined> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: collectionSlugs.events,
    where: {
      and: [
        { end: { greater_than: now.toISOString() } },
        { eventStatus: { not_equals: 'cancelled' } },
        { isExample: { not_equals: true } },
      ],
    },
    sort: 'start',
    limit: 1,
    depth: 1,
    overrideAccess: false,
  })
  return docs[0] ? withoutPlaceholders(docs[0]) : undefined
}

/**
 * The start page as it is shown now: a featured event that is over gives way to the next one
 * (site settings, "Startseite"), and "Zur Anmeldung" only while registration is possible. Read per
 * request, as the page itself is: the moment an event ends is not a publish that clears a cache.
 */
export const pageAsShown = async (
  page: Page,
  settings: SiteSetting,
  now = new Date(),
): Promise<Page> => {
  if (page.slug !== homeSlug || !page.layout?.length) return page
  const followNextEvent = settings.startPage?.followNextEvent !== false
  const nextEvent =
    followNextEvent && pastFeaturedEvents(page.layout, now).length
      ? await nextFeaturableEvent(now)
      : undefined
  return { ...page, layout: featureCurrentEvents(page.layout, { now, followNextEvent, nextEvent }) }
}
