import { TZDate } from '@date-fns/tz'
import ical, { escape, ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'

import { eventTimeZone, toDate } from '@/domain/dates'

export type CalendarEvent = {
  /** Stable across updates, e.g. `event-42@demokratie.opr.de`, so calendars replace the entry. */
  uid: string
  title: string
  /** Plain text. */
  description?: string
  /** One line, e.g. "Sitzungssaal der Kreisverwaltung, Virchowstr. 14-16, 16816 Neuruppin". */
  location?: string
  url?: string
  start: Date | string
  /** Without an end the event lasts two hours. */
  end?: Date | string | null
  /** Used as DTSTAMP and LAST-MODIFIED. */
  updatedAt: Date | string
  /** Raised by the caller whenever the event changes, so clients accept the update. */
  sequence: number
  cancelled?: boolean
  organizer?: { name: string; email: string }
  /**
   * CANCEL for the mail that tells a registered person the event is off (RFC 5546): calendar
   * programs then remove or strike the entry instead of adding it again.
   */
  method?: 'PUBLISH' | 'CANCEL'
}

const officeName = 'Partnerschaft für Demokratie OPR'
const defaultDuration = 2 * 60 * 60 * 1000

const vtimezoneFor = (timeZone: string): string | null => {
  const block = tzlib_get_ical_block(timeZone)
  return Array.isArray(block) && block[0] ? block[0] : null
}

// ical-generator writes a plain Date in the server's local time next to TZID; a TZDate carries its
// zone, so the wall-clock time is Berlin's regardless of process.env.TZ.
const inBerlin = (value: Date | string): TZDate =>
  new TZDate(toDate(value).getTime(), eventTimeZone)

const singleLine = (value: string): string => value.replace(/\s*[\r\n]+\s*/g, ' ').trim()

export const buildEventCalendar = (
  event: CalendarEvent,
  productName = 'Veranstaltungen',
): string => {
  const start = toDate(event.start)
  const givenEnd = event.end == null || event.end === '' ? null : toDate(event.end)
  // ical-generator would silently swap a backwards range; an end that is not after the start is
  // treated like a missing one.
  const end =
    givenEnd && givenEnd.getTime() > start.getTime()
      ? givenEnd
      : new Date(start.getTime() + defaultDuration)

  const calendar = ical({
    // The library prepends the leading "-" itself. PRODID is not escaped by it.
    prodId: `//${officeName}//${escape(singleLine(productName), false)}//DE`,
    method: event.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    // Only the generator, no calendar-wide name: with a name, ical-generator writes DTSTAMP and
    // LAST-MODIFIED as local time without "Z", which RFC 5545 forbids for DTSTAMP.
    timezone: { name: null, generator: vtimezoneFor },
  })

  calendar.createEvent({
    id: event.uid,
    sequence: event.sequence,
    stamp: toDate(event.updatedAt),
    lastModified: toDate(event.updatedAt),
    timezone: eventTimeZone,
    start: inBerlin(start),
    end: inBerlin(end),
    summary: event.title,
    description: event.description || null,
    location: event.location ? singleLine(event.location) : null,
    url: event.url ? singleLine(event.url) : null,
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: event.organizer
      ? { name: singleLine(event.organizer.name), email: singleLine(event.organizer.email) }
      : null,
  })

  // RFC 5545 ends every content line with CRLF, the last one included; the library omits it.
  return `${calendar.toString()}\r\n`
}

/** A download name such as "auftaktkonferenz.ics", limited to [a-z0-9-]. */
export const icsFileName = (slug: string): string => {
  const base = slug
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return `${base || 'veranstaltung'}.ics`
}
