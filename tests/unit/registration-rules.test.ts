import { describe, expect, it } from 'vitest'

import {
  isRegistrationFormOf,
  isValidPersonCount,
  placeRegistration,
  planPromotions,
  registrationRefusal,
  seatsLeft,
} from '@/domain/registration/rules'

const now = new Date('2026-03-01T12:00:00Z')
const event = (overrides: object = {}) => ({
  start: '2026-03-10T16:00:00Z',
  end: '2026-03-10T18:30:00Z',
  eventStatus: 'planned',
  registration: { isOpen: true, deadline: '2026-03-07T16:00:00Z', capacity: 10, form: 7 },
  ...overrides,
})

describe('registration is possible', () => {
  it('while open, before the deadline, for a planned event ahead', () => {
    expect(registrationRefusal(event(), now)).toBeNull()
  })
  it('not when closed, after the deadline, for a cancelled or a past event', () => {
    expect(registrationRefusal(event({ registration: { isOpen: false, form: 7 } }), now)).toBe(
      'closed',
    )
    expect(registrationRefusal(event(), new Date('2026-03-07T16:00:01Z'))).toBe('deadlinePassed')
    expect(registrationRefusal(event({ eventStatus: 'cancelled' }), now)).toBe('eventCancelled')
    expect(registrationRefusal(event(), new Date('2026-03-11T00:00:00Z'))).toBe('eventOver')
  })
  it('up to the deadline itself, and without a deadline until the event ends', () => {
    expect(registrationRefusal(event(), new Date('2026-03-07T16:00:00Z'))).toBeNull()
    const noDeadline = event({ registration: { isOpen: true, capacity: 5, form: 7 } })
    expect(registrationRefusal(noDeadline, new Date('2026-03-10T17:00:00Z'))).toBeNull()
  })
})

describe('registration goes through the event’s own form', () => {
  it('not at all when the event names no registration form', () => {
    expect(registrationRefusal(event({ registration: { isOpen: true, form: null } }), now)).toBe(
      'noRegistrationForm',
    )
  })
  it('only with the form the event names, as id or populated', () => {
    expect(isRegistrationFormOf(event(), 7)).toBe(true)
    expect(isRegistrationFormOf(event({ registration: { form: { id: 7 } } }), 7)).toBe(true)
    expect(isRegistrationFormOf(event(), 8)).toBe(false)
    expect(isRegistrationFormOf(event({ registration: { form: null } }), undefined)).toBe(false)
  })
})

describe('a registration counts whole persons', () => {
  it('from 1 up to the largest capacity', () => {
    expect([1, 5, 10_000].map(isValidPersonCount)).toEqual([true, true, true])
    expect([-50, 0, 1.5, 10_001, NaN, '3', null].map(isValidPersonCount)).toEqual(
      Array(7).fill(false),
    )
  })
})

describe('seats count persons', () => {
  it('confirms a group that fits and waitlists one that does not, whole', () => {
    expect(placeRegistration({ capacity: 10, confirmedPersons: 7, persons: 3 })).toBe('confirmed')
    expect(placeRegistration({ capacity: 10, confirmedPersons: 8, persons: 3 })).toBe('waitlisted')
    expect(placeRegistration({ capacity: 10, confirmedPersons: 10, persons: 1 })).toBe('waitlisted')
  })
  it('never limits an event without capacity', () => {
    expect(placeRegistration({ capacity: null, confirmedPersons: 5000, persons: 5 })).toBe(
      'confirmed',
    )
    expect(seatsLeft(undefined, 3)).toBeNull()
  })
  it('never reports negative free seats (capacity lowered below the confirmed count)', () => {
    expect(seatsLeft(5, 8)).toBe(0)
  })
})

describe('promotion from the waiting list', () => {
  it('takes the earliest entries that fit, in order, skipping a group too large', () => {
    const waitlist = [
      { id: 1, persons: 3 },
      { id: 2, persons: 1 },
      { id: 3, persons: 2 },
      { id: 4, persons: 1 },
    ]
    expect(planPromotions({ capacity: 10, confirmedPersons: 8, waitlist })).toEqual([2, 4])
    expect(planPromotions({ capacity: 10, confirmedPersons: 7, waitlist })).toEqual([1])
    expect(planPromotions({ capacity: 10, confirmedPersons: 10, waitlist })).toEqual([])
  })
  it('promotes everyone when the event has no limit', () => {
    expect(
      planPromotions({ capacity: null, confirmedPersons: 99, waitlist: [{ id: 7, persons: 5 }] }),
    ).toEqual([7])
  })
})
