type CalendarRelevant = {
  title?: string | null
  start?: string | Date | null
  end?: string | Date | null
  eventStatus?: string | null
  venue?: unknown
  onlineUrl?: string | null
}

const stamp = (value: string | Date | null | undefined) =>
  value ? new Date(value).toISOString() : null

/**
 * Calendar programs only update an imported event when its SEQUENCE grows (RFC 5545), so any
 * change a guest's calendar shows must raise it.
 */
export const changesCalendarEntry = (before: CalendarRelevant, after: CalendarRelevant) =>
  before.title !== after.title ||
  stamp(before.start) !== stamp(after.start) ||
  stamp(before.end) !== stamp(after.end) ||
  before.eventStatus !== after.eventStatus ||
  before.onlineUrl !== after.onlineUrl ||
  JSON.stringify(before.venue ?? null) !== JSON.stringify(after.venue ?? null)
