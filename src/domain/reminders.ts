/** When registrants are reminded of an event: a number of days before its start. */

const dayMs = 24 * 60 * 60 * 1000

export const defaultReminderDaysBefore = 2

export type ReminderSettings = { enabled?: boolean | null; daysBefore?: number | null }

/** The moment the reminder falls due: `daysBefore` times 24 hours before the start. */
export const reminderTimeOf = (start: string | Date, settings: ReminderSettings = {}) =>
  new Date(new Date(start).getTime() - (settings.daysBefore ?? defaultReminderDaysBefore) * dayMs)

export type ReminderCandidate = {
  start: string
  createdAt: string
  eventStatus: 'planned' | 'postponed' | 'cancelled'
  _status?: 'draft' | 'published' | null
  registration?: { reminder?: ReminderSettings | null } | null
}

/**
 * Whether the reminders of an event are due now. An event created after its reminder time
 * ("too late") gets none: everyone registered since has just had the confirmation with all the
 * facts, and a second mail a few minutes later would only be noise.
 */
export const reminderIsDue = (event: ReminderCandidate, now: Date) => {
  const settings = event.registration?.reminder ?? {}
  if (settings.enabled === false) return false
  if (event._status !== 'published' || event.eventStatus === 'cancelled') return false
  const remindAt = reminderTimeOf(event.start, settings)
  return now >= remindAt && now < new Date(event.start) && new Date(event.createdAt) < remindAt
}
