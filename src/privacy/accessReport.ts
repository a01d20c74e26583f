import type { Payload, TypedUser } from 'payload'

import { collectionSlugs, globalSlugs } from '@/config/slugs'
import { officeName } from '@/config/office'
import { formatDate, formatEventDateRange, formatTimestamp } from '@/domain/dates'
import { consentPurposeLabels, type ConsentPurpose, inputFields } from '@/domain/forms/definition'
import { submissionKindNames, submissionStatusLabels } from '@/domain/forms/kinds'
import { mailStatusLabels, mailTemplateLabels } from '@/domain/mailTemplates'
import { personalDataKeptUntil, supportNeedsKeptUntil } from '@/domain/retention'
import { accessReportMessages as text } from '@/messages/accessReport'
import type { Event, Form, FormSubmission, MailMessage, SiteSetting } from '@/payload-types'
import { findPersonDataForAccess } from './personDataRequest'

export type ReportFact = { label: string; value: string }

export type ReportRecord = {
  heading: string
  facts: ReportFact[]
  answers: ReportFact[]
  consents: ReportFact[]
  history: ReportFact[]
  purposes: string[]
}

/** Everything the Art. 15 document says, as German text; rendering only escapes and lays it out. */
export type AccessReport = {
  email: string
  issuedAt: string
  office: { name: string; lines: string[] }
  records: ReportRecord[]
  mails: ReportFact[]
}

/** "01.12.2026, 04:05 Uhr" */
const when = (value: string | Date) => `${formatTimestamp(value)} Uhr`

/** The nightly job deletes; the day is what a person can plan with. */
const deletedFrom = (date: Date) => `ab ${formatDate(date)}, automatisch in der Nacht`

const byId = <T extends { id: number }>(docs: T[]) => new Map(docs.map((doc) => [doc.id, doc]))

const idOf = (value: number | { id: number } | null | undefined) =>
  typeof value === 'object' && value ? value.id : (value ?? undefined)

const fieldLabels = (form: Form | undefined) =>
  new Map(inputFields(form?.fields).map((field) => [field.name, field.label || field.name]))

const statusName = (status: FormSubmission['status']) =>
  status ? submissionStatusLabels[status] : 'ohne Status'

const historyOf = (submission: FormSubmission): ReportFact[] =>
  (submission.statusHistory ?? []).map((entry) => ({
    label: entry.at ? when(entry.at) : 'ohne Datum',
    value: [
      entry.from
        ? `${statusName(entry.from)} → ${statusName(entry.to)}`
        : `Status bei Eingang: ${statusName(entry.to)}`,
      // A staff member's own address is their data, not the person's (Art. 15 Abs. 4 DSGVO).
      entry.by ? 'durch die Koordinierungsstelle' : entry.actor ? `durch: ${entry.actor}` : '',
      entry.reason ? `Grund: ${entry.reason}` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  }))

const consentsOf = (submission: FormSubmission): ReportFact[] =>
  (submission.consents ?? []).map((consent) => ({
    label: consentPurposeLabels[consent.purpose as ConsentPurpose] ?? 'Einwilligung',
    value: [
      consent.wording ? `„${consent.wording}“` : '',
      consent.grantedAt ? `erteilt am ${when(consent.grantedAt)}` : '',
      consent.revokedAt ? `widerrufen am ${when(consent.revokedAt)}` : 'nicht widerrufen',
    ]
      .filter(Boolean)
      .join(' · '),
  }))

const recordOf = (
  submission: FormSubmission,
  event: Event | undefined,
  form: Form | undefined,
  retention: SiteSetting['retention'],
): ReportRecord => {
  const kind = submission.kind ? submissionKindNames[submission.kind] : 'Einsendung'
  const labels = fieldLabels(form)
  const facts: ReportFact[] = [
    { label: 'Eingegangen am', value: when(submission.createdAt) },
    ...(event
      ? [
          {
            label: 'Veranstaltung',
            value: `${event.title}, ${formatEventDateRange(event.start, event.end)}`,
          },
        ]
      : []),
    { label: 'Status', value: statusName(submission.status) },
    ...(submission.checkedInAt
      ? [{ label: 'Einlass vermerkt am', value: when(submission.checkedInAt) }]
      : []),
    {
      label: 'Löschung der Personendaten',
      value: deletedFrom(
        personalDataKeptUntil(
          { kind: submission.kind, createdAt: submission.createdAt, eventEnd: event?.end },
          retention ?? {},
        ),
      ),
    },
    ...(submission.supportNeeds && event?.end
      ? [
          {
            label: 'Löschung des Unterstützungsbedarfs',
            value: deletedFrom(supportNeedsKeptUntil(event.end, retention ?? {})),
          },
        ]
      : []),
  ]
  return {
    heading: event ? `${kind}: ${event.title}` : kind,
    facts,
    answers: (submission.submissionData ?? []).map((answer) => ({
      label: labels.get(answer.field) ?? answer.field,
      value: answer.value,
    })),
    consents: consentsOf(submission),
    history: historyOf(submission),
    purposes: [
      (text.purposes as Record<string, string>)[submission.kind ?? ''] ?? text.purposes.contact,
      ...(submission.supportNeeds ? [text.supportNeedsNote] : []),
      ...(submission.consents?.length ? [text.consentBasis] : []),
    ],
  }
}

const mailOf = (mail: MailMessage): ReportFact => ({
  label: when(mail.sentAt ?? mail.createdAt),
  value: [
    mail.subject ? `„${mail.subject}“` : '',
    mail.subject === mailTemplateLabels[mail.template] ? '' : mailTemplateLabels[mail.template],
    mailStatusLabels[mail.status],
  ]
    .filter(Boolean)
    .join(' · '),
})

const officeOf = (settings: SiteSetting) => {
  const office = settings.office
  return {
    name: officeName,
    lines: [
      office.organisation,
      office.unit,
      office.name,
      office.street,
      [office.postalCode, office.city].filter(Boolean).join(' '),
      office.email ? `E-Mail: ${office.email}` : '',
      office.phone ? `Telefon: ${office.phone}` : '',
    ].filter((line): line is string => Boolean(line)),
  }
}

/**
 * The readable Art. 15 document about one address. The reads run with the staff member's own
 * access, and the access is logged like the JSON export.
 */
export const buildAccessReport = async (
  payload: Payload,
  email: string,
  user: TypedUser,
  now = new Date(),
): Promise<AccessReport> => {
  const data = await findPersonDataForAccess(payload, email, user)
  const asUser = { overrideAccess: false, user, depth: 0, pagination: false } as const
  const eventIds = [...new Set(data.submissions.map((s) => idOf(s.event)).filter(Boolean))]
  const formIds = [...new Set(data.submissions.map((s) => idOf(s.form)).filter(Boolean))]
  const [events, forms, settings] = await Promise.all([
    eventIds.length
      ? payload.find({
          collection: collectionSlugs.events,
          where: { id: { in: eventIds } },
          draft: true,
          ...asUser,
        })
      : { docs: [] as Event[] },
    formIds.length
      ? payload.find({
          collection: collectionSlugs.forms,
          where: { id: { in: formIds } },
          ...asUser,
        })
      : { docs: [] as Form[] },
    payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0 }),
  ])
  const eventById = byId(events.docs as Event[])
  const formById = byId(forms.docs as Form[])
  return {
    email: data.email,
    issuedAt: when(now),
    office: officeOf(settings),
    records: data.submissions.map((submission) =>
      recordOf(
        submission,
        eventById.get(idOf(submission.event) as number),
        formById.get(idOf(submission.form) as number),
        settings.retention,
      ),
    ),
    mails: data.mails.map(mailOf),
  }
}
