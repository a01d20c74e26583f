import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { isCoordinatorOrAdmin } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import { eventNoticeAudiences } from '@/domain/eventNotices'
import { renderNotice } from '@/email/renderNotice'
import { noticeMessages } from '@/messages/notices'
import { noticeRecipientCount } from '@/registration/noticeRecipients'
import { type NoticeRefusal, NoticeRefused } from './errors'
import { registrationEventOf } from './hooks/prepareNotice'

/** The message as the coordinator is writing it; the same limits as the stored fields. */
const draftSchema = z.object({
  event: z.coerce.number().int().positive(),
  audience: z.enum(eventNoticeAudiences),
  subject: z.string().max(200),
  text: z.string().max(10000),
})

/** What the coordinator is told about a draft the schema refuses: the field that is wrong. */
const refusalOf = (error: z.ZodError): NoticeRefusal => {
  const field = error.issues[0]?.path[0]
  if (field === 'subject') return 'subjectTooLong'
  if (field === 'text') return 'textTooLong'
  if (field === 'audience') return 'unknownAudience'
  return 'unknownEvent'
}

const answer = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/** Reads and checks the draft; a Response is the refusal to send back. */
const draftOf = async (req: PayloadRequest) => {
  if (!isCoordinatorOrAdmin({ req })) return answer(403, noticeMessages.forbidden)
  const parsed = draftSchema.safeParse(await req.json?.().catch(() => null))
  if (!parsed.success) return answer(400, noticeMessages.refused[refusalOf(parsed.error)])
  try {
    const event = await registrationEventOf(req, parsed.data.event)
    return { draft: parsed.data, event }
  } catch (error) {
    if (error instanceof NoticeRefused) return answer(400, error.message)
    throw error
  }
}

/**
 * `POST /api/event-notices/preview` with the draft: how many people it reaches and the mail as an
 * example person would read it. Nothing is stored or sent.
 */
const previewEndpoint: Endpoint = {
  path: '/preview',
  method: 'post',
  handler: async (req) => {
    const result = await draftOf(req)
    if (result instanceof Response) return result
    const { draft, event } = result
    const recipientCount = await noticeRecipientCount(req.payload, {
      eventId: event.id,
      audience: draft.audience,
      kind: 'message',
    })
    const mail = await renderNotice(req.payload, {
      notice: { kind: 'message', subject: draft.subject, text: draft.text },
      event,
    })
    return Response.json(
      {
        recipientCount,
        recipients: noticeMessages.recipients(recipientCount),
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      },
      { headers: { 'cache-control': 'no-store' } },
    )
  },
}

/**
 * `POST /api/event-notices/test` with the draft: stores it as a test (informing nobody) and sends
 * it to the signed-in person's own address only — there is no way to name another one.
 */
const testEndpoint: Endpoint = {
  path: '/test',
  method: 'post',
  handler: async (req) => {
    const result = await draftOf(req)
    if (result instanceof Response) return result
    const { draft } = result
    try {
      await req.payload.create({
        collection: collectionSlugs.eventNotices,
        data: { ...draft, kind: 'message', test: true },
        req,
        // Only `test` needs it (server-set); who may send was checked above.
        overrideAccess: true,
      })
    } catch (error) {
      if (error instanceof NoticeRefused) return answer(400, error.message)
      throw error
    }
    return Response.json({ message: noticeMessages.testQueued(req.user!.email) })
  },
}

export const noticeEndpoints: Endpoint[] = [previewEndpoint, testEndpoint]
