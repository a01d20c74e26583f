'use client'

import { useSearchParams } from 'next/navigation'

import {
  submissionKindListHref,
  submissionKindLists,
} from '@/collections/FormSubmissions/kindLists'

/**
 * Above the submissions list: which kind is shown (and the other kinds one click away), and the
 * export of exactly what the list currently shows (filter and search).
 */
export const SubmissionListTools = () => {
  const params = useSearchParams()
  const query = new URLSearchParams()
  for (const [key, value] of params.entries())
    if (key.startsWith('where') || key === 'search') query.append(key, value)
  const link = (format: 'csv' | 'json') =>
    `/api/form-submissions/export?format=${format}${query.size ? `&${query.toString()}` : ''}`
  const shownKind = params.get('where[kind][equals]')
  return (
    <>
      <nav className="opr-kind-lists" aria-label="Einsendungen nach Art">
        {submissionKindLists.map((list) => (
          <a
            key={list.kind}
            href={submissionKindListHref(list)}
            aria-current={list.kind === shownKind ? 'page' : undefined}
          >
            {list.title}
          </a>
        ))}
      </nav>
      <div className="opr-list-tools">
        <span>Gefilterte Einsendungen exportieren:</span>
        <a className="btn btn--style-secondary btn--size-small" href={link('csv')} download>
          CSV (Excel)
        </a>
        <a className="btn btn--style-secondary btn--size-small" href={link('json')} download>
          JSON
        </a>
        <a href="/admin/datenauskunft">Datenauskunft und Löschung</a>
      </div>
    </>
  )
}
