import type { CollectionBeforeChangeHook } from 'payload'

import type { FormSubmission } from '@/payload-types'
import { actorOf, personCountChangeOf } from '../helpers'
import { historyReasonOf, officeCancellationOf } from '../officeCancellation'
import { overCapacityReasonOf } from '../overCapacity'

/**
 * A change of the number of persons, for the history, whoever makes it: the person through their
 * link or the office (which takes or frees seats just as a status change does). With the person's
 * own change, also that the support needs changed: never the needs themselves (they may be health
 * data and are deleted after the event; the history stays).
 */
const countChangeOf = (
  data: Partial<FormSubmission>,
  originalDoc: FormSubmission | undefined,
  selfService: boolean,
) => {
  const persons = personCountChangeOf(data, originalDoc)
  const parts = [
    persons ? `Personen: ${persons.from} → ${persons.to}` : undefined,
    selfService &&
    'supportNeeds' in data &&
    (data.supportNeeds ?? '') !== (originalDoc?.supportNeeds ?? '')
      ? 'Unterstützungsbedarf geändert'
      : undefined,
  ].filter(Boolean)
  return parts.length ? parts.join('; ') : undefined
}

/**
 * Appends who changed the status when (and why: a confirmation past the seats, the office's
 * reason for a cancellation, a changed number of persons); the history is never edited by hand.
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
  const countChange =
    operation === 'update' && originalDoc?.kind === 'registration'
      ? countChangeOf(data, originalDoc, req.context.selfServiceChange === true)
      : undefined
  // An explicit action of the office on this submission (e.g. a partner entry made from it).
  const staffAction = operation === 'update' ? req.context.staffAction : undefined
  if (!to || (to === from && !overCapacityReason && !countChange && !staffAction)) {
    if (operation === 'update') data.statusHistory = history
    return data
  }
  const officeCancellation = to !== from ? officeCancellationOf(req, originalDoc?.id) : undefined
  const reason = officeCancellation
    ? historyReasonOf(officeCancellation)
    : (countChange ?? staffAction)
  data.statusHistory = [
    ...history,
    {
      from: from ?? null,
      to,
      at: new Date().toISOString(),
      ...actorOf(req),
      ...(reason ? { reason } : {}),
      // A group that grows past the seats: the coordinator's reason and the new count, both.
      ...(overCapacityReason
        ? {
            overCapacity: true,
            reason: countChange ? `${overCapacityReason} (${countChange})` : overCapacityReason,
          }
        : {}),
    },
  ]
  return data
}
