import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import type { FormSubmission } from '@/payload-types'

export const checkInMessages = {
  onlyConfirmed: 'Einchecken können nur bestätigte Anmeldungen.',
}

/** Stamps who checked a person in and when; unchecking clears both. */
export const recordCheckIn: CollectionBeforeChangeHook<FormSubmission> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const before = operation === 'update' ? Boolean(originalDoc?.checkedIn) : false
  const after = data.checkedIn ?? before
  if (after === before) return data
  if (after) {
    const status = data.status ?? originalDoc?.status
    if (status !== 'confirmed')
      throw new ValidationError(
        {
          collection: collectionSlugs.formSubmissions,
          errors: [{ path: 'checkedIn', message: checkInMessages.onlyConfirmed }],
        },
        req.t,
      )
    data.checkedInAt = new Date().toISOString()
    data.checkedInBy = (req.user?.id as number | undefined) ?? null
  } else {
    data.checkedInAt = null
    data.checkedInBy = null
  }
  return data
}
