import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

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

export const promoteAfterDelete: CollectionAfterDeleteHook<FormSubmission> = async ({
  doc,
  req,
}) => {
  const eventId = relationId(doc.event)
  if (doc.kind === 'registration' && heldSeats(doc) > 0 && eventId)
    await promoteFromWaitlist(req, eventId)
  return doc
}
