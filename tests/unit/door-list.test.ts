import { describe, expect, it } from 'vitest'

import {
  type DoorListEntry,
  doorListCounts,
  doorListEntryOf,
  doorSearchOf,
  matchesDoorSearch,
} from '@/domain/doorList/entries'

const entry = (overrides: Partial<DoorListEntry>): DoorListEntry => ({
  id: 1,
  name: 'Jürgen Groß',
  organisation: 'Jugendclub Wittstock',
  persons: 1,
  supportNeeds: '',
  checkedIn: false,
  checkedInAt: null,
  ...overrides,
})

describe('the door list', () => {
  it('finds people as the door staff types: any case, without umlauts, name or organisation', () => {
    const juergen = entry({})
    for (const query of ['jürgen', 'JURGEN', 'gross', 'groß wittst', '  ', 'jugendclub'])
      expect(matchesDoorSearch(juergen, query), query).toBe(true)
    for (const query of ['jürgen müller', 'kyritz'])
      expect(matchesDoorSearch(juergen, query), query).toBe(false)
  })

  it.each([
    ['Łukasz Wałęsa', ['lukasz', 'walesa', 'LUKASZ WALESA', 'łukasz']],
    ['Søren Kierkegård', ['soren', 'sören', 'kierkegard']],
    ['Æbelø Œuvre', ['aebelo', 'oeuvre', 'AEBELO']],
    ['Đorđe Ðakić', ['dorde', 'dakic']],
    ['Işıl Yılmaz', ['isil', 'yilmaz']],
    ['GROẞMANN', ['grossmann']],
  ])('finds %s by its plain spelling', (name, queries) => {
    for (const query of queries) expect(matchesDoorSearch(entry({ name }), query), query).toBe(true)
  })

  it('counts persons, not registrations, and only confirmed check-ins', () => {
    expect(
      doorListCounts([
        entry({ id: 1, persons: 3, checkedIn: true }),
        entry({ id: 2, persons: 2 }),
        entry({ id: 3 }),
      ]),
    ).toEqual({ registrations: 3, expectedPersons: 6, checkedInPersons: 3 })
  })

  it('carries no e-mail address when there is a name, and a name when there is none', () => {
    const withName = doorListEntryOf({ id: 5, name: ' Ada ', email: 'ada@test.example' })
    expect(JSON.stringify(withName)).not.toContain('@')
    expect(withName).toMatchObject({ name: 'Ada', persons: 1, checkedIn: false })
    expect(doorListEntryOf({ id: 6, name: null, email: 'b@test.example' }).name).toBe(
      'b@test.example',
    )
  })

  it('takes the search from the URL as plain, bounded text', () => {
    expect(doorSearchOf('Müller')).toBe('Müller')
    expect(doorSearchOf(['a', 'b'])).toBe('a')
    expect(doorSearchOf({ like: 'x' })).toBe('')
    expect(doorSearchOf('x'.repeat(500))).toHaveLength(100)
  })
})
