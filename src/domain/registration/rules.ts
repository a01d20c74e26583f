/**
 * Who gets a seat. Capacity counts persons, not submissions; a group either fits as a whole or
 * waits. These functions only decide — locking and storing happen in `src/registration`.
 */

export type PlacementStatus = 'confirmed' | 'waitlisted'

export type RegistrationRefusal = 'closed' | 'deadlinePassed' | 'eventCancelled' | 'eventOver'

export type RegistrableEvent = {
  start: string
  end: string
  eventStatus?: string | null
  registration?: {
    isOpen?: boolean | null
    deadline?: string | null
    capacity?: number | null
  } | null
}

/** Why no one can register right now, or null when registration is possible. */
export const registrationRefusal = (
  event: RegistrableEvent,
  now: Date,
): RegistrationRefusal | null => {
  if (event.eventStatus === 'cancelled') return 'eventCancelled'
  if (new Date(event.end) <= now) return 'eventOver'
  if (!event.registration?.isOpen) return 'closed'
  const deadline = event.registration.deadline
  if (deadline && new Date(deadline) < now) return 'deadlinePassed'
  return null
}

/** Free seats, or null when the event has no limit. Never negative. */
export const seatsLeft = (capacity: number | null | undefined, confirmedPersons: number) =>
  capacity == null ? null : Math.max(0, capacity - confirmedPersons)

export const placeRegistration = (args: {
  capacity: number | null | undefined
  confirmedPersons: number
  persons: number
}): PlacementStatus => {
  const left = seatsLeft(args.capacity, args.confirmedPersons)
  return left === null || args.persons <= left ? 'confirmed' : 'waitlisted'
}

export type WaitlistEntry = { id: number; persons: number }

/**
 * Which waitlisted entries move up when seats are free: the earliest ones that fit, in order.
 * A group too large for the seats left keeps its place; smaller ones behind it may move up.
 */
export const planPromotions = (args: {
  capacity: number | null | undefined
  confirmedPersons: number
  waitlist: WaitlistEntry[]
}): number[] => {
  let left = seatsLeft(args.capacity, args.confirmedPersons)
  const promoted: number[] = []
  for (const entry of args.waitlist) {
    if (left !== null && entry.persons > left) continue
    promoted.push(entry.id)
    if (left !== null) left -= entry.persons
  }
  return promoted
}
