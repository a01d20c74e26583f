import { berlinDateKey, berlinWallTimeToDate } from '@/domain/dates'

/**
 * BbgBITV / BITV 2.0 feedback duty: a reported barrier gets an answer within 30 days. Counted in
 * calendar days in Berlin; the answer is due by the end of the 30th day after receipt.
 */
export const barrierAnswerDays = 30

export const barrierAnswerDueDate = (receivedAt: Date): Date => {
  const [year, month, day] = berlinDateKey(receivedAt).split('-').map(Number) as [
    number,
    number,
    number,
  ]
  // noon UTC keeps the calendar arithmetic away from any DST edge
  const due = new Date(Date.UTC(year, month - 1, day + barrierAnswerDays, 12))
  return berlinWallTimeToDate(due.toISOString().slice(0, 10), '23:59')
}

/** Whole days left until the due date; 0 on the last day, negative once overdue. */
export const daysUntilDue = (dueAt: Date, now: Date) => {
  const day = (d: Date) => Date.parse(`${berlinDateKey(d)}T00:00:00Z`)
  return Math.round((day(dueAt) - day(now)) / (24 * 60 * 60 * 1000))
}
