import type { CollectionBeforeChangeHook } from 'payload'

import type { FormSubmission } from '@/payload-types'
import { actorOf } from '../helpers'
import { overCapacityReasonOf } from '../overCapacity'

/**
 * Appends who changed the status and when (and why, for a confirmation past the seats); the
 * history is never edited by hand.
 */
export const recordStatusHistory: CollectionBeforeChangeHook<FormSubmission> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const from = operation === 'update' ? originalDoc?.status : undefined
  const to = data.status ?? from
  const history = operation === 'update' ? (originalDoc?.statusHistory ?? []) : []
  // A confirmation past the seats is always recorded, also when a confirmed group grows.
  const overCapacityReason = overCapacityReasonOf(data)
  if (!to || (to === from && !overCapacityReason)) {
    if (operation === 'update') data.statusHistory = history
    return data
  }
  data.statusHistory = [
    ...history,
    {
      from: from ?? null,
      to,
      at: new Date().toISOString(),
      ...actorOf(req),
      ...(overCapacityReason ? { overCapacity: true, reason: overCapacityReason } : {}),
    },
  ]
  return data
}
