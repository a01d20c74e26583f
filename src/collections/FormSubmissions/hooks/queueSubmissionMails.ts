import type { CollectionAfterChangeHook } from 'payload'

import { globalSlugs } from '@/collections/slugs'
import type { MailTemplate } from '@/domain/mailTemplates'
import { type MailCause, queueMail } from '@/email/outbox'
import type { FormSubmission } from '@/payload-types'
import { RateLimited } from '../errors'
import { isOfficeStaff, isPublicSubmission } from '../helpers'

const personalTemplate = (
  doc: FormSubmission,
  previous: FormSubmission | undefined,
  operation: 'create' | 'update',
): MailTemplate | undefined => {
  if (operation === 'create') {
    if (doc.kind !== 'registration') return 'receipt'
    return doc.status === 'confirmed' ? 'confirmation' : 'waitlist'
  }
  if (doc.kind !== 'registration' || doc.status === previous?.status) return undefined
  if (doc.status === 'confirmed' && previous?.status === 'waitlisted') return 'promotion'
  if (doc.status === 'cancelled') return 'cancellation'
  if (doc.status === 'waitlisted' && previous?.status === 'confirmed') return 'waitlist'
  return undefined
}

/**
 * Queues the mails a submission or a status change causes, in the same transaction: the person's
 * confirmation (or waiting-list notice, promotion, cancellation) and a notice to the office. A new
 * public submission whose mail the per-recipient cap holds back is refused as a whole (HTTP 429):
 * nothing is stored that its sender was never told about.
 */
export const queueSubmissionMails: CollectionAfterChangeHook<FormSubmission> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context.disableMail === true) return doc
  // A person whose data is being erased gets no more mail; others (promotions) still do.
  if (Array.isArray(req.context.noMailFor) && req.context.noMailFor.includes(doc.id)) return doc
  const template = personalTemplate(doc, previousDoc, operation)
  const cause: MailCause = isOfficeStaff(req) ? 'staff' : 'public'
  if (template && doc.email) {
    const queued = await queueMail(req.payload, {
      template,
      to: doc.email,
      cause,
      submissionId: doc.id,
      req,
    })
    if (!queued && operation === 'create' && isPublicSubmission(req)) throw new RateLimited()
  }
  if (operation === 'create') {
    const settings = await req.payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0, req })
    if (settings.office?.email)
      await queueMail(req.payload, {
        template: 'officeNotice',
        to: settings.office.email,
        cause,
        submissionId: doc.id,
        req,
      })
  }
  return doc
}
