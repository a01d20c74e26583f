/**
 * Who gets a seat. Capacity counts persons, not submissions; a group either fits as a whole or
 * waits. These functions only decide — locking and storing happen in `src/registration`.
 */
import { relationId } from '@/domain/relations'

export type PlacementStatus = 'confirmed' | 'waitlisted'

export type RegistrationRefusal =
  'closed' | 'deadlinePassed' | 'eventCancelled' | 'eventOver' | 'noRegistrationForm'

type Relation = number | { id: number } | null | undefined

export type RegistrableEvent = {
  start: string
  end: string
  eventStatus?: string | null
  registration?: {
    isOpen?: boolean | null
    deadline?: string | null
    capacity?: number | null
    form?: Relation
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
  // Registrations are taken only through the form the event names.
  if (relationId(event.registration.form) == null) return 'noRegistrationForm'
  const deadline = event.registration.deadline
  if (deadline && new Date(deadline) < now) return 'deadlinePassed'
  return null
}

/** A registration belongs to the event only through the form that event names. */
export const isRegistrationFormOf = (event: RegistrableEvent, formId: number | undefined) =>
  formId != null && relationId(event.registration?.form) === formId

/** Persons in one registration: a whole number, at least one, at most the largest capacity. */
export const maxPersonsPerRegistration = 10_000

export const isValidPersonCount = (value: unknown) =>
  typeof value === 'number' &&
  Number.isInteger(value) &&
  value >= 1 &&
  value <= maxPersonsPerRegistration

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
