import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import { executorFor } from '@/db/sql'
import { eventNoticeAudiences } from '@/domain/eventNotices'
import { relationId } from '@/domain/relations'
import type { EventNotice } from '@/payload-types'
import { noticeRecipientCount } from '@/registration/noticeRecipients'
import { NoticeRefused } from '../errors'

/** The event of a draft notice, if it exists and takes registrations. */
export const registrationEventOf = async (req: PayloadRequest, value: unknown) => {
  const id = relationId(value)
  const event = id
    ? await req.payload
        .findByID({
          collection: collectionSlugs.events,
          id,
          depth: 0,
          overrideAccess: true,
          req,
        })
        .catch(() => null)
    : null
  if (!event) throw new NoticeRefused('unknownEvent')
  if (!event.registration?.form) throw new NoticeRefused('noRegistration')
  return event
}

/**
 * On create: who sent it comes from the login, never from the input (`createdBy` and the other
 * server-set fields have field access that strips them from a user's request); the event must
 * take registrations; the number of recipients is counted now, for the record.
 */
export const prepareNotice: CollectionBeforeChangeHook<EventNotice> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  if (req.user) data.createdBy = req.user.id
  const event = await registrationEventOf(req, data.event)
  if (!data.subject?.trim()) throw new NoticeRefused('noSubject')
  if (!eventNoticeAudiences.includes(data.audience as never))
    throw new NoticeRefused('unknownAudience')
  if (data.test) {
    if (!req.user?.email) throw new NoticeRefused('testWithoutUser')
    return { ...data, informed: false, recipientCount: 1 }
  }
  if (data.kind === 'message' && !data.text?.trim()) throw new NoticeRefused('noText')
  if (data.informed === false) return { ...data, recipientCount: data.recipientCount ?? 0 }
  const recipientCount = await noticeRecipientCount(
    req.payload,
    { eventId: event.id, audience: data.audience!, kind: data.kind ?? 'message' },
    await executorFor(req),
  )
  return { ...data, recipientCount }
}
