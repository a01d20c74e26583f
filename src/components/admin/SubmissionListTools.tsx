'use client'

import { useSearchParams } from 'next/navigation'

/** Above the submissions list: export exactly what the list currently shows (filter and search). */
export const SubmissionListTools = () => {
  const params = useSearchParams()
  const query = new URLSearchParams()
  for (const [key, value] of params.entries())
    if (key.startsWith('where') || key === 'search') query.append(key, value)
  const link = (format: 'csv' | 'json') =>
    `/api/form-submissions/export?format=${format}${query.size ? `&${query.toString()}` : ''}`
  return (
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
  )
}
