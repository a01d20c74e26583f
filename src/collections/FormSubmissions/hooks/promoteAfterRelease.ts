import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { FormSubmission } from '@/payload-types'
import { promoteFromWaitlist } from '@/registration/promote'
import { relationId } from '@/domain/relations'

const heldSeats = (doc: Pick<FormSubmission, 'status' | 'persons'> | undefined) =>
  doc?.status === 'confirmed' ? (doc.persons ?? 1) : 0

/** A waiting group that became smaller may now fit into the free seats. */
const waitingGroupShrank = (doc: FormSubmission, previous: FormSubmission | undefined) =>
  doc.status === 'waitlisted' &&
  previous?.status === 'waitlisted' &&
  (doc.persons ?? 1) < (previous.persons ?? 1)

/**
 * When a registration gives up seats (cancelled, moved back, fewer persons), others move up; so
 * does a waiting group that shrank, if it fits now.
 */
export const promoteAfterStatusChange: CollectionAfterChangeHook<FormSubmission> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || doc.kind !== 'registration') return doc
  if (heldSeats(doc) >= heldSeats(previousDoc) && !waitingGroupShrank(doc, previousDoc)) return doc
  const eventId = relationId(doc.event)
  if (eventId) await promoteFromWaitlist(req, eventId)
  return doc
}

/**
 * Payload 3.90.1 deletes the documents of a bulk deletion all at once in one transaction (unlike a
 * bulk update, whatever `bulkOperationsSingleTransaction` says): two promotions of the same event
 * read the same waiting list at the same time, promoted the same person twice, and the whole
 * deletion failed. So the promotions after the deletions of one request take turns.
 */
const promotionsOf = new WeakMap<PayloadRequest, Promise<unknown>>()

const inTurn = (req: PayloadRequest, promote: () => Promise<unknown>) => {
  const turn = (promotionsOf.get(req) ?? Promise.resolve()).catch(() => undefined).then(promote)
  promotionsOf.set(req, turn)
  return turn
}

export const promoteAfterDelete: CollectionAfterDeleteHook<FormSubmission> = async ({
  doc,
  req,
}) => {
  const eventId = relationId(doc.event)
  if (doc.kind === 'registration' && heldSeats(doc) > 0 && eventId)
    await inTurn(req, () => promoteFromWaitlist(req, eventId))
  return doc
}
