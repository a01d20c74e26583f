import type { ArrayFieldServerComponent } from 'payload'

import { formatDateTime } from '@/domain/dates'
import { consentPurposeLabel } from '@/domain/forms/answerLabels'
import type { FormSubmission } from '@/payload-types'

type Consent = NonNullable<FormSubmission['consents']>[number]

/** The optional consents with their purpose in words, the exact wording and when they were given. */
export const SubmissionConsents: ArrayFieldServerComponent = ({ data }) => {
  const consents = (data?.consents ?? []) as Consent[]
  return (
    <div className="field-type opr-record">
      {consents.length ? (
        <table className="opr-table">
          <caption>Freiwillige Einwilligungen</caption>
          <thead>
            <tr>
              <th scope="col">Zweck</th>
              <th scope="col">Wortlaut</th>
              <th scope="col">Erteilt am</th>
              <th scope="col">Widerrufen am</th>
              <th scope="col">Fassung</th>
            </tr>
          </thead>
          <tbody>
            {consents.map((consent, index) => (
              <tr key={consent.id ?? index}>
                <th scope="row">{consentPurposeLabel(consent.purpose)}</th>
                <td className="opr-record__text">{consent.wording}</td>
                <td>{consent.grantedAt ? formatDateTime(consent.grantedAt) : ''}</td>
                <td>{consent.revokedAt ? formatDateTime(consent.revokedAt) : ''}</td>
                <td>{consent.version}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Freiwillige Einwilligungen: keine erteilt.</p>
      )}
    </div>
  )
}
