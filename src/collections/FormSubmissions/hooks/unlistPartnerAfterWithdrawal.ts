import type { CollectionAfterChangeHook } from 'payload'

import type { FormSubmission } from '@/payload-types'
import { unlistAfterWithdrawal } from '@/privacy/partnerListing'

/** A withdrawn consent to be named takes the organisation's partner entry off the site at once. */
export const unlistPartnerAfterWithdrawal: CollectionAfterChangeHook<FormSubmission> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation === 'update') await unlistAfterWithdrawal(req, previousDoc, doc)
  return doc
}
