import { type ConsentPurpose, consentPurposeLabels, type FormFieldDefinition } from './definition'

export type LabelledAnswer = { label: string; value: string }

/**
 * The stored answers (`[{ field, value }]`, booleans already "ja"/"nein") with the question as the
 * form asks it and a chosen option by its label. An answer whose field was later removed from the
 * form keeps its technical name, so nothing that arrived is hidden.
 */
export const labelledAnswers = (
  fields: readonly FormFieldDefinition[],
  answers: readonly { field: string; value: string }[],
): LabelledAnswer[] =>
  answers.map(({ field, value }) => {
    const definition = fields.find((candidate) => candidate.name === field)
    const option =
      definition?.blockType === 'select'
        ? definition.options?.find((candidate) => candidate.value === value)
        : undefined
    return { label: definition?.label?.trim() || field, value: option?.label ?? value }
  })

export const consentPurposeLabel = (purpose: string | null | undefined) =>
  purpose && purpose in consentPurposeLabels
    ? consentPurposeLabels[purpose as ConsentPurpose]
    : (purpose ?? '')
