import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { relationId } from '@/domain/relations'
import { collectionSlugs } from '@/config/slugs'
import { sql, transactionOf } from '@/db/sql'
import type { EventNotice } from '@/payload-types'
import { noticeRecipientsOf } from '@/registration/noticeRecipients'
import { queueMail } from './outbox'

export type NoticeFanOut = { queued: number; alreadyQueued: boolean }

/**
 * Writes one outbox row (and its sending job) per recipient of a notice, all in one transaction.
 * Safe to run twice or at the same time: the notice row is locked first, and once `queuedAt` is
 * set nothing more is written; people who already have a row are skipped as a second guard (the
 * unique index on notice + submission is the third). Staff-caused mail is not capped per
 * recipient; every notice is a stored record of who sent what to how many.
 */
const fanOutIn = async (req: PayloadRequest, noticeId: number): Promise<NoticeFanOut> => {
  const db = await transactionOf(req)
  const { rows } = await db.execute(
    sql`SELECT queued_at FROM event_notices WHERE id = ${noticeId} FOR UPDATE`,
  )
  const locked = rows[0] as { queued_at: string | null } | undefined
  if (!locked) throw new Error(`Mitteilung ${noticeId} gibt es nicht.`)
  if (locked.queued_at) return { queued: 0, alreadyQueued: true }

  const notice = (await req.payload.findByID({
    collection: collectionSlugs.eventNotices,
    id: noticeId,
    depth: 0,
    req,
    overrideAccess: true,
  })) as EventNotice
  if (!notice.informed || notice.test) return { queued: 0, alreadyQueued: false }
  const existing = await db.execute(
    sql`SELECT submission_id FROM mail_messages WHERE notice_id = ${noticeId}`,
  )
  const done = new Set((existing.rows as { submission_id: number }[]).map((r) => r.submission_id))
  const recipients = await noticeRecipientsOf(
    req.payload,
    { eventId: relationId(notice.event)!, audience: notice.audience, kind: notice.kind },
    db,
  )
  let queued = 0
  for (const recipient of recipients) {
    if (done.has(recipient.id)) continue
    await queueMail(req.payload, {
      template: 'eventNotice',
      to: recipient.email,
      cause: 'staff',
      submissionId: recipient.id,
      noticeId,
      req,
    })
    queued += 1
  }
  await req.payload.update({
    collection: collectionSlugs.eventNotices,
    id: noticeId,
    data: { queuedAt: new Date().toISOString(), recipientCount: done.size + queued },
    req,
    overrideAccess: true,
  })
  return { queued, alreadyQueued: false }
}

/** Runs the fan-out of one notice in a transaction of its own (a job has none). */
export const queueNoticeMails = async (
  payload: Payload,
  noticeId: number,
): Promise<NoticeFanOut> => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const result = await fanOutIn(req, noticeId)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
