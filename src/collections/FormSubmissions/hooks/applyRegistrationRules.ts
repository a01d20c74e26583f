import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import { activeRegistrationStatuses, type SubmissionStatus } from '@/domain/forms/kinds'
import {
  isRegistrationFormOf,
  isValidPersonCount,
  placeRegistration,
  type RegistrableEvent,
  registrationRefusal,
  seatsLeft,
} from '@/domain/registration/rules'
import { submissionMessages } from '@/messages/submission'
import type { FormSubmission } from '@/payload-types'
import {
  confirmedPersons,
  lockEventSeats,
  lockSeatDecision,
  peekEventForRegistration,
} from '@/registration/seats'
import { relationId } from '@/domain/relations'
import { AlreadyRegistered, invalidSubmission, NotEnoughSeats, SubmissionRefused } from '../errors'
import { isPublicSubmission, isStaffSubmission } from '../helpers'
import { markConfirmedOverCapacity, takeOverCapacityChoice } from '../overCapacity'

const registrationStatuses: SubmissionStatus[] = [
  'confirmed',
  'waitlisted',
  'cancelled',
  'eventCancelled',
]

/**
 * Only what the rules read: the whole event (description, programme, notices) costs a join per
 * array and about twice the time on every registration (measured 05.12.2026: 2.9–5.4 ms against
 * 1.7–2.3 ms per read).
 */
const ruleFields = { start: true, end: true, eventStatus: true, registration: true } as const

const loadEvent = async (req: PayloadRequest, id: number): Promise<RegistrableEvent> => {
  try {
    // The public may only register for published events; staff and server code see all.
    return await req.payload.findByID({
      collection: collectionSlugs.events,
      id,
      depth: 0,
      select: ruleFields,
      req,
      overrideAccess: !isPublicSubmission(req),
    })
  } catch {
    throw invalidSubmission(req, { path: 'event', message: submissionMessages.unknownEvent })
  }
}

/**
 * What a new registration is first decided on: its event and the seat facts read together
 * without the lock (`peekEventForRegistration`). A coordinator's confirmation past the seats is
 * decided at once, under the lock: its reason and history line depend on the answer. So is a
 * registration whose address the first read finds registered already: read without the lock, that
 * registration may be being cancelled (or corrected to another address) at this moment, and the
 * person would be refused, and mailed "already registered", for a registration that is gone.
 * Every other registration is stored on the first answer and decided again at the end
 * (settleSeatDecision), so that the lock, which serialises all registrations of the event, is
 * held only for that.
 */
const firstAnswer = async (
  req: PayloadRequest,
  eventId: number,
  email: string | null,
  overCapacityReason: string | undefined,
) => {
  const peeked = overCapacityReason
    ? undefined
    : await peekEventForRegistration(req, eventId, email, isPublicSubmission(req))
  if (peeked === null)
    throw invalidSubmission(req, { path: 'event', message: submissionMessages.unknownEvent })
  if (peeked && !peeked.facts.earlierRegistrationId)
    return { event: peeked.event, seats: { ...peeked.facts, eventCancelled: false, locked: false } }
  const event = peeked?.event ?? (await loadEvent(req, eventId))
  return { event, seats: { ...(await lockSeatDecision(req, eventId, email)), locked: true } }
}

/**
 * The seat rules: new registrations get a seat or a waiting-list place (a first answer here, the
 * binding one under the event's row lock at the end of the write, `settleSeatDecision`); a status
 * change by staff may only confirm when the seats are there (decided here, under the lock),
 * unless a coordinator deliberately confirms over capacity with a reason. Refused registrations
 * store nothing.
 */
export const applyRegistrationRules: CollectionBeforeChangeHook<FormSubmission> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const overCapacityReason = takeOverCapacityChoice(req, data)
  const kind = data.kind ?? originalDoc?.kind
  const status = data.status ?? originalDoc?.status
  if (kind !== 'registration') {
    // Only a registration counts persons: a message with a count would carry it into the export.
    if (operation === 'update' && data.persons != null && data.persons !== originalDoc?.persons)
      throw invalidSubmission(req, {
        path: 'persons',
        message: submissionMessages.personsOnlyForRegistrations,
      })
    if (status && registrationStatuses.includes(status) && status !== 'cancelled')
      throw invalidSubmission(req, {
        path: 'status',
        message: submissionMessages.wrongStatusForKind,
      })
    return data
  }
  if (status && !registrationStatuses.includes(status))
    throw invalidSubmission(req, { path: 'status', message: submissionMessages.wrongStatusForKind })

  const eventId = relationId(data.event ?? originalDoc?.event)
  if (!eventId) {
    // A registration whose event was deleted holds no seat any more; it may still be edited
    // (e.g. emptied by the retention job).
    if (operation === 'update') return data
    throw invalidSubmission(req, { path: 'event', message: submissionMessages.noEvent })
  }

  if (operation === 'create') {
    const { event, seats } = await firstAnswer(req, eventId, data.email ?? null, overCapacityReason)
    // Visitors and staff alike: only through the event's own form, only while it takes registrations.
    const checked = isPublicSubmission(req) || isStaffSubmission(req)
    if (checked && !isRegistrationFormOf(event, relationId(data.form)))
      throw invalidSubmission(req, { path: 'form', message: submissionMessages.formNotForEvent })
    const refusal = registrationRefusal(event, new Date())
    if (refusal && checked) throw new SubmissionRefused(refusal)
    const decidesStatus = !data.status || checked
    if (seats.eventCancelled && checked) throw new SubmissionRefused('eventCancelled')
    const placement = placeRegistration({
      capacity: seats.capacity,
      confirmedPersons: seats.confirmedPersons,
      persons: data.persons ?? 1,
    })
    if (seats.earlierRegistrationId)
      throw new AlreadyRegistered(seats.earlierRegistrationId, isPublicSubmission(req), placement)
    if (decidesStatus) {
      data.status = placement
      if (data.status === 'waitlisted' && overCapacityReason) {
        data.status = 'confirmed'
        markConfirmedOverCapacity(data, overCapacityReason)
      }
    }
    if (!seats.locked) req.context.pendingSeatDecision = { eventId, decidesStatus, checked }
    req.context.seatsLeftAfter = seatsLeft(
      seats.capacity,
      seats.confirmedPersons + (data.status === 'confirmed' ? (data.persons ?? 1) : 0),
    )
    return data
  }

  const from = originalDoc?.status
  // Emptying the count would make a group count as one person and free seats that are not free.
  if ('persons' in data && data.persons == null && originalDoc?.persons != null)
    throw invalidSubmission(req, { path: 'persons', message: submissionMessages.invalidPersons })
  const persons = data.persons ?? originalDoc?.persons ?? 1
  // Before any seat arithmetic: a negative or broken count would free seats that are not free.
  if (persons !== originalDoc?.persons && !isValidPersonCount(persons))
    throw invalidSubmission(req, { path: 'persons', message: submissionMessages.invalidPersons })
  // A confirmed group that grows needs the extra seats just as a new confirmation does.
  const grows = from === 'confirmed' && persons > (originalDoc?.persons ?? 1)
  // Confirmed, or back on the waiting list after a cancellation: a seat (to be) held again.
  const reactivated =
    status !== from &&
    (status === 'confirmed' ||
      (status === 'waitlisted' && !activeRegistrationStatuses.includes(from as SubmissionStatus)))
  if (reactivated || (status === 'confirmed' && grows)) {
    await lockEventSeats(req, eventId)
    const event = await loadEvent(req, eventId)
    // A called-off event holds no seats: no confirmation (and no promotion mail) for it, whatever
    // the seats or a coordinator's reason say, and no way back onto its waiting list.
    if (reactivated && event.eventStatus === 'cancelled')
      throw invalidSubmission(req, {
        path: 'status',
        message: submissionMessages.eventCancelledForStaff,
      })
    const left =
      status === 'confirmed'
        ? seatsLeft(
            event.registration?.capacity,
            await confirmedPersons(req, eventId, originalDoc?.id),
          )
        : null
    if (left !== null && persons > left) {
      if (!overCapacityReason) throw new NotEnoughSeats(left, persons)
      markConfirmedOverCapacity(data, overCapacityReason)
    }
  } else if (
    data.status &&
    data.status !== from &&
    activeRegistrationStatuses.includes(from as SubmissionStatus)
  ) {
    // Freeing a seat: promotion after the change must see a consistent count.
    await lockEventSeats(req, eventId)
  }
  return data
}
