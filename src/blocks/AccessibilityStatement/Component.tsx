import {
  assessmentMethodLabels,
  complianceSentence,
  exemptionLabels,
  statementSections,
} from '@/domain/accessibility/statement'
import { TextLines } from '@/components/TextLines'
import { formatDate } from '@/domain/dates'
import { barrierReportSlug, pagePath } from '@/lib/paths'
import type { AccessibilityStatementBlock as StatementData } from '@/payload-types'
import type { BlockContext } from '../context'
import { Heading } from '@/components/Heading'

const [statusTitle, partsTitle, preparationTitle, feedbackTitle, enforcementTitle] =
  statementSections

const Paragraphs = ({ text }: { text?: string | null }) =>
  (text ?? '')
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p, i) => <p key={i}>{p}</p>)

export const AccessibilityStatement = ({
  block,
  context,
}: {
  block: StatementData
  context: BlockContext
}) => {
  const level = context.headingLevel
  // A part still awaiting the office's wording arrives without content (see withoutPlaceholders).
  const parts = (block.nonAccessibleParts ?? []).filter((part) => part.content)
  const { assessment, feedback, enforcement } = block
  return (
    <div className="statement">
      <Paragraphs text={block.scope} />

      <Heading level={level}>{statusTitle}</Heading>
      <p>
        {complianceSentence(block.compliance, 'der BbgBITV und der BITV 2.0 (WCAG 2.1, Stufe AA)')}
      </p>

      <Heading level={level}>{partsTitle}</Heading>
      {parts.length ? (
        <ul>
          {parts.map((part, i) => (
            <li key={part.id ?? i}>
              <strong>{part.content}</strong> ({exemptionLabels[part.reason]})
              {part.explanation && <> – {part.explanation}</>}
              {part.alternative && (
                <>
                  <br />
                  Alternative: {part.alternative}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>Uns sind derzeit keine Inhalte bekannt, die nicht barrierefrei zugänglich sind.</p>
      )}

      <Heading level={level}>{preparationTitle}</Heading>
      <p>
        {`Diese Erklärung wurde am ${formatDate(assessment.assessedOn)} erstellt und zuletzt am ${formatDate(assessment.reviewedOn)} überprüft. Methode: ${assessmentMethodLabels[assessment.method]}.`}
      </p>
      <Paragraphs text={assessment.methodDetails} />

      <Heading level={level}>{feedbackTitle}</Heading>
      <Paragraphs text={feedback.text} />
      <ul>
        <li>
          <a href={pagePath(barrierReportSlug)}>Barriere melden (Formular)</a>
        </li>
        <li>
          E-Mail: <a href={`mailto:${feedback.email}`}>{feedback.email}</a>
        </li>
        {feedback.phone && <li>Telefon: {feedback.phone}</li>}
      </ul>

      <Heading level={level}>{enforcementTitle}</Heading>
      <Paragraphs text={enforcement.text} />
      <address>
        {enforcement.body}
        {enforcement.address && (
          <>
            <br />
            <TextLines text={enforcement.address} />
          </>
        )}
        {enforcement.email && (
          <>
            <br />
            E-Mail: <a href={`mailto:${enforcement.email}`}>{enforcement.email}</a>
          </>
        )}
        <br />
        <a href={enforcement.url}>Website der Durchsetzungsstelle</a>
      </address>
    </div>
  )
}
