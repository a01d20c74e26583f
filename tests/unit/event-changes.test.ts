import { describe, expect, it } from 'vitest'

import { eventChangesFor, noticeKindFor } from '@/domain/eventChanges'

const before = {
  start: '2026-03-12T16:00:00.000Z',
  end: '2026-03-12T18:30:00.000Z',
  venue: {
    name: 'Kreisverwaltung',
    room: 'Sitzungssaal',
    street: 'Virchowstr. 14-16',
    postalCode: '16816',
    city: 'Neuruppin',
  },
  onlineUrl: null,
  eventStatus: 'planned',
}

describe('eventChangesFor', () => {
  it('finds nothing when the facts stay the same', () => {
    expect(eventChangesFor(before, { ...before, venue: { ...before.venue } })).toEqual([])
  })

  it('shows a new room as the whole venue line, old → new', () => {
    const after = { ...before, venue: { ...before.venue, room: 'Raum 2.14' } }
    expect(eventChangesFor(before, after)).toEqual([
      {
        label: 'Ort',
        before: 'Kreisverwaltung, Sitzungssaal, Virchowstr. 14-16, 16816 Neuruppin',
        after: 'Kreisverwaltung, Raum 2.14, Virchowstr. 14-16, 16816 Neuruppin',
      },
    ])
  })

  it('shows a new time as the German date line used everywhere', () => {
    const after = { ...before, start: '2026-03-12T17:00:00.000Z', end: '2026-03-12T19:00:00.000Z' }
    expect(eventChangesFor(before, after)).toEqual([
      {
        label: 'Datum und Uhrzeit',
        before: 'Donnerstag, 12. März 2026, 17:00–19:30 Uhr',
        after: 'Donnerstag, 12. März 2026, 18:00–20:00 Uhr',
      },
    ])
  })

  it('writes "–" for an online link that was not there before', () => {
    const after = { ...before, onlineUrl: 'https://meet.example/opr' }
    expect(eventChangesFor(before, after)).toEqual([
      { label: 'Online-Teilnahme', before: '–', after: 'https://meet.example/opr' },
    ])
  })

  it('ignores a status change: the kind of notice says that', () => {
    expect(eventChangesFor(before, { ...before, eventStatus: 'cancelled' })).toEqual([])
  })
})

describe('noticeKindFor', () => {
  const moved = [{ label: 'Ort', before: 'a', after: 'b' }]

  it('is a cancellation when the status became "abgesagt", also with other changes', () => {
    expect(noticeKindFor(before, { ...before, eventStatus: 'cancelled' }, moved)).toBe('cancelled')
  })

  it('is a postponement when the status became "verschoben"', () => {
    expect(noticeKindFor(before, { ...before, eventStatus: 'postponed' }, [])).toBe('postponed')
  })

  it('is a change when only facts changed, and nothing when nothing did', () => {
    expect(noticeKindFor(before, before, moved)).toBe('changed')
    expect(noticeKindFor(before, before, [])).toBeUndefined()
  })

  it('is nothing for a cancelled event set back to planned without other changes', () => {
    expect(noticeKindFor({ ...before, eventStatus: 'cancelled' }, before, [])).toBeUndefined()
  })
})
