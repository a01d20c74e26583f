import { venueLine } from '@/domain/venue'
import { eventPath } from '@/lib/paths'
import type { Event, SiteSetting } from '@/payload-types'

const statusOf: Record<string, string> = {
  planned: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
}

/** schema.org Event data for search engines; data only, no script runs in the browser. */
export const eventJsonLd = (event: Event, settings: SiteSetting, serverUrl: string) => ({
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: event.title,
  description: event.summary ?? undefined,
  startDate: new Date(event.start).toISOString(),
  endDate: new Date(event.end).toISOString(),
  eventStatus: statusOf[event.eventStatus] ?? statusOf.planned,
  eventAttendanceMode: event.onlineUrl
    ? 'https://schema.org/MixedEventAttendanceMode'
    : 'https://schema.org/OfflineEventAttendanceMode',
  url: `${serverUrl}${eventPath(event.slug)}`,
  inLanguage: 'de',
  location: {
    '@type': 'Place',
    name: venueLine(event.venue),
    address: {
      '@type': 'PostalAddress',
      streetAddress: event.venue.street ?? undefined,
      postalCode: event.venue.postalCode ?? undefined,
      addressLocality: event.venue.city ?? undefined,
      addressCountry: 'DE',
    },
  },
  organizer: {
    '@type': 'Organization',
    name: settings.office.name,
    email: settings.office.email,
    url: serverUrl,
  },
})

export const EventJsonLd = (props: { event: Event; settings: SiteSetting; serverUrl: string }) => (
  <script
    type="application/ld+json"
    // JSON.stringify escapes quotes; "<" is escaped so editor text can never close the tag.
    dangerouslySetInnerHTML={{
      __html: JSON.stringify(eventJsonLd(props.event, props.settings, props.serverUrl)).replace(
        /</g,
        '\\u003c',
      ),
    }}
  />
)
