import { describe, expect, it } from 'vitest'

import { checkProgrammeItemTime } from '@/domain/eventSchedule'

// Donnerstag, 20. Februar 2025, 17:00–19:30 Uhr (Berlin)
const event = { start: '2025-02-20T16:00:00.000Z', end: '2025-02-20T18:30:00.000Z' }

describe('a programme item’s times against its event', () => {
  it('accepts an item inside the event, also one without an end', () => {
    expect(
      checkProgrammeItemTime(event, { startTime: '17:00', endTime: '19:30' }, 'startTime'),
    ).toBe(undefined)
    expect(checkProgrammeItemTime(event, { startTime: '17:00', endTime: '19:30' }, 'endTime')).toBe(
      undefined,
    )
    expect(checkProgrammeItemTime(event, { startTime: '18:00' }, 'endTime')).toBe(undefined)
  })

  it('names the rule a start breaks, with both times', () => {
    expect(checkProgrammeItemTime(event, { startTime: '21:00' }, 'startTime')).toBe(
      'Beginn 21:00 Uhr liegt nach dem Ende der Veranstaltung (19:30 Uhr).',
    )
    expect(checkProgrammeItemTime(event, { startTime: '16:45' }, 'startTime')).toBe(
      'Beginn 16:45 Uhr liegt vor dem Beginn der Veranstaltung (17:00 Uhr).',
    )
    expect(checkProgrammeItemTime(event, {}, 'startTime')).toBe(
      'Bitte die Beginnzeit als SS:MM angeben, z. B. 17:30.',
    )
  })

  it('puts a wrong end at the end field, not at the start', () => {
    const late = { startTime: '19:00', endTime: '20:00' }
    expect(checkProgrammeItemTime(event, late, 'startTime')).toBe(undefined)
    expect(checkProgrammeItemTime(event, late, 'endTime')).toBe(
      'Ende 20:00 Uhr liegt nach dem Ende der Veranstaltung (19:30 Uhr).',
    )
    expect(checkProgrammeItemTime(event, { startTime: '18:00', endTime: '18:00' }, 'endTime')).toBe(
      'Ende 18:00 Uhr liegt nicht nach dem Beginn des Programmpunkts (18:00 Uhr).',
    )
    expect(checkProgrammeItemTime(event, { startTime: '18:00', endTime: '6 Uhr' }, 'endTime')).toBe(
      'Bitte die Endzeit als SS:MM angeben, z. B. 18:15.',
    )
  })
})
