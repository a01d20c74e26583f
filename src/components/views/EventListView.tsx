import { EventStatusBadge } from '@/components/EventFacts'
import { venueLine } from '@/domain/venue'
import { formatEventDateRange } from '@/domain/dates'
import { eventPath } from '@/lib/paths'
import { messages } from '@/messages/de'
import type { Event } from '@/payload-types'

const EventList = ({ events }: { events: Event[] }) => (
  <ul className="event-list">
    {events.map((event) => (
      <li key={event.id}>
        <h3>
          <a href={eventPath(event.slug)}>{event.title}</a>
        </h3>
        <EventStatusBadge event={event} />
        <p>
          <time dateTime={new Date(event.start).toISOString()}>
            {formatEventDateRange(event.start, event.end)}
          </time>
          <br />
          {venueLine(event.venue)}
        </p>
        {event.summary && <p>{event.summary}</p>}
      </li>
    ))}
  </ul>
)

export const EventListView = ({ upcoming, past }: { upcoming: Event[]; past: Event[] }) => (
  <article>
    <h1>{messages.events}</h1>
    <section aria-labelledby="kommende">
      <h2 id="kommende">{messages.upcomingEvents}</h2>
      {upcoming.length ? <EventList events={upcoming} /> : <p>{messages.noUpcomingEvents}</p>}
    </section>
    {past.length > 0 && (
      <section aria-labelledby="vergangene">
        <h2 id="vergangene">{messages.pastEvents}</h2>
        <EventList events={past} />
      </section>
    )}
  </article>
)
