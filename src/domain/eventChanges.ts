import { formatEventDateRange } from '@/domain/dates'
import type { EventChange, EventNoticeKind } from '@/domain/eventNotices'
import { venueLine } from '@/domain/venue'

/** The facts of an event that a registered person plans around. */
export type EventFactsForNotice = {
  start: string | Date
  end?: string | Date | null
  venue?: Parameters<typeof venueLine>[0] | null
  onlineUrl?: string | null
  eventStatus?: string | null
}

const dateLineOf = (event: EventFactsForNotice) => formatEventDateRange(event.start, event.end)

const facts: { label: string; of: (event: EventFactsForNotice) => string }[] = [
  { label: 'Datum und Uhrzeit', of: dateLineOf },
  { label: 'Ort', of: (event) => (event.venue ? venueLine(event.venue) : '') },
  { label: 'Online-Teilnahme', of: (event) => event.onlineUrl?.trim() ?? '' },
]

/**
 * What changed for the registered people, as they read it: the date line as everywhere on the
 * site, the venue as one line, the online link; "–" stands for "none".
 */
export const eventChangesFor = (
  before: EventFactsForNotice,
  after: EventFactsForNotice,
): EventChange[] =>
  facts.flatMap(({ label, of }) => {
    const was = of(before)
    const now = of(after)
    return was === now ? [] : [{ label, before: was || '–', after: now || '–' }]
  })

/**
 * Which notice a save of a published event calls for, or none. A new status wins over changed
 * facts: "abgesagt" and "verschoben" say more than a new room.
 */
export const noticeKindFor = (
  before: EventFactsForNotice,
  after: EventFactsForNotice,
  changes: EventChange[],
): Exclude<EventNoticeKind, 'message'> | undefined => {
  const statusChanged = before.eventStatus !== after.eventStatus
  if (statusChanged && after.eventStatus === 'cancelled') return 'cancelled'
  if (statusChanged && after.eventStatus === 'postponed') return 'postponed'
  return changes.length ? 'changed' : undefined
}

const subjectPrefix: Record<Exclude<EventNoticeKind, 'message'>, string> = {
  changed: 'Änderung',
  postponed: 'Verschoben',
  cancelled: 'Abgesagt',
}

/** The notice record's subject; each mail's own subject comes from the form's wording. */
export const noticeSubjectFor = (kind: Exclude<EventNoticeKind, 'message'>, title: string) =>
  `${subjectPrefix[kind]}: ${title}`.slice(0, 200)
