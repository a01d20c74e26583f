import { tzOffset } from '@date-fns/tz'

/** Every date on the site is shown in the office's local time, whatever the server's TZ is. */
export const eventTimeZone = 'Europe/Berlin'

export type DateInput = Date | string

const locale = 'de-DE'

const weekdayDateFormat = new Intl.DateTimeFormat(locale, {
  timeZone: eventTimeZone,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

const dateFormat = new Intl.DateTimeFormat(locale, {
  timeZone: eventTimeZone,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

// hourCycle h23 so that midnight is "00:00" and never "24:00".
const timeFormat = new Intl.DateTimeFormat(locale, {
  timeZone: eventTimeZone,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

const weekdayFormat = new Intl.DateTimeFormat(locale, { timeZone: eventTimeZone, weekday: 'long' })

const timestampFormat = new Intl.DateTimeFormat(locale, {
  timeZone: eventTimeZone,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

const dateKeyFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: eventTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** Payload stores dates as ISO strings; components often hand over Date objects. */
export const toDate = (value: DateInput): Date => {
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(value)
  if (Number.isNaN(date.getTime())) {
    throw new Error(`Ungültiges Datum: ${String(value)}`)
  }
  return date
}

export const formatDate = (value: DateInput): string => dateFormat.format(toDate(value))

export const formatWeekdayDate = (value: DateInput): string =>
  weekdayDateFormat.format(toDate(value))

export const formatTime = (value: DateInput): string => timeFormat.format(toDate(value))

export const formatWeekday = (value: DateInput): string => weekdayFormat.format(toDate(value))

/** "25.11.2026, 08:07": when something arrived or happened, in admin lists and exports. */
export const formatTimestamp = (value: DateInput): string => timestampFormat.format(toDate(value))

/** "01.12.2026, 04:05 Uhr": a moment shown to staff in the admin (lists, history, consents). */
export const formatDateTime = (value: DateInput): string => `${formatTimestamp(value)} Uhr`

const numericDateFormat = new Intl.DateTimeFormat(locale, {
  timeZone: eventTimeZone,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})

/** "01.12.2026": a day without a time, e.g. when an answer is due. */
export const formatNumericDate = (value: DateInput): string =>
  numericDateFormat.format(toDate(value))

/** The calendar date in Berlin as "YYYY-MM-DD", e.g. for grouping events by day. */
export const berlinDateKey = (value: DateInput): string => {
  const parts = dateKeyFormat.formatToParts(toDate(value))
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/**
 * "Donnerstag, 20. Februar 2025, 17:00–19:30 Uhr" for one day, otherwise both ends in full.
 * An end that is not after the start is ignored rather than shown as a backwards range.
 */
export const formatEventDateRange = (start: DateInput, end?: DateInput | null): string => {
  const from = toDate(start)
  const until = end == null || end === '' ? null : toDate(end)
  const startText = `${formatWeekdayDate(from)}, ${formatTime(from)}`
  if (!until || until.getTime() <= from.getTime()) {
    return `${startText} Uhr`
  }
  if (berlinDateKey(from) === berlinDateKey(until)) {
    return `${startText}–${formatTime(until)} Uhr`
  }
  return `${startText} Uhr – ${formatWeekdayDate(until)}, ${formatTime(until)} Uhr`
}

const timeOfDayPattern = /^([01]\d|2[0-3]):([0-5]\d)$/
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** "HH:mm" between 00:00 and 23:59. */
export const isValidTimeOfDay = (value: string): boolean => timeOfDayPattern.test(value)

const minute = 60_000
const day = 24 * 60 * minute

/**
 * The instant at which Berlin clocks show the given date and time.
 * Spring gap (02:30 on the last Sunday of March): moved forward by the gap, i.e. 03:30 CEST.
 * Autumn overlap (02:30 on the last Sunday of October): the first occurrence, i.e. CEST.
 */
export const berlinWallTimeToDate = (date: string, time: string): Date => {
  const dateMatch = datePattern.exec(date)
  if (!dateMatch) {
    throw new Error(`Ungültiges Datum „${date}“, erwartet wird JJJJ-MM-TT.`)
  }
  const timeMatch = timeOfDayPattern.exec(time)
  if (!timeMatch) {
    throw new Error(`Ungültige Uhrzeit „${time}“, erwartet wird HH:MM zwischen 00:00 und 23:59.`)
  }
  const [year, month, dayOfMonth] = dateMatch.slice(1).map(Number)
  const [hours, minutes] = timeMatch.slice(1).map(Number)

  // The wall-clock time read as if it were UTC; Date.UTC silently rolls over 30 February.
  const wallMs = Date.UTC(year, month - 1, dayOfMonth, hours, minutes)
  const check = new Date(wallMs)
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth) {
    throw new Error(`Das Datum „${date}“ gibt es nicht.`)
  }

  // Offset changes in Berlin are months apart, so the offsets a day before and after are the only
  // candidates. A candidate is valid if Berlin really has that offset at the resulting instant.
  const offsetBefore = tzOffset(eventTimeZone, new Date(wallMs - day))
  const offsetAfter = tzOffset(eventTimeZone, new Date(wallMs + day))
  const valid = [offsetBefore, offsetAfter]
    .map((offset) => ({ offset, instant: wallMs - offset * minute }))
    .filter(({ offset, instant }) => tzOffset(eventTimeZone, new Date(instant)) === offset)
    .map(({ instant }) => instant)

  if (valid.length > 0) {
    return new Date(Math.min(...valid))
  }
  // In the gap, the old offset yields the time shifted forward by the length of the gap.
  return new Date(wallMs - offsetBefore * minute)
}
