import { describe, expect, it } from 'vitest'

import { type ReminderCandidate, reminderIsDue, reminderTimeOf } from '@/domain/reminders'
import { venueMapUrl } from '@/domain/venue'

const start = '2026-12-10T16:00:00.000Z'
const event = (overrides: Partial<ReminderCandidate> = {}): ReminderCandidate => ({
  start,
  createdAt: '2026-11-01T09:00:00.000Z',
  eventStatus: 'planned',
  _status: 'published',
  registration: { reminder: { enabled: true, daysBefore: 2 } },
  ...overrides,
})

describe('the reminder time', () => {
  it('lies the chosen number of days before the start, two by default', () => {
    expect(reminderTimeOf(start, { daysBefore: 3 }).toISOString()).toBe('2026-12-07T16:00:00.000Z')
    expect(reminderTimeOf(start).toISOString()).toBe('2026-12-08T16:00:00.000Z')
  })
})

describe('whether reminders are due', () => {
  const inWindow = new Date('2026-12-09T10:00:00.000Z')

  it('from the reminder time until the start', () => {
    expect(reminderIsDue(event(), new Date('2026-12-08T15:59:00.000Z'))).toBe(false)
    expect(reminderIsDue(event(), new Date('2026-12-08T16:00:00.000Z'))).toBe(true)
    expect(reminderIsDue(event(), inWindow)).toBe(true)
    expect(reminderIsDue(event(), new Date(start))).toBe(false)
  })

  it('postponed events too, but not cancelled, unpublished or switched-off ones', () => {
    expect(reminderIsDue(event({ eventStatus: 'postponed' }), inWindow)).toBe(true)
    expect(reminderIsDue(event({ eventStatus: 'cancelled' }), inWindow)).toBe(false)
    expect(reminderIsDue(event({ _status: 'draft' }), inWindow)).toBe(false)
    expect(reminderIsDue(event({ registration: { reminder: { enabled: false } } }), inWindow)).toBe(
      false,
    )
  })

  it('never for an event created after its reminder time', () => {
    expect(reminderIsDue(event({ createdAt: '2026-12-08T17:00:00.000Z' }), inWindow)).toBe(false)
  })
})

describe('the map link of a venue', () => {
  it('searches OpenStreetMap for the address, encoded', () => {
    expect(
      venueMapUrl({
        name: 'Kreisverwaltung',
        room: 'Saal 1',
        street: 'Virchowstr. 14-16',
        postalCode: '16816',
        city: 'Neuruppin',
      }),
    ).toBe('https://www.openstreetmap.org/search?query=Virchowstr.%2014-16%2C%2016816%20Neuruppin')
  })

  it('encodes what could break out of the query', () => {
    expect(venueMapUrl({ street: 'A&b=c#d "x"', city: 'Neuruppin' })).toBe(
      'https://www.openstreetmap.org/search?query=A%26b%3Dc%23d%20%22x%22%2C%20Neuruppin',
    )
  })

  it('is missing when there is no address to find', () => {
    expect(venueMapUrl({ name: 'Online' })).toBeUndefined()
  })
})
