import { featureCurrentEvents, isEventOver, pastFeaturedEvents } from '@/domain/featuredEvents'
import type { Event, Page, SiteSetting } from '@/payload-types'
import { listFeaturableEvents } from './content'
import { homeSlug } from './paths'

const report = (error: unknown) =>
  console.error('[Website] Nächste Veranstaltung für die Startseite nicht lesbar:', error)

/**
 * The start page as it is shown now: a featured event that is over gives way to the next one
 * (site settings, "Startseite"), and "Zur Anmeldung" only while registration is possible. Applied
 * per request, as the page itself is rendered: an event's end is no publish that clears a cache.
 * When the next event cannot be read (database away), the page keeps the editor's choice.
 */
export const pageAsShown = async (
  page: Page,
  settings: SiteSetting,
  now = new Date(),
): Promise<Page> => {
  if (page.slug !== homeSlug || !page.layout?.length) return page
  let followNextEvent = settings.startPage?.followNextEvent !== false
  let nextEvent: Event | undefined
  if (followNextEvent && pastFeaturedEvents(page.layout, now).length) {
    try {
      nextEvent = (await listFeaturableEvents()).find((event) => !isEventOver(event, now))
    } catch (error) {
      report(error)
      followNextEvent = false
    }
  }
  return { ...page, layout: featureCurrentEvents(page.layout, { now, followNextEvent, nextEvent }) }
}
