import type { Payload, PayloadRequest } from 'payload'

import { collectionSlugs } from '@/collections/slugs'
import { type MailTemplate, mailTemplateLabels } from '@/domain/mailTemplates'

export const mailQueue = 'mail'

/**
 * Puts a mail into the outbox and its sending job into the queue. With `req` both belong to the
 * caller's transaction: a submission and its mails are stored together or not at all.
 */
export const queueMail = async (
  payload: Payload,
  args: { template: MailTemplate; to: string; submissionId?: number; req?: PayloadRequest },
) => {
  const message = await payload.create({
    collection: collectionSlugs.mailMessages,
    data: {
      template: args.template,
      to: args.to,
      subject: mailTemplateLabels[args.template],
      submission: args.submissionId,
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
