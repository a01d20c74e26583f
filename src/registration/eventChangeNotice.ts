import type { Payload, PayloadRequest } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import {
  type EventFactsForNotice,
  eventChangesFor,
  noticeKindFor,
  noticeSubjectFor,
} from '@/domain/eventChanges'
import type { Event } from '@/payload-types'
import { noticeRecipientCount } from './noticeRecipients'

export const cancelRegistrationsTask = 'cancelEventRegistrations'

/**
 * What a save of a published event means for its registered people: the kind of notice, what
 * changed (old → new) and how many people it reaches. Undefined when nothing they plan around
 * changed, or when nobody is registered.
 */
export const planEventNotice = async (
  payload: Payload,
  eventId: number,
  published: EventFactsForNotice,
  after: EventFactsForNotice,
) => {
  const changes = eventChangesFor(published, after)
  const kind = noticeKindFor(published, after, changes)
  if (!kind) return undefined
  const count = await noticeRecipientCount(payload, { eventId, audience: 'active', kind })
  return count > 0 ? { kind, changes, count } : undefined
}

/**
 * Records the notice of a saved change, in the save's transaction: with `informed` the fan-out
 * writes one mail per person; without, the record shows that the change was saved on purpose
 * without a word (or, with no decision at all, by a scheduled publish or server code). A
 * cancellation also ends every open registration, in a job.
 */
export const recordEventChange = async (
  req: PayloadRequest,
  args: {
    event: Event
    published: EventFactsForNotice
    decision?: 'inform' | 'silent'
    text?: string
  },
) => {
  const { event } = args
  const plan = await planEventNotice(req.payload, event.id, args.published, event)
  if (!plan) return undefined
  const notice = await req.payload.create({
    collection: collectionSlugs.eventNotices,
    data: {
      event: event.id,
      kind: plan.kind,
      audience: 'active',
      subject: noticeSubjectFor(plan.kind, event.title),
      text: args.text || undefined,
      changes: plan.changes,
      informed: args.decision === 'inform',
      createdBy: typeof req.user?.id === 'number' ? req.user.id : undefined,
    },
    req,
    overrideAccess: true,
  })
  if (plan.kind === 'cancelled')
    await req.payload.jobs.queue({
      task: cancelRegistrationsTask,
      input: { eventId: event.id },
      req,
    })
  return notice
}
