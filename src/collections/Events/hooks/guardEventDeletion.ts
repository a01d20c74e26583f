import type { CollectionBeforeDeleteHook } from 'payload'

import { executorFor, sql } from '@/db/sql'
import { EventNotDeletable } from '../errors'

type DeletionFacts = {
  title: string
  cancelled: boolean
  activeRegistrations: number
  unsentMails: number
  pendingNotices: number
}

/**
 * An event goes only when nobody is left to tell: no registration active (its registrants would
 * hear nothing, and their registrations would be left without an event; calling it off is the
 * way) and no mail about it still waiting to go out (the call-off mails render from the event and
 * its notices), nor a notice whose mails are still to be written: its fan-out job (mail queue,
 * every 10 seconds) and the cancellation job (every minute) run in either order, so a called-off
 * event can have no active registration and an empty outbox while its call-off is yet to go out.
 * Then its notices go with it: they belong to the event (their event is required), and the mails
 * sent stay in the outbox's record.
 *
 * The event row is locked `FOR UPDATE` first: that waits for registrations being stored at this
 * moment (each holds a key-share lock on its event until its commit), so the count includes them;
 * and a registration arriving after the lock waits for the deletion to end.
 */
export const guardEventDeletion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const eventId = Number(id)
  const db = await executorFor(req)
  // A statement of its own: the counts below must be read after the wait, in a new snapshot.
  await db.execute(sql`SELECT id FROM events WHERE id = ${eventId} FOR UPDATE`)
  const { rows } = await db.execute(sql`
    SELECT title, event_status = 'cancelled' AS cancelled,
      (SELECT count(*)::int FROM form_submissions
        WHERE event_id = ${eventId} AND status IN ('confirmed', 'waitlisted')) AS "activeRegistrations",
      (SELECT count(*)::int FROM mail_messages m
        LEFT JOIN form_submissions s ON s.id = m.submission_id
        LEFT JOIN event_notices n ON n.id = m.notice_id
        WHERE m.status IN ('queued', 'sending', 'retrying')
          AND (s.event_id = ${eventId} OR n.event_id = ${eventId})) AS "unsentMails",
      -- A fan-out that failed for good waits for nothing (as a failed mail does not).
      (SELECT count(*)::int FROM event_notices n JOIN payload_jobs j
          ON j.task_slug = 'queueNoticeMails' AND j.input->>'noticeId' = n.id::text
        WHERE n.event_id = ${eventId} AND j.completed_at IS NULL
          AND j.has_error IS NOT TRUE) AS "pendingNotices"
    FROM events WHERE id = ${eventId}`)
  const facts = rows[0] as DeletionFacts | undefined
  if (!facts) return
  if (facts.activeRegistrations > 0)
    throw new EventNotDeletable(
      facts.cancelled
        ? { reason: 'cancellationRunning', title: facts.title, count: facts.activeRegistrations }
        : { reason: 'activeRegistrations', title: facts.title, count: facts.activeRegistrations },
    )
  if (facts.unsentMails > 0)
    throw new EventNotDeletable({
      reason: 'unsentMails',
      title: facts.title,
      count: facts.unsentMails,
    })
  if (facts.pendingNotices > 0)
    throw new EventNotDeletable({
      reason: 'noticePending',
      title: facts.title,
      count: facts.pendingNotices,
    })
  await db.execute(sql`DELETE FROM event_notices WHERE event_id = ${eventId}`)
}
