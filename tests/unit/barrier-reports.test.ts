import { describe, expect, it } from 'vitest'

import { formatTimestamp } from '@/domain/dates'
import { barrierAnswerDueDate, daysUntilDue } from '@/domain/feedback/barrierReports'

describe('the answer to a reported barrier', () => {
  it('is due at the end of the 30th day after receipt, in Berlin', () => {
    const due = barrierAnswerDueDate(new Date('2026-03-10T09:00:00+01:00'))
    expect(formatTimestamp(due)).toBe('09.04.2026, 23:59')
  })

  it('counts Berlin days across the DST change and late-evening receipts', () => {
    // 23:30 on 30 Sep in Berlin is still 30 Sep there (21:30 UTC)
    expect(formatTimestamp(barrierAnswerDueDate(new Date('2026-09-30T21:30:00Z')))).toBe(
      '30.10.2026, 23:59',
    )
  })

  it('knows how many days are left, and when it is overdue', () => {
    const due = barrierAnswerDueDate(new Date('2026-03-10T09:00:00+01:00'))
    expect(daysUntilDue(due, new Date('2026-03-10T10:00:00+01:00'))).toBe(30)
    expect(daysUntilDue(due, new Date('2026-04-09T08:00:00+02:00'))).toBe(0)
    expect(daysUntilDue(due, new Date('2026-04-11T08:00:00+02:00'))).toBe(-2)
  })
})
