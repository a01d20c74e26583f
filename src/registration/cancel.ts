import type { Payload } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import { activeRegistrationStatuses, type SubmissionStatus } from '@/domain/forms/kinds'
import { type TokenProblem, verifyToken } from '@/domain/tokens'
import type { Event, FormSubmission } from '@/payload-types'

export type CancellationLookup =
  | { ok: true; submission: FormSubmission; event: Event }
  | { ok: false; problem: TokenProblem | 'unknown' }

/**
 * The registration a cancellation link stands for. The signed token is the only authority:
 * no login, and a link made for anything else (or expired with its event) opens nothing.
 */
export const findByCancellationToken = async (
  payload: Payload,
  token: unknown,
  now = new Date(),
): Promise<CancellationLookup> => {
  const verified = verifyToken(token, 'cancel', payload.secret, now)
  if (!verified.ok) return verified
  const submission = await payload
    .findByID({
      collection: collectionSlugs.formSubmissions,
      id: Number(verified.token.subject),
      depth: 1,
      overrideAccess: true,
    })
    .catch(() => null)
  const event = submission?.event
  if (!submission || submission.kind !== 'registration' || typeof event !== 'object' || !event)
    return { ok: false, problem: 'unknown' }
  return { ok: true, submission, event }
}

/**
 * Cancels through the ordinary status change: seats are freed, the waiting list moves up, mails
 * go out. Only a registration that still holds or waits for a seat of an event not called off: one
 * the office or the event's cancellation has ended (or is about to) stays as it is (a page opened before, then sent, must not turn
 * "Veranstaltung abgesagt" into "Sie haben sich abgemeldet").
 */
export const cancelByToken = async (payload: Payload, token: unknown, now = new Date()) => {
  const found = await findByCancellationToken(payload, token, now)
  if (!found.ok) return found
  // A cancelled event ends its registrations in a job that may still be queued: from the moment
  // the event is cancelled, the link leaves them to it (the person gets the cancellation notice).
  if (
    !activeRegistrationStatuses.includes(found.submission.status as SubmissionStatus) ||
    found.event.eventStatus === 'cancelled'
  )
    return { ...found, alreadyCancelled: true }
  const submission = await payload.update({
    collection: collectionSlugs.formSubmissions,
    id: found.submission.id,
    data: { status: 'cancelled' },
    overrideAccess: true,
    depth: 1,
    context: { actor: 'Selbst abgemeldet (Link in der E-Mail)' },
  })
  return { ...found, submission, alreadyCancelled: false }
}
