import type { CollectionBeforeValidateHook } from 'payload'

import { formTokenField, honeypotField } from '@/domain/forms/definition'

/** The honeypot and the timing token have done their job in guardPublicSubmission; never stored. */
export const dropSpamCheckFields: CollectionBeforeValidateHook = ({ data, operation }) => {
  if (operation !== 'create' || !data) return data
  const rest = { ...data }
  delete rest[honeypotField]
  delete rest[formTokenField]
  return rest
}
