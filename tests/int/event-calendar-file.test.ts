/**
 * The event's .ics download end to end: stored event → collection hooks → route. The file format
 * itself is covered in tests/unit/ics.test.ts; here it is about what a calendar program sees when
 * the event is stored, downloaded again, and then cancelled.
 */
import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readEnvironment } from '@/config/env'
import type { Event } from '@/payload-types'

import { noRevalidate } from '../helpers/context'
import { testPayload } from '../helpers/payload'

let payload: Payload
let event: Event

// Sunday 25 October 2026, Berlin: at 03:00 summer time the clocks go back to 02:00.
const startsSummerTime = '2026-10-24T23:30:00.000Z' // 01:30 CEST
const endsWinterTime = '2026-10-25T02:30:00.000Z' // 03:30 CET

/** iCalendar times have whole seconds. */
const toWholeSecond = (iso: string) =>
  new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString()

const download = async () => {
  const { GET } = await import('@/app/(frontend)/veranstaltungen/[slug]/kalender.ics/route')
  const response = await GET(new Request('http://localhost/x'), {
    params: Promise.resolve({ slug: event.slug }),
  })
  expect(response.status).toBe(200)
  return response.text()
}

const parse = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  // ical.js resolves TZID only with zones it knows; the file's own VTIMEZONE must suffice.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  const vevent = calendar.getFirstSubcomponent('vevent')!
  return { calendar, vevent, parsed: new ICAL.Event(vevent) }
}

beforeAll(async () => {
  payload = await testPayload()
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      office: { name: 'Partnerschaft für Demokratie OPR', email: 'demokratie@test.example' },
      funding: { ministryName: 'Bundesministerium', disclaimer: 'Haftungshinweis' },
    },
    context: noRevalidate,
  })
  event = await payload.create({
    collection: 'events',
    data: {
      title: 'Nachtwanderung zur Zeitumstellung',
      slug: 'nachtwanderung-zeitumstellung',
      eventStatus: 'planned',
      start: startsSummerTime,
      end: endsWinterTime,
      start_tz: 'Europe/Berlin',
      end_tz: 'Europe/Berlin',
      venue: { name: 'Schlosspark', city: 'Rheinsberg' },
      _status: 'published',
    },
    context: noRevalidate,
  })
})

afterAll(() => ICAL.TimezoneService.reset())

describe('calendar file of an event across the October change to winter time', () => {
  it('publishes Berlin times with both zone rules and the right instants', async () => {
    const { calendar, vevent, parsed } = parse(await download())
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')

    const [zone, ...others] = calendar.getAllSubcomponents('vtimezone')
    expect(others).toEqual([])
    expect(zone.getFirstPropertyValue('tzid')).toBe('Europe/Berlin')
    expect(zone.getAllSubcomponents('standard').length).toBeGreaterThan(0)
    expect(zone.getAllSubcomponents('daylight').length).toBeGreaterThan(0)

    // Wall times 01:30 and 03:30 are four hours apart, not two: the hour 02:00–03:00 runs twice.
    expect(vevent.getFirstProperty('dtstart')!.toICALString()).toBe(
      'DTSTART;TZID=Europe/Berlin:20261025T013000',
    )
    expect(parsed.startDate.toJSDate().toISOString()).toBe(startsSummerTime)
    expect(parsed.endDate.toJSDate().toISOString()).toBe(endsWinterTime)

    const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time
    expect(stamp.toJSDate().toISOString()).toBe(toWholeSecond(event.updatedAt))
    expect(parsed.sequence).toBe(0)
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED')
  })

  it('keeps the UID when downloaded again and when cancelled, with a higher SEQUENCE', async () => {
    const first = await download()
    expect(await download()).toBe(first)
    const uid = parse(first).parsed.uid
    expect(uid).toBe(`event-${event.id}@${new URL(readEnvironment().serverUrl).hostname}`)

    const cancelled = await payload.update({
      collection: 'events',
      id: event.id,
      data: { eventStatus: 'cancelled' },
      context: noRevalidate,
    })
    expect(cancelled.calendarSequence).toBe(1)

    const { vevent, parsed } = parse(await download())
    expect(parsed.uid).toBe(uid)
    expect(parsed.sequence).toBe(cancelled.calendarSequence)
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(parsed.startDate.toJSDate().toISOString()).toBe(startsSummerTime)
    const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time
    expect(stamp.toJSDate().toISOString()).toBe(toWholeSecond(cancelled.updatedAt))
  })
})
