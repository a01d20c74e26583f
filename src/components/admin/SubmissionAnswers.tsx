import type { ArrayFieldServerComponent } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import { labelledAnswers } from '@/domain/forms/answerLabels'
import { type FormFieldDefinition, inputFields } from '@/domain/forms/definition'
import { relationId } from '@/domain/relations'

type StoredAnswer = { field: string; value: string }

/** All answers of a submission under the questions its form asks, instead of "Field: photos". */
export const SubmissionAnswers: ArrayFieldServerComponent = async ({ data, payload, req }) => {
  const answers = (data?.submissionData ?? []) as StoredAnswer[]
  const formId = relationId(data?.form)
  const form = formId
    ? await payload
        .findByID({ collection: collectionSlugs.forms, id: formId, depth: 0, req })
        .catch(() => null)
    : null
  const rows = labelledAnswers(inputFields(form?.fields) as FormFieldDefinition[], answers)
  return (
    <div className="field-type opr-record">
      {rows.length ? (
        <table className="opr-table">
          <caption>Alle Antworten</caption>
          <thead>
            <tr>
              <th scope="col">Frage</th>
              <th scope="col">Antwort</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <th scope="row">{row.label}</th>
                <td className="opr-record__text">{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Alle Antworten: keine gespeichert.</p>
      )}
    </div>
  )
}
