import type { Payload } from 'payload'

import { collectionSlugs, globalSlugs } from '@/collections/slugs'
import { readEnvironment } from '@/config/env'
import { icsFileName } from '@/domain/ics'
import { createToken } from '@/domain/tokens'
import { calendarFileOf } from '@/lib/eventCalendar'
import { cancellationPath, eventPath } from '@/lib/paths'
import type { Event, EventNotice, Form, FormSubmission } from '@/payload-types'
import { renderEventNoticeMail } from './templates/eventNoticeMail'

const idOf = (value: number | { id: number } | null | undefined) =>
  typeof value === 'object' ? value?.id : value

/** Who a test mail or preview of a notice stands for: an example person, never a registrant. */
export const examplePerson = { name: 'Erika Beispiel', persons: 1, status: 'confirmed' } as const

export type NoticeDraft = Pick<EventNotice, 'kind' | 'subject' | 'text' | 'changes'>

/**
 * A notice as one person reads it, rendered from current data: the event's facts as they are now,
 * that person's own cancellation link (while their registration is active). Without a submission
 * it is the example person of a preview or a test mail.
 */
export const renderNotice = async (
  payload: Payload,
  { notice, event, submission }: { notice: NoticeDraft; event: Event; submission?: FormSubmission },
) => {
  const formId = idOf(submission?.form) ?? idOf(event.registration?.form)
  const form = formId
    ? await payload.findByID({
        collection: collectionSlugs.forms,
        id: formId,
        depth: 0,
        overrideAccess: true,
      })
    : null
  const settings = await payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0 })
  const { serverUrl } = readEnvironment()
  const active = submission?.status === 'confirmed' || submission?.status === 'waitlisted'
  const cancelToken =
    submission && active
      ? createToken(
          { purpose: 'cancel', subject: String(submission.id), expiresAt: new Date(event.end) },
          payload.secret,
        )
      : undefined
  const rendered = renderEventNoticeMail({
    notice: {
      ...notice,
      changes: notice.changes?.map(({ label, before, after }) => ({
        label: label ?? '',
        before: before ?? '',
        after: after ?? '',
      })),
    },
    event,
    submission: submission ?? examplePerson,
    form: form as Form | null,
    settings,
    links: {
      event: `${serverUrl}${eventPath(event.slug)}`,
      programme: event.programme?.length
        ? `${serverUrl}${eventPath(event.slug)}#programm`
        : undefined,
      // The example shows where each person's own link will be; this one opens nothing.
      cancel: submission
        ? cancelToken && `${serverUrl}${cancellationPath}?token=${cancelToken}`
        : `${serverUrl}${cancellationPath}?token=beispiel`,
    },
  })
  const method = rendered.calendarMethod === 'cancel' ? 'CANCEL' : 'PUBLISH'
  const attachments = rendered.calendarMethod
    ? [
        {
          filename: icsFileName(event.slug),
          content: calendarFileOf(event, settings, serverUrl, method),
          contentType: `text/calendar; charset=utf-8; method=${method}`,
        },
      ]
    : undefined
  return { ...rendered, attachments }
}
