import type { FormKind } from '@/domain/forms/kinds'
import { collectionSlugs } from '@/config/slugs'

type KindList = { kind: FormKind; title: string; columns: string[] }

/**
 * One list per kind of submission, each with the columns that kind fills (a contact message has
 * no event and no persons). They are Payload's own list, filtered by `kind` and with these
 * columns, so search, sorting, paging and the export work as everywhere else.
 */
export const submissionKindLists: KindList[] = [
  {
    kind: 'registration',
    title: 'Anmeldungen',
    columns: [
      'createdAt',
      'name',
      'organisation',
      'email',
      'event',
      'persons',
      'status',
      'checkedIn',
    ],
  },
  {
    kind: 'partnership',
    title: 'Partnerschafts-Erklärungen',
    columns: ['createdAt', 'organisation', 'name', 'email', 'phone', 'municipality', 'status'],
  },
  {
    kind: 'contact',
    title: 'Nachrichten',
    columns: ['createdAt', 'name', 'email', 'message', 'status'],
  },
  {
    kind: 'barrier',
    title: 'Barriere-Meldungen',
    columns: ['createdAt', 'pageReference', 'message', 'name', 'email', 'status', 'dueAt'],
  },
]

/** The list's address: Payload reads `columns` from the URL (and remembers them as preference). */
export const submissionKindListHref = ({ kind, columns }: KindList) => {
  const query = new URLSearchParams({
    'where[kind][equals]': kind,
    columns: JSON.stringify(columns),
  })
  return `/admin/collections/${collectionSlugs.formSubmissions}?${query.toString()}`
}
