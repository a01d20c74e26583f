import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { isStaff } from '@/access/roles'
import { activeRegistrationStatuses, type SubmissionStatus } from '@/domain/forms/kinds'
import { firstRegistrationMail, type MailTemplate } from '@/domain/mailTemplates'
import { type MailCause, type OutgoingMail, queueMails, theOffice } from '@/email/outbox'
import type { FormSubmission } from '@/payload-types'
import { RateLimited } from '../errors'
import { isPublicSubmission } from '../helpers'
import { officeCancellationOf } from '../officeCancellation'

const personalTemplate = (
  doc: FormSubmission,
  previous: FormSubmission | undefined,
  operation: 'create' | 'update',
  req: PayloadRequest,
): MailTemplate | undefined => {
  if (operation === 'create') {
    if (doc.kind !== 'registration') return 'receipt'
    return firstRegistrationMail[doc.status === 'confirmed' ? 'confirmed' : 'waitlisted']
  }
  if (doc.kind !== 'registration') return undefined
  // The person's own change through their link (the status stays; seats are checked before).
  if (doc.status === previous?.status)
    return req.context.selfServiceChange === true ? 'registrationChanged' : undefined
  if (doc.status === 'confirmed' && previous?.status === 'waitlisted') return 'promotion'
  if (doc.status === 'cancelled') {
    const byOffice = officeCancellationOf(req, doc.id)
    if (!byOffice) return 'cancellation'
    return byOffice.notify ? 'cancelledByOffice' : undefined
  }
  if (doc.status === 'waitlisted' && previous?.status === 'confirmed') return 'waitlist'
  return undefined
}

/** A registration that held or waited for a seat was cancelled (not by calling the event off). */
const cancelledNow = (
  doc: FormSubmission,
  previous: FormSubmission | undefined,
  req: PayloadRequest,
) =>
  doc.kind === 'registration' &&
  doc.status === 'cancelled' &&
  activeRegistrationStatuses.includes(previous?.status as SubmissionStatus) &&
  req.context.eventCancellation !== true

/**
 * Queues the mails a submission or a status change causes, in the same transaction: the person's
 * confirmation (or waiting-list notice, promotion, cancellation, changed registration) and a
 * notice to the office on arrival and on cancellation. A public request whose mail the
 * per-recipient cap holds back is refused as a whole (HTTP 429) when it would create or change a
 * registration: nothing is stored that its sender was never told about.
 */
export const queueSubmissionMails: CollectionAfterChangeHook<FormSubmission> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context.disableMail === true) return doc
  // A person whose data is being erased gets no more mail; others (promotions) still do.
  if (req.context.noMailFor?.includes(doc.id)) return doc
  const template = personalTemplate(doc, previousDoc, operation, req)
  const cause: MailCause = isStaff({ req }) ? 'staff' : 'public'
  const officeTemplate: MailTemplate | undefined =
    operation === 'create'
      ? 'officeNotice'
      : cancelledNow(doc, previousDoc, req)
        ? 'officeCancellationNotice'
        : undefined
  const personal: OutgoingMail | undefined =
    template && doc.email ? { template, to: doc.email, cause, submissionId: doc.id } : undefined
  const office: OutgoingMail | undefined = officeTemplate
    ? { template: officeTemplate, to: theOffice, cause, submissionId: doc.id }
    : undefined
  const mails = [personal, office].filter((mail): mail is OutgoingMail => Boolean(mail))
  if (mails.length === 0) return doc
  const [personalQueued] = await queueMails(req.payload, mails, req)
  const mustBeTold =
    (operation === 'create' && isPublicSubmission(req)) || template === 'registrationChanged'
  // Throwing rolls the office's notice back too: nothing is stored its sender was never told of.
  if (personal && !personalQueued && mustBeTold) throw new RateLimited()
  return doc
}
