import type { CollectionAfterChangeHook } from 'payload'

import { collectionSlugs } from '@/collections/slugs'
import { executorFor, sql } from '@/db/sql'
import { relationId } from '@/domain/relations'
import { queueMail } from '@/email/outbox'
import type { Partner } from '@/payload-types'

/**
 * The declarant hears once that their organisation is on the site: at the first save that makes
 * a partner entry from a declaration public. The claim is one conditional statement in the save's
 * transaction, so a second publish (or two at the same moment) finds it taken and queues nothing.
 */
export const queueListedMail: CollectionAfterChangeHook<Partner> = async ({ doc, req }) => {
  const declarationId = relationId(doc.declaration)
  if (!doc.isPublic || !declarationId || doc.listedMailQueuedAt) return doc
  const db = await executorFor(req)
  const { rows } = await db.execute(sql`
    UPDATE partners SET listed_mail_queued_at = now()
    WHERE id = ${doc.id} AND listed_mail_queued_at IS NULL
    RETURNING listed_mail_queued_at`)
  if (!rows.length) return doc
  const declaration = await req.payload
    .findByID({
      collection: collectionSlugs.formSubmissions,
      id: declarationId,
      depth: 0,
      overrideAccess: true,
      select: { email: true, anonymisedAt: true },
      req,
    })
    .catch(() => null)
  if (declaration?.email && !declaration.anonymisedAt)
    await queueMail(req.payload, {
      template: 'partnerListed',
      to: declaration.email,
      cause: 'staff',
      submissionId: declarationId,
      req,
    })
  return {
    ...doc,
    listedMailQueuedAt: String(
      (rows[0] as { listed_mail_queued_at: unknown }).listed_mail_queued_at,
    ),
  }
}
