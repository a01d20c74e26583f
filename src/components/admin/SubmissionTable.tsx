import { collectionSlugs } from '@/config/slugs'
import { formatTimestamp } from '@/domain/dates'
import { formKindLabels, submissionStatusLabels } from '@/domain/forms/kinds'
import type { FormSubmission } from '@/payload-types'

/**
 * Submissions as a short table in our admin pages; the date links to the submission. On a phone
 * each row is a card, each cell named by its `data-label` (custom.scss), so nothing scrolls sideways.
 */
export const SubmissionTable = ({
  submissions,
  showEvent = false,
}: {
  submissions: FormSubmission[]
  showEvent?: boolean
}) => (
  <table className="opr-table opr-table--cards">
    <thead>
      <tr>
        <th scope="col">Eingegangen</th>
        <th scope="col">Art</th>
        <th scope="col">Name</th>
        {showEvent && <th scope="col">Veranstaltung</th>}
        <th scope="col">Status</th>
      </tr>
    </thead>
    <tbody>
      {submissions.map((doc) => (
        <tr key={doc.id}>
          <td data-label="Eingegangen">
            <a href={`/admin/collections/${collectionSlugs.formSubmissions}/${doc.id}`}>
              {formatTimestamp(doc.createdAt)}
            </a>
          </td>
          <td data-label="Art">{doc.kind ? formKindLabels[doc.kind] : ''}</td>
          <td data-label="Name">{doc.name ?? doc.email ?? '–'}</td>
          {showEvent && (
            <td data-label="Veranstaltung">
              {typeof doc.event === 'object' && doc.event ? doc.event.title : ''}
            </td>
          )}
          <td data-label="Status">{doc.status ? submissionStatusLabels[doc.status] : ''}</td>
        </tr>
      ))}
    </tbody>
  </table>
)
