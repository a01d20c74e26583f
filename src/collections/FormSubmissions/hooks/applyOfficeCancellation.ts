import type { CollectionBeforeChangeHook } from 'payload'

import { isStaff } from '@/access/roles'
import type { FormSubmission } from '@/payload-types'
import { rememberOfficeCancellation, takeCancellationChoice } from '../officeCancellation'

/**
 * When staff set a registration to "storniert", their choice (reason, mail or not) is kept for
 * the history and the mail of this save. A person cancelling through their link has no choice.
 */
export const applyOfficeCancellation: CollectionBeforeChangeHook<FormSubmission> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const choice = takeCancellationChoice(data)
  if (operation !== 'update' || !originalDoc || !isStaff({ req })) return data
  const kind = data.kind ?? originalDoc.kind
  if (kind === 'registration' && data.status === 'cancelled' && originalDoc.status !== 'cancelled')
    rememberOfficeCancellation(req, originalDoc.id, choice)
  return data
}
