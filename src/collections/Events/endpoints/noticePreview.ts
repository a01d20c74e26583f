import type { Endpoint } from 'payload'
import { z } from 'zod'

import { isEditorOrAdmin } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import { noticeSubjectFor } from '@/domain/eventChanges'
import { renderNotice } from '@/email/renderNotice'
import type { Event } from '@/payload-types'
import { planEventNotice } from '@/registration/eventChangeNotice'
import { noticeMessages } from '@/messages/notices'
import { officeNoteMaxLength } from '../registrantNotice'

const line = z.string().max(500).nullish()

/** The facts as they stand in the editor's form; everything else is read from the database. */
const bodySchema = z.object({
  title: z.string().max(200).optional(),
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }).nullish(),
  venue: z
    .object({ name: line, room: line, street: line, postalCode: line, city: line })
    .partial()
    .nullish(),
  onlineUrl: z.string().max(2000).nullish(),
  eventStatus: z.enum(['planned', 'postponed', 'cancelled']),
  text: z.string().max(officeNoteMaxLength).optional(),
})

const answer = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * `POST /api/events/:id/notice-preview`: for the publish dialog, whether this save concerns
 * registered people, how many, what changed and the mail as they will read it. Reads only;
 * editors and admins only (they may change events, not see registrations: a count only).
 */
export const noticePreview: Endpoint = {
  path: '/:id/notice-preview',
  method: 'post',
  handler: async (req) => {
    if (!isEditorOrAdmin({ req })) return answer(403, noticeMessages.previewForbidden)
    const id = Number(req.routeParams?.id)
    if (!Number.isSafeInteger(id) || id <= 0) return answer(400, noticeMessages.previewUnknownEvent)
    const parsed = bodySchema.safeParse(await req.json?.().catch(() => null))
    if (!parsed.success) return answer(400, noticeMessages.previewInvalid)
    const published = (await req.payload.findByID({
      collection: collectionSlugs.events,
      id,
      draft: false,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })) as Event | null
    if (!published) return answer(404, 'Unbekannte Veranstaltung.')
    if (published._status !== 'published') return Response.json({ required: false })
    const { text, ...facts } = parsed.data
    const after: Event = {
      ...published,
      ...facts,
      title: facts.title || published.title,
      venue: { ...facts.venue },
    } as Event
    const plan = await planEventNotice(req.payload, id, published, after)
    if (!plan) return Response.json({ required: false })
    const mail = await renderNotice(req.payload, {
      notice: {
        kind: plan.kind,
        subject: noticeSubjectFor(plan.kind, after.title),
        text,
        changes: plan.changes,
      },
      event: after,
    })
    return Response.json({
      required: true,
      kind: plan.kind,
      count: plan.count,
      changes: plan.changes,
      subject: mail.subject,
      text: mail.text,
    })
  },
}
