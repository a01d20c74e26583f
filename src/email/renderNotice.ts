import type { Payload } from 'payload'

import { relationId } from '@/domain/relations'
import { collectionSlugs, globalSlugs } from '@/config/slugs'
import { readEnvironment } from '@/config/env'
import { cancellationPath } from '@/lib/paths'
import type { Event, EventNotice, Form, FormSubmission, SiteSetting } from '@/payload-types'
import { calendarAttachment, eventPageLinks, personalCancellationLink } from './eventMailLinks'
import { renderEventNoticeMail } from './templates/eventNoticeMail'

/** Who a test mail or preview of a notice stands for: an example person, never a registrant. */
export const examplePerson = { name: 'Erika Beispiel', persons: 1, status: 'confirmed' } as const

export type NoticeDraft = Pick<EventNotice, 'kind' | 'subject' | 'text' | 'changes'>

/** Reads a notice needs besides its own: the outbox shares them across the mails of a round. */
type NoticeReads = {
  form: (id: number) => Promise<Form | null>
  settings: () => Promise<SiteSetting>
}

const readsOnce = (payload: Payload): NoticeReads => ({
  form: async (id) =>
    (await payload.findByID({
      collection: collectionSlugs.forms,
      id,
      depth: 0,
      overrideAccess: true,
      // A form deleted since: the mail falls back to the default wording.
      disableErrors: true,
    })) as Form | null,
  settings: () => payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0 }),
})

/**
 * A notice as one person reads it, rendered from current data: the event's facts as they are now,
 * that person's own cancellation link (while their registration is active). Without a submission
 * it is the example person of a preview or a test mail.
 */
export const renderNotice = async (
  payload: Payload,
  { notice, event, submission }: { notice: NoticeDraft; event: Event; submission?: FormSubmission },
  reads: NoticeReads = readsOnce(payload),
) => {
  const formId = relationId(submission?.form) ?? relationId(event.registration?.form)
  const form = formId ? await reads.form(formId) : null
  const settings = await reads.settings()
  const { serverUrl } = readEnvironment()
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
    form,
    settings,
    links: {
      ...eventPageLinks(event, serverUrl),
      // The example shows where each person's own link will be; this one opens nothing.
      cancel: submission
        ? personalCancellationLink(payload, submission, event, serverUrl)
        : `${serverUrl}${cancellationPath}?token=beispiel`,
    },
  })
  const attachments = rendered.calendarMethod
    ? [
        calendarAttachment(
          event,
          settings,
          serverUrl,
          rendered.calendarMethod === 'cancel' ? 'CANCEL' : 'PUBLISH',
        ),
      ]
    : undefined
  return { ...rendered, attachments }
}
