import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { relationId } from '@/domain/relations'
import { revalidateSeats } from '@/lib/revalidate'
import type { FormSubmission } from '@/payload-types'

const heldSeats = (doc: Pick<FormSubmission, 'status' | 'persons'> | null | undefined) =>
  doc?.status === 'confirmed' ? (doc.persons ?? 1) : 0

/**
 * The public pages are cached HTML that shows free seats: a registration that takes or gives back
 * seats has them rebuilt. Other changes (notes, check-in, waiting list) leave the count alone.
 */
export const revalidateSeatsAfterChange: CollectionAfterChangeHook<FormSubmission> = ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const eventId = relationId(doc.event)
  const before = operation === 'create' ? 0 : heldSeats(previousDoc)
  if (eventId && doc.kind === 'registration' && heldSeats(doc) !== before)
    revalidateSeats(req, eventId)
  return doc
}

export const revalidateSeatsAfterDelete: CollectionAfterDeleteHook<FormSubmission> = ({
  doc,
  req,
}) => {
  const eventId = relationId(doc.event)
  if (eventId && doc.kind === 'registration' && heldSeats(doc) > 0) revalidateSeats(req, eventId)
  return doc
}
