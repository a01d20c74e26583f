import type { CollectionAfterChangeHook } from 'payload'

import { placeRegistration, seatsLeft } from '@/domain/registration/rules'
import type { FormSubmission } from '@/payload-types'
import { lockSeatDecision } from '@/registration/seats'
import { correctNewRegistrationStatus } from '@/registration/settleStatus'
import { AlreadyRegistered, SubmissionRefused } from '../errors'
import { isPublicSubmission } from '../helpers'

/**
 * The binding seat decision of a new registration, as late as the write allows: the registration,
 * its answers and its mails are stored, and only now the event's row lock is taken, the seats
 * and the address are read again, and the status is corrected where the first answer (read
 * without the lock by the seat rules) no longer holds. The lock is held from here to the commit:
 * every other registration of the event is stored meanwhile, not waiting (measured with
 * `npm run bench`, two instances racing).
 *
 * Runs after the mail hook, before the hooks that read the status (the seat count's refresh).
 */
export const settleSeatDecision: CollectionAfterChangeHook<FormSubmission> = async ({
  doc,
  operation,
  req,
}) => {
  const pending = req.context.pendingSeatDecision
  if (operation !== 'create' || !pending) return doc
  req.context.pendingSeatDecision = undefined
  const persons = doc.persons ?? 1
  const seats = await lockSeatDecision(req, pending.eventId, doc.email ?? null, doc.id)
  const placement = placeRegistration({
    capacity: seats.capacity,
    confirmedPersons: seats.confirmedPersons,
    persons,
  })
  // Called off while this one was being stored: the public is refused as it would be a moment
  // later, instead of being confirmed (and mailed) for an event that will not take place.
  if (seats.eventCancelled && pending.checked) throw new SubmissionRefused('eventCancelled')
  // Two registrations of one address at the same moment: the later one stores nothing.
  if (seats.earlierRegistrationId)
    throw new AlreadyRegistered(seats.earlierRegistrationId, isPublicSubmission(req), placement)
  const provisional = doc.status
  const status = pending.decidesStatus ? placement : provisional
  req.context.seatsLeftAfter = seatsLeft(
    seats.capacity,
    seats.confirmedPersons + (status === 'confirmed' ? persons : 0),
  )
  if (status === provisional || (provisional !== 'confirmed' && provisional !== 'waitlisted'))
    return doc
  await correctNewRegistrationStatus(req, doc.id, provisional, placement)
  return {
    ...doc,
    status: placement,
    statusHistory: doc.statusHistory?.map((entry) =>
      entry.to === provisional ? { ...entry, to: placement } : entry,
    ),
  }
}
