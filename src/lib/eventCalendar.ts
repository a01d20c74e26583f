import { venueLine } from '@/domain/venue'
import { buildEventCalendar } from '@/domain/ics'
import type { Event, SiteSetting } from '@/payload-types'
import { eventPath } from './paths'

/** The .ics file of one event: same UID forever, SEQUENCE raised by the events collection. */
export const calendarFileOf = (
  event: Event,
  settings: SiteSetting,
  serverUrl: string,
  method: 'PUBLISH' | 'CANCEL' = 'PUBLISH',
) =>
  buildEventCalendar({
    method,
    uid: `event-${event.id}@${new URL(serverUrl).hostname}`,
    title: event.title,
    description: [event.summary, `${serverUrl}${eventPath(event.slug)}`]
      .filter(Boolean)
      .join('\n\n'),
    location: venueLine(event.venue),
    url: `${serverUrl}${eventPath(event.slug)}`,
    start: event.start,
    end: event.end,
    updatedAt: event.updatedAt,
    sequence: event.calendarSequence ?? 0,
    cancelled: event.eventStatus === 'cancelled',
    organizer: { name: settings.office.name, email: settings.office.email },
  })
