import { formatTimestamp } from '@/domain/dates'
import { formKindLabels, submissionStatusLabels } from '@/domain/forms/kinds'
import { registrationOrganisationKinds } from '@/domain/partnerCategories'

/** A submission as the export needs it: typed columns plus every answer. */
export type ExportableSubmission = {
  id: number
  kind?: keyof typeof formKindLabels | null
  status?: keyof typeof submissionStatusLabels | null
  name?: string | null
  organisation?: string | null
  email?: string | null
  phone?: string | null
  persons?: number | null
  municipality?: string | null
  organisationKind?: string | null
  supportNeeds?: string | null
  message?: string | null
  internalNote?: string | null
  checkedInAt?: string | null
  createdAt: string
  submissionData?: { field: string; value: string }[] | null
}

const organisationKindLabel = (value: string) =>
  registrationOrganisationKinds.find((kind) => kind.value === value)?.label ?? value

const when = (value?: string | null) => (value ? formatTimestamp(value) : '')

/** Column headings and cell values, in the order coordinators read them. */
export const exportColumns: {
  heading: string
  value: (s: ExportableSubmission, ctx: ExportContext) => unknown
}[] = [
  { heading: 'Nr.', value: (s) => s.id },
  { heading: 'Eingegangen', value: (s) => when(s.createdAt) },
  { heading: 'Art', value: (s) => (s.kind ? formKindLabels[s.kind] : '') },
  { heading: 'Formular', value: (s, ctx) => ctx.formTitle(s) },
  { heading: 'Veranstaltung', value: (s, ctx) => ctx.eventTitle(s) },
  { heading: 'Status', value: (s) => (s.status ? submissionStatusLabels[s.status] : '') },
  { heading: 'Name', value: (s) => s.name },
  { heading: 'Organisation', value: (s) => s.organisation },
  { heading: 'E-Mail', value: (s) => s.email },
  { heading: 'Telefon', value: (s) => s.phone },
  { heading: 'Personen', value: (s) => s.persons },
  { heading: 'Kommune', value: (s) => s.municipality },
  {
    heading: 'Art der Organisation',
    value: (s) => (s.organisationKind ? organisationKindLabel(s.organisationKind) : ''),
  },
  { heading: 'Unterstützungsbedarf', value: (s) => s.supportNeeds },
  { heading: 'Nachricht', value: (s) => s.message },
  { heading: 'Eingecheckt', value: (s) => when(s.checkedInAt) },
  { heading: 'Interne Notiz', value: (s) => s.internalNote },
  {
    heading: 'Alle Antworten',
    value: (s) => (s.submissionData ?? []).map((a) => `${a.field}: ${a.value}`).join('\n'),
  },
]

export type ExportContext = {
  formTitle: (s: ExportableSubmission) => string
  eventTitle: (s: ExportableSubmission) => string
}
