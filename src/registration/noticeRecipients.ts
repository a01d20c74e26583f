import type { Payload } from 'payload'

import { connectionOf, sql, type SqlExecutor } from '@/db/sql'
import type { EventNoticeAudience, EventNoticeKind } from '@/domain/eventNotices'

export type NoticeRecipient = { id: number; email: string }

/**
 * Who a notice reaches: one row per registration with an address. A cancellation notice also
 * reaches those whose registration the cancellation itself has already ended
 * (`eventCancelled`), whichever of the two jobs runs first; people who cancelled on their own
 * earlier are never written to again.
 */
const statusCondition = (audience: EventNoticeAudience, kind: EventNoticeKind) => {
  if (kind === 'cancelled') return sql`status IN ('confirmed', 'waitlisted', 'eventCancelled')`
  if (audience === 'confirmed') return sql`status = 'confirmed'`
  if (audience === 'waitlisted') return sql`status = 'waitlisted'`
  if (audience === 'checkedIn') return sql`status = 'confirmed' AND checked_in = true`
  return sql`status IN ('confirmed', 'waitlisted')`
}

export const noticeRecipientsOf = async (
  payload: Payload,
  args: { eventId: number; audience: EventNoticeAudience; kind: EventNoticeKind },
  /** a transaction's connection: code that holds one must not wait for a second from the pool */
  db: SqlExecutor = connectionOf(payload),
): Promise<NoticeRecipient[]> => {
  const { rows } = await db.execute(sql`
    SELECT id, email FROM form_submissions
    WHERE event_id = ${args.eventId} AND kind = 'registration' AND email IS NOT NULL AND email <> ''
      AND ${statusCondition(args.audience, args.kind)}
    ORDER BY id`)
  return rows as NoticeRecipient[]
}

export const noticeRecipientCount = async (
  payload: Payload,
  args: Parameters<typeof noticeRecipientsOf>[1],
  db?: SqlExecutor,
) => (await noticeRecipientsOf(payload, args, db)).length
