import { formatEventDateRange } from '@/domain/dates'
import type { EventChange, EventNoticeKind } from '@/domain/eventNotices'
import { submissionStatusLabels } from '@/domain/forms/kinds'
import { venueLine } from '@/domain/venue'
import type { EditableMailText } from '@/messages/mailTexts'
import type { Event, Form, FormSubmission, SiteSetting } from '@/payload-types'
import { escapeHtml } from '@/domain/html'
import {
  factsHtml,
  factsText,
  fillPlaceholders,
  htmlDocument,
  type MailFact,
  oneLine,
  paragraphsHtml,
} from '../compose'
import { formWording, type Wording } from './mailWording'
import { placeholderValues, type RenderedMail, signature } from './submissionMail'

export type NoticeForMail = {
  kind: EventNoticeKind
  subject: string
  text?: string | null
  changes?: EventChange[] | null
}

export type EventNoticeMailInput = {
  notice: NoticeForMail
  event: Event
  /** The recipient's registration; a test mail to staff passes an example. */
  submission: Pick<FormSubmission, 'name' | 'persons' | 'status'> & Partial<FormSubmission>
  form: Form | null
  settings: SiteSetting
  links: { event: string; programme?: string; cancel?: string }
}

/** Which calendar file goes with the mail: an update, a cancellation, or none. */
export type NoticeCalendar = 'update' | 'cancel' | undefined

const eventWordingKey: Record<Exclude<EventNoticeKind, 'message'>, EditableMailText> = {
  changed: 'eventChangedMail',
  postponed: 'eventPostponedMail',
  cancelled: 'eventCancelledMail',
}

/** A message is the coordinator's own text; the other kinds use the form's wording. */
const wordingOf = ({ notice, form }: EventNoticeMailInput): Wording =>
  notice.kind === 'message'
    ? { subject: notice.subject, text: notice.text ?? '' }
    : formWording(form, eventWordingKey[notice.kind])

const changeLines = (changes: EventChange[]) =>
  changes.map((change) => `${change.label}: ${change.before || '–'} → ${change.after || '–'}`)

const changesHtml = (changes: EventChange[]) =>
  `<ul>${changes
    .map(
      (change) =>
        `<li><strong>${escapeHtml(change.label)}:</strong> <del>${escapeHtml(change.before || '–')}</del> → <ins>${escapeHtml(change.after || '–')}</ins></li>`,
    )
    .join('')}</ul>`

const eventFacts = ({ notice, event, submission, links }: EventNoticeMailInput): MailFact[] => {
  const facts: MailFact[] = [
    { label: 'Veranstaltung', value: event.title, href: links.event },
    { label: 'Wann', value: formatEventDateRange(event.start, event.end) },
  ]
  const where = [venueLine(event.venue), event.onlineUrl].filter(Boolean).join(' / ')
  if (where) facts.push({ label: 'Wo', value: where })
  if (notice.kind !== 'cancelled') {
    facts.push({ label: 'Personen', value: String(submission.persons ?? 1) })
    if (submission.status)
      facts.push({ label: 'Ihr Status', value: submissionStatusLabels[submission.status] })
    if (links.programme)
      facts.push({ label: 'Programm', value: 'Programm ansehen', href: links.programme })
  }
  return facts
}

const cancelLine =
  'Sie können nicht teilnehmen? Bitte geben Sie Ihren Platz frei, damit jemand von der Warteliste nachrücken kann:'

/**
 * One mail of a notice to one registered person: the wording, what changed (old → new), the
 * office's own text, the event's facts as they are now, the person's own cancellation link.
 * Nothing about any other recipient.
 */
export const renderEventNoticeMail = (
  input: EventNoticeMailInput,
): RenderedMail & { calendarMethod: NoticeCalendar } => {
  const { notice, event, settings, links, submission } = input
  const wording = wordingOf(input)
  const values = placeholderValues({ submission: submission as FormSubmission, event })
  const intro = fillPlaceholders(wording.text, values)
  const officeText =
    notice.kind !== 'message' && notice.text?.trim()
      ? fillPlaceholders(notice.text.trim(), values)
      : ''
  const changes = notice.changes?.length ? notice.changes : []
  const facts = eventFacts(input)
  const cancel = links.cancel && notice.kind !== 'cancelled' ? links.cancel : undefined
  const subject = oneLine(fillPlaceholders(wording.subject, values))
  const text = [
    intro,
    changes.length ? `Was sich geändert hat:\n${changeLines(changes).join('\n')}` : '',
    officeText,
    factsText(facts),
    cancel ? `${cancelLine}\n${cancel}` : '',
    signature(settings),
  ]
    .filter(Boolean)
    .join('\n\n')
  const html = htmlDocument(
    subject,
    [
      paragraphsHtml(intro),
      changes.length ? `<p>Was sich geändert hat:</p>${changesHtml(changes)}` : '',
      officeText ? paragraphsHtml(officeText) : '',
      factsHtml(facts),
      cancel
        ? `<p>${escapeHtml(cancelLine)}<br><a href="${escapeHtml(cancel)}">Anmeldung ansehen oder Platz freigeben</a></p>`
        : '',
      paragraphsHtml(signature(settings).replace(/\n/, '\n\n')),
    ]
      .filter(Boolean)
      .join('\n'),
  )
  return { subject, text, html, calendarMethod: calendarFor(input) }
}

/**
 * Only people who hold a seat have the event in their calendar: they get the moved entry (same
 * UID, higher SEQUENCE) or its cancellation.
 */
const calendarFor = ({ notice, submission }: EventNoticeMailInput): NoticeCalendar => {
  if (notice.kind === 'cancelled')
    return heldSeatBeforeCancellation(submission) ? 'cancel' : undefined
  if (notice.kind === 'message') return undefined
  return submission.status === 'confirmed' ? 'update' : undefined
}

const heldSeatBeforeCancellation = (submission: EventNoticeMailInput['submission']) => {
  if (submission.status === 'confirmed') return true
  const last = [...(submission.statusHistory ?? [])]
    .reverse()
    .find((change) => change.to === 'eventCancelled')
  return last?.from === 'confirmed'
}
