import type { PayloadRequest } from 'payload'

import { sql, transactionOf } from '@/db/sql'
import { firstRegistrationMail } from '@/domain/mailTemplates'
import type { PlacementStatus } from '@/domain/registration/rules'
import { retemplateQueuedMail } from '@/email/outbox'

/**
 * A new registration, stored with the first answer of the seat rules, gets the answer the lock
 * gave instead: its status, the one line of its history and its first mail (still queued in this
 * transaction). Three statements, only when the two answers differ (a race for the last seats).
 */
export const correctNewRegistrationStatus = async (
  req: PayloadRequest,
  submissionId: number,
  from: PlacementStatus,
  to: PlacementStatus,
) => {
  const db = await transactionOf(req)
  await db.execute(sql`UPDATE form_submissions SET status = ${to} WHERE id = ${submissionId}`)
  await db.execute(sql`
    UPDATE form_submissions_status_history SET "to" = ${to}
    WHERE _parent_id = ${submissionId} AND "to" = ${from}`)
  await retemplateQueuedMail(
    req,
    submissionId,
    firstRegistrationMail[from],
    firstRegistrationMail[to],
  )
}
