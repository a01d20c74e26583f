import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { collectionSlugs } from '@/config/slugs'
import { sql, transactionOf } from '@/db/sql'
import { reminderIsDue, reminderTimeOf } from '@/domain/reminders'
import { queueMail } from '@/email/outbox'
import type { Event } from '@/payload-types'

/** The longest reminder lead the event form allows (`daysBefore` max 30), plus a day's slack. */
const lookAheadMs = 31 * 24 * 60 * 60 * 1000

const upcomingEvents = async (payload: Payload, now: Date) =>
  (
    await payload.find({
      collection: collectionSlugs.events,
      where: {
        _status: { equals: 'published' },
        eventStatus: { in: ['planned', 'postponed'] },
        start: {
          greater_than: now.toISOString(),
          less_than_equal: new Date(now.getTime() + lookAheadMs).toISOString(),
        },
      },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs

/**
 * Marks every confirmed registration of the event that is still without a reminder for this
 * start, in one statement: two runners (or app instances) cannot both take the same person, the
 * second waits for the first's row locks and then finds nothing left. A registration made after
 * the reminder time gets none — its confirmation has just brought all the facts. When the event
 * is moved to a new start, everyone is reminded again for the new date.
 */
const claimRegistrations = async (req: PayloadRequest, event: Event) => {
  const db = await transactionOf(req)
  const remindAt = reminderTimeOf(event.start, event.registration?.reminder ?? {})
  const { rows } = await db.execute(sql`
    UPDATE form_submissions
    SET reminded_for_start = ${event.start}::timestamptz
    WHERE event_id = ${event.id}
      AND kind = 'registration'
      AND status = 'confirmed'
      AND email IS NOT NULL
      AND created_at < ${remindAt.toISOString()}::timestamptz
      AND reminded_for_start IS DISTINCT FROM ${event.start}::timestamptz
    RETURNING id, email`)
  return rows as { id: number; email: string }[]
}

/** Claims and queues one event's reminders together: a crash before the commit loses nothing. */
const remindRegistrantsOf = async (payload: Payload, event: Event) => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const claimed = await claimRegistrations(req, event)
    for (const { id, email } of claimed) {
      await queueMail(payload, {
        template: 'reminder',
        to: email,
        cause: 'staff',
        submissionId: id,
        req,
      })
    }
    await commitTransaction(req)
    return claimed.length
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Queues the reminders of every event whose reminder time has come; returns how many. */
export const sendDueReminders = async (payload: Payload, now = new Date()) => {
  let queued = 0
  for (const event of await upcomingEvents(payload, now)) {
    if (reminderIsDue(event, now)) queued += await remindRegistrantsOf(payload, event)
  }
  return queued
}
