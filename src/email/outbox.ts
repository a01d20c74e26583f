import type { Payload, PayloadRequest } from 'payload'

import { collectionSlugs } from '@/collections/slugs'
import { countAgainstLimits } from '@/db/counters'
import { normalisedMailbox } from '@/domain/mailbox'
import { type MailTemplate, mailTemplateLabels } from '@/domain/mailTemplates'
import { rateLimitBuckets, recipientMailRule } from '@/domain/rateLimit'

export const mailQueue = 'mail'

/**
 * Who caused a mail: a request from the public (a form, an API call, a link in a mail) or staff
 * at work. Only the public's mails are capped per recipient.
 */
export type MailCause = 'public' | 'staff'

/**
 * Whether one more public-caused mail may go to this mailbox. Counted outside any transaction, so
 * attempts that are rolled back count as well. The office's own notices are not capped: the
 * office set that address itself, and it wants one notice per stored submission (and per
 * cancellation, which each registration can cause once).
 */
const officeTemplates: MailTemplate[] = ['officeNotice', 'officeCancellationNotice']

const withinRecipientCap = async (payload: Payload, template: MailTemplate, to: string) => {
  if (officeTemplates.includes(template)) return true
  const buckets = rateLimitBuckets({
    identities: { recipient: normalisedMailbox(to) },
    rules: [recipientMailRule()],
    secret: payload.secret,
  })
  return countAgainstLimits(payload, buckets)
}

/**
 * Puts a mail into the outbox and its sending job into the queue. With `req` both belong to the
 * caller's transaction: a submission and its mails are stored together or not at all. Every mail
 * passes here, so this is where the per-recipient cap sits: a public-caused mail beyond it is not
 * queued (returns `undefined`; the caller decides whether that refuses the request).
 */
export const queueMail = async (
  payload: Payload,
  args: {
    template: MailTemplate
    to: string
    cause: MailCause
    submissionId?: number
    /** a notice to the registrants of an event; with `submissionId`, that person's copy */
    noticeId?: number
    req?: PayloadRequest
  },
) => {
  if (args.cause === 'public' && !(await withinRecipientCap(payload, args.template, args.to))) {
    payload.logger.info(
      `E-Mail nicht eingereiht (${args.template}, Einsendung ${args.submissionId ?? '–'}): Höchstzahl je Empfänger:in erreicht.`,
    )
    return undefined
  }
  const message = await payload.create({
    collection: collectionSlugs.mailMessages,
    data: {
      template: args.template,
      to: args.to,
      subject: mailTemplateLabels[args.template],
      submission: args.submissionId,
      notice: args.noticeId,
      status: 'queued',
    },
    req: args.req,
    overrideAccess: true,
  })
  await payload.jobs.queue({
    task: 'sendMail',
    queue: mailQueue,
    input: { messageId: message.id },
    req: args.req,
  })
  return message
}
