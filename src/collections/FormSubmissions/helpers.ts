import type { PayloadRequest } from 'payload'

import type { FormSubmission } from '@/payload-types'

/** Submissions from the public site or API, as opposed to trusted server code or signed-in staff. */
export const isPublicSubmission = (req: PayloadRequest) => req.context.publicSubmission === true

/** Entered by signed-in staff: no bot checks, but the seat rules of the public. */
export const isStaffSubmission = (req: PayloadRequest) => req.context.staffSubmission === true

/** Who caused a change, for the status history. */
export const actorOf = (req: PayloadRequest): { by?: number; actor: string } => {
  // The event's cancellation ends these registrations, whoever happens to run the job queue.
  if (req.context.eventCancellation && req.context.actor) return { actor: req.context.actor }
  if (req.user) return { by: req.user.id as number, actor: String(req.user.email ?? '') }
  return { actor: req.context.actor ?? 'System' }
}

/** Least time between showing a form and sending it that a person plausibly needs. */
export const minFillSeconds = () => Number(process.env.FORM_MIN_FILL_SECONDS ?? 3)

/** A registration's number of persons that this update changes: old and new count, or nothing. */
export const personCountChangeOf = (
  data: Partial<FormSubmission>,
  originalDoc: FormSubmission | undefined,
) => {
  if (originalDoc?.kind !== 'registration' || data.persons == null) return undefined
  const from = originalDoc.persons ?? 1
  return data.persons === from ? undefined : { from, to: data.persons }
}
