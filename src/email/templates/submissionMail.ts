import { formatDate, formatEventDateRange } from '@/domain/dates'
import { formKindLabels, submissionStatusLabels } from '@/domain/forms/kinds'
import type { MailTemplate } from '@/domain/mailTemplates'
import { venueLine, venueMapUrl } from '@/domain/venue'
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
import { officeCancellationNotice } from './officeCancellationNotice'
import { partnerListedMail } from './partnerListedMail'

export type RenderedMail = {
  subject: string
  text: string
  html: string
  calendar?: boolean
}

export type SubmissionMailInput = {
  template: MailTemplate
  submission: FormSubmission
  form: Form
  event: Event | null
  settings: SiteSetting
  /** the office's reason, for a cancellation by the office */
  cancellationReason?: string
  /** the event's seats when the mail is sent, for the office's notice of a cancellation */
  seats?: { left: number | null; waitlistedPersons: number }
  links: {
    event?: string
    programme?: string
    cancel?: string
    /** one link that revokes every optional consent of the submission */
    consents?: string
    /** the public partner page, for the mail that an organisation is now named there */
    partners?: string
    admin: string
  }
}

/** Mails whose wording is fixed by the system; all others use the form's editable texts. */
const fixedWording: Partial<Record<MailTemplate, Wording>> = {
  cancellation: {
    subject: 'Abmeldung bestätigt: {{veranstaltung}}',
    text: 'Guten Tag {{name}},\n\nSie haben sich von der Veranstaltung abgemeldet. Ihr Platz wird an die nächste Person auf der Warteliste vergeben. Schade, dass Sie nicht dabei sein können – vielleicht beim nächsten Mal!',
  },
  duplicate: {
    subject: 'Sie sind bereits angemeldet: {{veranstaltung}}',
    text: 'Guten Tag {{name}},\n\nfür diese E-Mail-Adresse liegt bereits eine Anmeldung vor; eine zweite haben wir deshalb nicht angelegt. Hier noch einmal alle Angaben zu Ihrer Anmeldung.',
  },
}

const editableWording: Partial<Record<MailTemplate, EditableMailText>> = {
  confirmation: 'confirmationMail',
  waitlist: 'waitlistMail',
  promotion: 'promotionMail',
  receipt: 'receiptMail',
  reminder: 'reminderMail',
  registrationChanged: 'registrationChangedMail',
  cancelledByOffice: 'cancelledByOfficeMail',
}

const wordingFor = (template: MailTemplate, form: Form): Wording => {
  const editable = editableWording[template]
  if (editable) return formWording(form, editable)
  return fixedWording[template] ?? { subject: '{{veranstaltung}}', text: '' }
}

export const placeholderValues = ({
  submission,
  event,
}: Pick<SubmissionMailInput, 'submission' | 'event'>) => {
  const values: Record<string, string> = {}
  for (const answer of submission.submissionData ?? []) values[answer.field] = answer.value
  return {
    ...values,
    name: submission.name ?? '',
    veranstaltung: event?.title ?? '',
    datum: event ? formatEventDateRange(event.start, event.end) : '',
    ort: event ? venueLine(event.venue) : '',
    personen: String(submission.persons ?? 1),
    faelligBis: submission.dueAt ? formatDate(submission.dueAt) : '',
  }
}

export const signature = (settings: SiteSetting) =>
  [
    'Mit freundlichen Grüßen',
    settings.office.name,
    [settings.office.unit, settings.office.organisation].filter(Boolean).join(', '),
    settings.office.email,
    settings.office.phone,
  ]
    .filter(Boolean)
    .join('\n')

/** The line above the link to „Ihre Anmeldung“ (change or cancel); a reminder asks more directly. */
const cancelWording = (template: MailTemplate) =>
  template === 'reminder'
    ? {
        line: 'Sie können nicht kommen? Bitte geben Sie Ihren Platz frei:',
        label: 'Platz freigeben',
      }
    : {
        line: 'Über diesen Link können Sie Ihre Angaben ändern oder sich abmelden. Falls Sie doch nicht teilnehmen können, melden Sie sich bitte ab, damit jemand von der Warteliste nachrücken kann:',
        label: 'Anmeldung ändern oder abmelden',
      }

/** A mail to the person who submitted: editor wording, then the facts and links the system owns. */
const personalMail = (input: SubmissionMailInput): RenderedMail => {
  const { submission, event, settings, links, template } = input
  const wording = wordingFor(template, input.form)
  const values = placeholderValues(input)
  const reason = input.cancellationReason ? `Begründung: ${input.cancellationReason}` : undefined
  const intro = [fillPlaceholders(wording.text, values), reason].filter(Boolean).join('\n\n')
  const facts: MailFact[] = []
  if (event) {
    facts.push({ label: 'Veranstaltung', value: event.title })
    if (links.event)
      facts.push({ label: 'Veranstaltungsseite', value: 'Alle Angaben ansehen', href: links.event })
    facts.push({ label: 'Wann', value: formatEventDateRange(event.start, event.end) })
    const where = venueLine(event.venue)
    if (where) facts.push({ label: 'Wo', value: where })
    const map = venueMapUrl(event.venue)
    if (map) facts.push({ label: 'Karte', value: 'Ort auf OpenStreetMap zeigen', href: map })
    if (event.onlineUrl)
      facts.push({ label: 'Online', value: 'Online teilnehmen', href: event.onlineUrl })
    facts.push({ label: 'Personen', value: String(submission.persons ?? 1) })
    if (submission.status)
      facts.push({ label: 'Status', value: submissionStatusLabels[submission.status] })
    if (links.programme)
      facts.push({ label: 'Programm', value: 'Programm ansehen', href: links.programme })
  }
  if (submission.kind === 'barrier') {
    if (submission.pageReference)
      facts.push({ label: 'Betroffene Seite', value: submission.pageReference })
    if (submission.dueAt) facts.push({ label: 'Antwort bis', value: formatDate(submission.dueAt) })
  }
  const consentLine = links.consents
    ? 'Ihre freiwilligen Einwilligungen können Sie jederzeit mit Wirkung für die Zukunft widerrufen:'
    : undefined
  const cancel = links.cancel && template !== 'cancellation' ? cancelWording(template) : undefined
  const text = [
    intro,
    facts.length ? factsText(facts) : '',
    cancel ? `${cancel.line}\n${links.cancel}` : '',
    consentLine ? `${consentLine}\n${links.consents}` : '',
    signature(settings),
  ]
    .filter(Boolean)
    .join('\n\n')
  const subject = oneLine(fillPlaceholders(wording.subject, values))
  const html = htmlDocument(
    subject,
    [
      paragraphsHtml(intro),
      facts.length ? factsHtml(facts) : '',
      cancel
        ? `<p>${escapeHtml(cancel.line)}<br><a href="${escapeHtml(links.cancel!)}">${escapeHtml(cancel.label)}</a></p>`
        : '',
      consentLine
        ? `<p>${escapeHtml(consentLine)}<br><a href="${escapeHtml(links.consents!)}">Einwilligungen widerrufen</a></p>`
        : '',
      paragraphsHtml(signature(settings).replace(/\n/, '\n\n')),
    ].join('\n'),
  )
  const calendar =
    Boolean(event) &&
    ['confirmation', 'promotion', 'duplicate'].includes(template) &&
    submission.status === 'confirmed'
  return { subject, text, html, calendar }
}

/** To the office: that something arrived and where to find it — no personal data in the mail. */
const officeNotice = ({ submission, form, event, links }: SubmissionMailInput): RenderedMail => {
  const kind = formKindLabels[submission.kind ?? 'contact']
  const facts: MailFact[] = [
    { label: 'Formular', value: form.title },
    ...(event ? [{ label: 'Veranstaltung', value: event.title }] : []),
    ...(submission.persons && event
      ? [{ label: 'Personen', value: String(submission.persons) }]
      : []),
    ...(submission.status
      ? [{ label: 'Status', value: submissionStatusLabels[submission.status] }]
      : []),
    { label: 'Ansehen', value: 'Einsendung im Verwaltungsbereich öffnen', href: links.admin },
  ]
  const subject = oneLine(`Neue Einsendung (${kind}): ${event?.title ?? form.title}`)
  const intro = 'Über die Website ist eine neue Einsendung eingegangen.'
  return {
    subject,
    text: [intro, factsText(facts)].join('\n\n'),
    html: htmlDocument(subject, [paragraphsHtml(intro), factsHtml(facts)].join('\n')),
  }
}

export const renderSubmissionMail = (input: SubmissionMailInput): RenderedMail =>
  input.template === 'officeNotice'
    ? officeNotice(input)
    : input.template === 'officeCancellationNotice'
      ? officeCancellationNotice(input)
      : input.template === 'partnerListed'
        ? partnerListedMail(input)
        : personalMail(input)
