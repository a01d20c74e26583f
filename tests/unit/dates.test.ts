import { afterEach, describe, expect, it } from 'vitest'

import {
  berlinDateKey,
  berlinWallTimeToDate,
  eventTimeZone,
  formatDate,
  formatEventDateRange,
  formatTime,
  formatWeekday,
  formatWeekdayDate,
  isValidTimeOfDay,
} from '@/domain/dates'

const iso = (date: Date) => date.toISOString()

describe('formatting event dates', () => {
  it('formats the seeded event exactly', () => {
    expect(formatEventDateRange('2025-02-20T16:00:00.000Z', '2025-02-20T18:30:00.000Z')).toBe(
      'Donnerstag, 20. Februar 2025, 17:00–19:30 Uhr',
    )
  })

  it('accepts Date objects as well as ISO strings', () => {
    expect(
      formatEventDateRange(new Date('2025-02-20T16:00:00Z'), new Date('2025-02-20T18:30:00Z')),
    ).toBe('Donnerstag, 20. Februar 2025, 17:00–19:30 Uhr')
  })

  it('shows only the start time when there is no end', () => {
    const expected = 'Donnerstag, 20. Februar 2025, 17:00 Uhr'
    expect(formatEventDateRange('2025-02-20T16:00:00.000Z')).toBe(expected)
    expect(formatEventDateRange('2025-02-20T16:00:00.000Z', null)).toBe(expected)
  })

  it('ignores an end that is not after the start', () => {
    expect(formatEventDateRange('2025-02-20T16:00:00Z', '2025-02-20T16:00:00Z')).toBe(
      'Donnerstag, 20. Februar 2025, 17:00 Uhr',
    )
    expect(formatEventDateRange('2025-02-20T16:00:00Z', '2025-02-20T15:00:00Z')).toBe(
      'Donnerstag, 20. Februar 2025, 17:00 Uhr',
    )
  })

  it('writes both ends in full for an event over several days', () => {
    expect(formatEventDateRange('2025-02-20T16:00:00Z', '2025-02-21T11:00:00Z')).toBe(
      'Donnerstag, 20. Februar 2025, 17:00 Uhr – Freitag, 21. Februar 2025, 12:00 Uhr',
    )
  })

  it('writes both days for an event crossing midnight in Berlin', () => {
    expect(formatEventDateRange('2025-02-21T21:00:00Z', '2025-02-22T01:00:00Z')).toBe(
      'Freitag, 21. Februar 2025, 22:00 Uhr – Samstag, 22. Februar 2025, 02:00 Uhr',
    )
  })

  it('treats an end at midnight as the next day and writes 00:00, not 24:00', () => {
    expect(formatEventDateRange('2025-02-20T18:00:00Z', '2025-02-20T23:00:00Z')).toBe(
      'Donnerstag, 20. Februar 2025, 19:00 Uhr – Freitag, 21. Februar 2025, 00:00 Uhr',
    )
  })

  it('derives the weekday from the date: the same wall time in 2024 is a Tuesday', () => {
    const in2024 = berlinWallTimeToDate('2024-02-20', '17:00')
    expect(iso(in2024)).toBe('2024-02-20T16:00:00.000Z')
    expect(formatWeekday(in2024)).toBe('Dienstag')
    expect(formatEventDateRange(in2024)).toBe('Dienstag, 20. Februar 2024, 17:00 Uhr')
  })

  it('formats a summer event in summer time (UTC+2)', () => {
    expect(iso(berlinWallTimeToDate('2025-07-10', '17:00'))).toBe('2025-07-10T15:00:00.000Z')
    expect(formatEventDateRange('2025-07-10T15:00:00Z', '2025-07-10T17:00:00Z')).toBe(
      'Donnerstag, 10. Juli 2025, 17:00–19:00 Uhr',
    )
  })

  it('offers the single parts in German', () => {
    const start = '2025-02-20T16:00:00.000Z'
    expect(formatDate(start)).toBe('20. Februar 2025')
    expect(formatWeekdayDate(start)).toBe('Donnerstag, 20. Februar 2025')
    expect(formatTime(start)).toBe('17:00')
    expect(formatTime('2025-02-20T08:05:00Z')).toBe('09:05')
    expect(formatWeekday(start)).toBe('Donnerstag')
    expect(berlinDateKey(start)).toBe('2025-02-20')
    expect(berlinDateKey('2025-01-05T12:00:00Z')).toBe('2025-01-05')
  })

  it('rejects a string that is not a date with a German message', () => {
    expect(() => formatDate('kein Datum')).toThrow(/Ungültiges Datum/)
  })
})

describe('the spring change to summer time (30 March 2025)', () => {
  it('formats instants just before and after the switch', () => {
    expect(formatTime('2025-03-30T00:59:00Z')).toBe('01:59')
    expect(formatTime('2025-03-30T01:00:00Z')).toBe('03:00')
  })

  it('formats a range across the switch by wall clock', () => {
    expect(formatEventDateRange('2025-03-30T00:30:00Z', '2025-03-30T01:30:00Z')).toBe(
      'Sonntag, 30. März 2025, 01:30–03:30 Uhr',
    )
  })

  it('converts wall times on both sides of the gap', () => {
    expect(iso(berlinWallTimeToDate('2025-03-30', '01:59'))).toBe('2025-03-30T00:59:00.000Z')
    expect(iso(berlinWallTimeToDate('2025-03-30', '03:00'))).toBe('2025-03-30T01:00:00.000Z')
  })

  it('moves a wall time inside the gap forward to the next valid time', () => {
    const inGap = berlinWallTimeToDate('2025-03-30', '02:30')
    expect(iso(inGap)).toBe('2025-03-30T01:30:00.000Z')
    expect(formatTime(inGap)).toBe('03:30')
    expect(iso(berlinWallTimeToDate('2025-03-30', '02:00'))).toBe('2025-03-30T01:00:00.000Z')
  })
})

describe('the autumn change to winter time (26 October 2025)', () => {
  it('formats instants just before and after the switch', () => {
    expect(formatTime('2025-10-26T00:59:00Z')).toBe('02:59')
    expect(formatTime('2025-10-26T01:00:00Z')).toBe('02:00')
  })

  it('shows both occurrences of the repeated hour with the same wall time', () => {
    expect(formatTime('2025-10-26T00:30:00Z')).toBe('02:30')
    expect(formatTime('2025-10-26T01:30:00Z')).toBe('02:30')
  })

  it('takes the first occurrence (summer time) of a wall time in the overlap', () => {
    expect(iso(berlinWallTimeToDate('2025-10-26', '02:30'))).toBe('2025-10-26T00:30:00.000Z')
    expect(iso(berlinWallTimeToDate('2025-10-26', '02:00'))).toBe('2025-10-26T00:00:00.000Z')
  })

  it('converts wall times on both sides of the overlap', () => {
    expect(iso(berlinWallTimeToDate('2025-10-26', '01:59'))).toBe('2025-10-25T23:59:00.000Z')
    expect(iso(berlinWallTimeToDate('2025-10-26', '03:00'))).toBe('2025-10-26T02:00:00.000Z')
  })

  it('formats an evening event running into the night of the switch', () => {
    expect(formatEventDateRange('2025-10-25T20:00:00Z', '2025-10-26T02:00:00Z')).toBe(
      'Samstag, 25. Oktober 2025, 22:00 Uhr – Sonntag, 26. Oktober 2025, 03:00 Uhr',
    )
  })
})

describe('checking input', () => {
  it.each(['00:00', '09:05', '12:30', '23:59'])('accepts the time of day %s', (value) => {
    expect(isValidTimeOfDay(value)).toBe(true)
  })

  it.each(['24:00', '7:00', '12:60', '12:5', '1200', '', ' 12:00', '12:00:00'])(
    'rejects the time of day "%s"',
    (value) => {
      expect(isValidTimeOfDay(value)).toBe(false)
    },
  )

  it.each([
    ['2025-2-20', '17:00'],
    ['20.02.2025', '17:00'],
    ['2025-02-30', '17:00'],
    ['2025-13-01', '17:00'],
    ['2025-02-20', '24:00'],
    ['2025-02-20', '7:00'],
  ])('refuses to convert %s %s with a German message', (date, time) => {
    expect(() => berlinWallTimeToDate(date, time)).toThrow(/Ungültig|gibt es nicht/)
  })
})

describe('independence from the server time zone', () => {
  const originalTz = process.env.TZ

  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ
    else process.env.TZ = originalTz
  })

  // Late evening UTC is already the next day in Berlin.
  const lateEvening = '2025-02-20T23:30:00.000Z'

  it.each([
    ['UTC', 0],
    ['America/Los_Angeles', 480],
    ['Asia/Tokyo', -540],
    ['Pacific/Kiritimati', -840],
  ])('gives Berlin results when the process runs in %s', (zone, offsetMinutes) => {
    process.env.TZ = zone
    // Guards that the switch took effect, so the test would notice a dependency on local time.
    expect(new Date(lateEvening).getTimezoneOffset()).toBe(offsetMinutes)

    expect(eventTimeZone).toBe('Europe/Berlin')
    expect(formatWeekdayDate(new Date(lateEvening))).toBe('Freitag, 21. Februar 2025')
    expect(formatTime(lateEvening)).toBe('00:30')
    expect(berlinDateKey(lateEvening)).toBe('2025-02-21')
    expect(formatEventDateRange(lateEvening, '2025-02-21T01:00:00Z')).toBe(
      'Freitag, 21. Februar 2025, 00:30–02:00 Uhr',
    )
    expect(iso(berlinWallTimeToDate('2025-02-21', '00:30'))).toBe(lateEvening)
    expect(iso(berlinWallTimeToDate('2025-10-26', '02:30'))).toBe('2025-10-26T00:30:00.000Z')
  })
})

describe('timestamps in lists and exports', () => {
  it('show Berlin time, day first, 24 hours', async () => {
    const { formatTimestamp } = await import('@/domain/dates')
    expect(formatTimestamp('2026-11-25T07:07:00Z')).toBe('25.11.2026, 08:07')
    expect(formatTimestamp('2026-07-01T22:30:00Z')).toBe('02.07.2026, 00:30')
  })
})
