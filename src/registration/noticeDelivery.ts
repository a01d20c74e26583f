import type { PayloadRequest } from 'payload'

import { executorFor, sql } from '@/db/sql'
import type { NoticeDelivery } from '@/domain/noticeDelivery'

type Row = {
  informed: boolean | null
  test: boolean | null
  queued_at: string | null
  preparation_failed: boolean
  total: string
  sent: string
  failed: string
  skipped: string
}

/** One grouped count over the notice's outbox rows (indexed by notice): cheap enough per read. */
export const noticeDeliveryOf = async (
  req: PayloadRequest,
  noticeId: number,
): Promise<NoticeDelivery | undefined> => {
  const { rows } = await (
    await executorFor(req)
  ).execute(sql`
    SELECT n.informed, n.test, n.queued_at,
      EXISTS (SELECT 1 FROM payload_jobs j
        WHERE j.task_slug = 'queueNoticeMails' AND j.has_error
          AND j.input->>'noticeId' = n.id::text) AS preparation_failed,
      count(m.id) AS total,
      count(m.id) FILTER (WHERE m.status = 'sent') AS sent,
      count(m.id) FILTER (WHERE m.status = 'failed') AS failed,
      count(m.id) FILTER (WHERE m.status = 'skipped') AS skipped
    FROM event_notices n LEFT JOIN mail_messages m ON m.notice_id = n.id
    WHERE n.id = ${noticeId}
    GROUP BY n.id`)
  const row = rows[0] as Row | undefined
  if (!row) return undefined
  return {
    informed: row.informed !== false,
    test: row.test === true,
    queued: Boolean(row.queued_at) || row.test === true,
    preparationFailed: row.preparation_failed === true,
    total: Number(row.total),
    sent: Number(row.sent),
    failed: Number(row.failed),
    skipped: Number(row.skipped),
  }
}
