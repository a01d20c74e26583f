import type { FormSubmission } from '@/payload-types'

/** Everything in a submission that identifies a person; kind, event, persons, status and dates stay. */
export const personalDataCleared = {
  name: null,
  organisation: null,
  email: null,
  phone: null,
  municipality: null,
  supportNeeds: null,
  message: null,
  pageReference: null,
  internalNote: null,
  submissionData: [],
  consents: [],
} satisfies Partial<FormSubmission>
