import type { CollectionBeforeChangeHook } from 'payload'

import { changesCalendarEntry } from '@/domain/calendarSequence'
import type { Event } from '@/payload-types'

export const raiseCalendarSequence: CollectionBeforeChangeHook<Event> = ({
  data,
  originalDoc,
  operation,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const after = { ...originalDoc, ...data }
  if (!changesCalendarEntry(originalDoc, after)) return data
  return { ...data, calendarSequence: (originalDoc.calendarSequence ?? 0) + 1 }
}
