import type { CollectionAfterChangeHook } from 'payload'

import { mailQueue, queueMail } from '@/email/outbox'
import type { EventNotice } from '@/payload-types'

/**
 * A new notice that informs people queues its fan-out job in the same transaction: stored and
 * announced together or not at all. The job, not this request, writes the one mail per person.
 * A test goes only to the address of the person signed in. A record without informing sends nothing.
 */
export const queueNoticeFanOut: CollectionAfterChangeHook<EventNotice> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || req.context.disableMail === true) return doc
  if (doc.test) {
    await queueMail(req.payload, {
      template: 'eventNotice',
      to: req.user!.email,
      cause: 'staff',
      noticeId: doc.id,
      req,
    })
    return doc
  }
  if (!doc.informed) return doc
  await req.payload.jobs.queue({
    task: 'queueNoticeMails',
    queue: mailQueue,
    input: { noticeId: doc.id },
    req,
  })
  return doc
}
