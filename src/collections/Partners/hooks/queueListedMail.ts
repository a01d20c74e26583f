import type { CollectionAfterChangeHook } from 'payload'

import { executorFor, sql } from '@/db/sql'
import { relationId } from '@/domain/relations'
import { queueMail } from '@/email/outbox'
import type { Partner } from '@/payload-types'
import { declarationOf } from '../declarationOf'

/**
 * Whether the declarant was told already. Asked with the declaration's row locked (by
 * `requireNamingConsent`, earlier in the same save), so a second save waits for the first to
 * commit and then sees its mail. The outbox row is the record that counts: a save that started
 * from an older copy of the partner may write the time back to empty.
 */
const alreadyTold = async (
  db: Awaited<ReturnType<typeof executorFor>>,
  partnerId: number,
  declarationId: number,
) => {
  const { rows } = await db.execute(sql`
    SELECT 1 FROM mail_messages WHERE submission_id = ${declarationId} AND template = 'partnerListed'
    UNION ALL
    SELECT 1 FROM partners WHERE id = ${partnerId} AND listed_mail_queued_at IS NOT NULL
    LIMIT 1`)
  return rows.length > 0
}

/**
 * The declarant hears once that their organisation is on the site: at the first save that makes
 * a partner entry from a declaration public, in that save's transaction.
 */
export const queueListedMail: CollectionAfterChangeHook<Partner> = async ({ doc, req }) => {
  const declarationId = relationId(doc.declaration)
  if (!doc.isPublic || !declarationId || doc.listedMailQueuedAt) return doc
  const db = await executorFor(req)
  if (await alreadyTold(db, doc.id, declarationId)) return doc
  const queuedAt = new Date().toISOString()
  await db.execute(
    sql`UPDATE partners SET listed_mail_queued_at = ${queuedAt} WHERE id = ${doc.id}`,
  )
  const declaration = await declarationOf(req, declarationId, { email: true, anonymisedAt: true })
  if (declaration?.email && !declaration.anonymisedAt)
    await queueMail(req.payload, {
      template: 'partnerListed',
      to: declaration.email,
      cause: 'staff',
      submissionId: declarationId,
      req,
    })
  return { ...doc, listedMailQueuedAt: queuedAt }
}
