import type { CollectionBeforeChangeHook } from 'payload'

import type { FormSubmission } from '@/payload-types'
import { actorOf } from '../helpers'

/** Appends who changed the status and when; the history is never edited by hand. */
export const recordStatusHistory: CollectionBeforeChangeHook<FormSubmission> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const from = operation === 'update' ? originalDoc?.status : undefined
  const to = data.status ?? from
  const history = operation === 'update' ? (originalDoc?.statusHistory ?? []) : []
  if (!to || to === from) {
    if (operation === 'update') data.statusHistory = history
    return data
  }
  data.statusHistory = [
    ...history,
    { from: from ?? null, to, at: new Date().toISOString(), ...actorOf(req) },
  ]
  return data
}
