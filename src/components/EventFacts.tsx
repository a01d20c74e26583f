import { formatEventDateRange } from '@/domain/dates'
import { venueLine } from '@/domain/venue'
import { eventCalendarPath } from '@/lib/paths'
import { messages } from '@/messages/de'
import type { Event } from '@/payload-types'

const mapLink = (venue: Event['venue']) =>
  `https://www.openstreetmap.org/search?query=${encodeURIComponent(
    [venue.street, venue.postalCode, venue.city].filter(Boolean).join(' '),
  )}`

export const EventStatusBadge = ({
  event,
  withStatus = true,
}: {
  event: Pick<Event, 'eventStatus' | 'isExample'>
  /** Off where an EventStatusNotice says it at length. */
  withStatus?: boolean
}) => (
  <>
    {withStatus && event.eventStatus === 'cancelled' && (
      <strong className="badge badge--alert">{messages.statusCancelled}</strong>
    )}
    {withStatus && event.eventStatus === 'postponed' && (
      <strong className="badge badge--alert">{messages.statusPostponed}</strong>
    )}
    {event.isExample && <span className="badge">{messages.exampleData}</span>}
  </>
)

/**
 * On the event's own page: what "abgesagt" or "verschoben" means for someone who registered or
 * wants to, right under the title.
 */
export const EventStatusNotice = ({ event }: { event: Pick<Event, 'eventStatus'> }) => {
  if (event.eventStatus === 'cancelled')
    return (
      <p className="notice" role="status">
        <strong>{messages.statusCancelled}</strong> {messages.cancelledExplanation}
      </p>
    )
  if (event.eventStatus === 'postponed')
    return (
      <p className="notice" role="status">
        <strong>{messages.statusPostponed}</strong> {messages.postponedExplanation}
      </p>
    )
  return null
}

/** When and where, with calendar download and map link: the facts an invitee looks for first. */
export const EventFacts = ({ event }: { event: Event }) => (
  <dl className="facts">
    <div>
      <dt>{messages.when}</dt>
      <dd>
        <time dateTime={new Date(event.start).toISOString()}>
          {formatEventDateRange(event.start, event.end)}
        </time>
        <br />
        <a href={eventCalendarPath(event.slug)} download title={messages.addToCalendarHint}>
          {messages.addToCalendar}
        </a>
      </dd>
    </div>
    <div>
      <dt>{messages.where}</dt>
      <dd>
        <address>{venueLine(event.venue)}</address>
        {event.venue.street && (
          <a href={mapLink(event.venue)} rel="noopener">
            {messages.showOnMap}
          </a>
        )}
      </dd>
    </div>
    {event.onlineUrl && (
      <div>
        <dt>{messages.online}</dt>
        <dd>
          <a href={event.onlineUrl} rel="noopener">
            {event.onlineUrl}
          </a>
        </dd>
      </div>
    )}
  </dl>
)
