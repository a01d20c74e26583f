import type { ArrayFieldServerComponent } from 'payload'

import { formatDateTime } from '@/domain/dates'
import { type SubmissionStatus, submissionStatusLabels } from '@/domain/forms/kinds'
import type { FormSubmission } from '@/payload-types'

type Change = NonNullable<FormSubmission['statusHistory']>[number]

const statusLabel = (status: SubmissionStatus | null | undefined) =>
  status ? submissionStatusLabels[status] : ''

/** "Warteliste → bestätigt"; a change that kept the status (a correction) names the status once. */
const changeOf = ({ from, to }: Change) =>
  from && from !== to ? `${statusLabel(from)} → ${statusLabel(to)}` : statusLabel(to)

const reasonOf = (change: Change) =>
  [change.overCapacity ? 'Über die Kapazität bestätigt' : '', change.reason ?? '']
    .filter(Boolean)
    .join(': ')

/** Who changed what when, oldest first, in German; written by hooks only, never edited here. */
export const SubmissionHistory: ArrayFieldServerComponent = ({ data }) => {
  const history = (data?.statusHistory ?? []) as Change[]
  return (
    <div className="field-type opr-record">
      {history.length ? (
        <table className="opr-table">
          <caption>Statusverlauf</caption>
          <thead>
            <tr>
              <th scope="col">Zeitpunkt</th>
              <th scope="col">Status</th>
              <th scope="col">Durch</th>
              <th scope="col">Grund</th>
            </tr>
          </thead>
          <tbody>
            {history.map((change, index) => (
              <tr key={change.id ?? index}>
                <td>{change.at ? formatDateTime(change.at) : ''}</td>
                <td>{changeOf(change)}</td>
                <td>{change.actor}</td>
                <td className="opr-record__text">{reasonOf(change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Statusverlauf: noch keine Änderung.</p>
      )}
    </div>
  )
}
