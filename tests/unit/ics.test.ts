import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildEventCalendar, type CalendarEvent, icsFileName } from '@/domain/ics'

const seededEvent: CalendarEvent = {
  uid: 'event-42@demokratie.opr.de',
  title: 'Auftaktkonferenz: Demokratie, Vielfalt; Beteiligung – für Groß und Klein in Öko-Städten',
  description:
    'Begrüßung durch die Landrätin; danach Workshops, Austausch\nund Imbiss (C:\\Programme)',
  location: 'Sitzungssaal der Kreisverwaltung, Virchowstr. 14-16, 16816 Neuruppin',
  url: 'https://demokratie.opr.de/veranstaltungen/auftaktkonferenz',
  start: '2025-02-20T16:00:00.000Z',
  end: '2025-02-20T18:30:00.000Z',
  updatedAt: '2025-02-01T09:15:00.000Z',
  sequence: 3,
  organizer: { name: 'Koordinierungs- und Fachstelle', email: 'demokratie@opr.de' },
}

const parse = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  // ical.js knows no zones but UTC; registering the file's VTIMEZONE makes it resolve TZID with the
  // rules we ship, instead of treating the times as floating local times.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone)
  }
  const vevent = calendar.getFirstSubcomponent('vevent')
  if (!vevent) throw new Error('kein VEVENT in der Ausgabe')
  return { calendar, vevent, event: new ICAL.Event(vevent) }
}

const lines = (ics: string) => ics.split('\r\n').slice(0, -1)

describe('building an iCalendar file for an event', () => {
  const originalTz = process.env.TZ

  // A server far from Berlin exposes any place where local time leaks into the file.
  beforeAll(() => {
    process.env.TZ = 'America/New_York'
    expect(new Date('2025-02-20T16:00:00Z').getHours()).toBe(11)
  })

  afterAll(() => {
    if (originalTz === undefined) delete process.env.TZ
    else process.env.TZ = originalTz
    ICAL.TimezoneService.reset()
  })

  it('round-trips title, location and description with umlauts and special characters', () => {
    const { event } = parse(buildEventCalendar(seededEvent))
    expect(event.uid).toBe(seededEvent.uid)
    expect(event.summary).toBe(seededEvent.title)
    expect(event.location).toBe(seededEvent.location)
    expect(event.description).toBe(seededEvent.description)
  })

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    const unfolded = buildEventCalendar(seededEvent).replace(/\r\n /g, '')
    expect(unfolded).toContain(
      'DESCRIPTION:Begrüßung durch die Landrätin\\; danach Workshops\\, Austausch\\nund Imbiss (C:\\\\Programme)\r\n',
    )
  })

  it('keeps the start and end instants of a winter event with Berlin wall times', () => {
    const ics = buildEventCalendar(seededEvent)
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20250220T170000\r\n')
    expect(ics).toContain('DTEND;TZID=Europe/Berlin:20250220T193000\r\n')
    const { event } = parse(ics)
    expect(event.startDate.zone?.tzid).toBe('Europe/Berlin')
    expect(event.startDate.toJSDate().toISOString()).toBe('2025-02-20T16:00:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2025-02-20T18:30:00.000Z')
  })

  it('keeps the instants of an event across the October change to winter time', () => {
    const ics = buildEventCalendar({
      ...seededEvent,
      start: new Date('2025-10-25T20:00:00Z'), // 22:00 summer time
      end: new Date('2025-10-26T02:00:00Z'), // 03:00 winter time
    })
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20251025T220000\r\n')
    expect(ics).toContain('DTEND;TZID=Europe/Berlin:20251026T030000\r\n')
    const { event } = parse(ics)
    expect(event.startDate.toUnixTime()).toBe(Date.parse('2025-10-25T20:00:00Z') / 1000)
    expect(event.endDate.toUnixTime()).toBe(Date.parse('2025-10-26T02:00:00Z') / 1000)
  })

  it('lets an event without an end last two hours', () => {
    const { event } = parse(buildEventCalendar({ ...seededEvent, end: null }))
    expect(event.endDate.toJSDate().toISOString()).toBe('2025-02-20T18:00:00.000Z')
  })

  it('ships a VTIMEZONE for Europe/Berlin with summer and winter rules', () => {
    const { calendar } = parse(buildEventCalendar(seededEvent))
    const zones = calendar.getAllSubcomponents('vtimezone')
    expect(zones).toHaveLength(1)
    expect(zones[0].getFirstPropertyValue('tzid')).toBe('Europe/Berlin')
    expect(zones[0].getAllSubcomponents('standard')).toHaveLength(1)
    expect(zones[0].getAllSubcomponents('daylight')).toHaveLength(1)
  })

  it('publishes with the office as producer', () => {
    const { calendar } = parse(buildEventCalendar(seededEvent))
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(calendar.getFirstPropertyValue('prodid')).toBe(
      '-//Partnerschaft für Demokratie OPR//Veranstaltungen//DE',
    )
  })

  it('names a different product in PRODID when asked', () => {
    const { calendar } = parse(buildEventCalendar(seededEvent, 'Newsletter'))
    expect(calendar.getFirstPropertyValue('prodid')).toBe(
      '-//Partnerschaft für Demokratie OPR//Newsletter//DE',
    )
  })

  it('writes DTSTAMP and LAST-MODIFIED in UTC from the last change', () => {
    const ics = buildEventCalendar(seededEvent)
    expect(lines(ics)).toContain('DTSTAMP:20250201T091500Z')
    expect(lines(ics)).toContain('LAST-MODIFIED:20250201T091500Z')
    const { vevent } = parse(ics)
    const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time
    expect(stamp.toJSDate().toISOString()).toBe('2025-02-01T09:15:00.000Z')
  })

  it('marks a normal event as confirmed with its sequence number', () => {
    const { event, vevent } = parse(buildEventCalendar(seededEvent))
    expect(event.sequence).toBe(3)
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED')
  })

  it('marks a cancelled event as cancelled', () => {
    const { event, vevent } = parse(
      buildEventCalendar({ ...seededEvent, sequence: 4, cancelled: true }),
    )
    expect(event.sequence).toBe(4)
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED')
  })

  it('tells calendars to remove the entry when the office cancels it by mail', () => {
    const { calendar, event, vevent } = parse(
      buildEventCalendar({ ...seededEvent, sequence: 5, cancelled: true, method: 'CANCEL' }),
    )
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL')
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(event.uid).toBe(seededEvent.uid)
    expect(event.sequence).toBe(5)
  })

  it('publishes unless asked to cancel', () => {
    const { calendar } = parse(buildEventCalendar(seededEvent))
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
  })

  it('names the organiser and links the event page', () => {
    const { vevent } = parse(buildEventCalendar(seededEvent))
    const organizer = vevent.getFirstProperty('organizer')
    expect(organizer?.getFirstValue()).toBe('mailto:demokratie@opr.de')
    expect(organizer?.getParameter('cn')).toBe('Koordinierungs- und Fachstelle')
    expect(vevent.getFirstPropertyValue('url')).toBe(seededEvent.url)
  })

  it('ends every line with CRLF and folds lines at 75 octets', () => {
    const ics = buildEventCalendar(seededEvent)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of lines(ics)) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    }
    // The long title and location must actually have been folded.
    expect(lines(ics).some((line) => line.startsWith(' '))).toBe(true)
  })
})

describe('naming the download', () => {
  it('uses the slug as file name', () => {
    expect(icsFileName('auftaktkonferenz')).toBe('auftaktkonferenz.ics')
  })

  it('keeps only lower-case letters, digits and hyphens', () => {
    expect(icsFileName('Café Über-Grenzen 2025!')).toBe('cafe-ueber-grenzen-2025.ics')
    expect(icsFileName('../../etc/passwd')).toBe('etc-passwd.ics')
  })

  it('falls back to a generic name when nothing is left', () => {
    expect(icsFileName('???')).toBe('veranstaltung.ics')
  })
})
