import type { FormSubmission } from '@/payload-types'

/**
 * What the retention periods empty: everything that identifies a person. Kind, event, persons,
 * status, dates and the two category columns (municipality and kind of organisation, values from
 * fixed lists, never free text) stay, so the anonymous figures for the funder survive.
 */
export const personalDataCleared = {
  name: null,
  organisation: null,
  email: null,
  phone: null,
  supportNeeds: null,
  message: null,
  pageReference: null,
  internalNote: null,
  submissionData: [],
  consents: [],
} satisfies Partial<FormSubmission>

/** Art. 17 DSGVO: the person asked for erasure, so their categories go too. */
export const personErased = {
  ...personalDataCleared,
  municipality: null,
  organisationKind: null,
} satisfies Partial<FormSubmission>
