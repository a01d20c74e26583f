import { formErrors } from '@/messages/formErrors'
import { isBlank, labelOf, readCheckbox, readNumber, readText } from './answerRules'
import type { FormFieldDefinition } from './definition'
import type { FieldError } from './validate'

/**
 * What the browser checks before a form is sent, for convenience only: the server decides
 * (validate.ts). Built from the same rules and messages, without zod, so that every visitor's
 * first load stays small. A form sends strings, or nothing for an unticked box.
 */
export const checkAnswer = (
  field: FormFieldDefinition,
  answer: string | undefined,
): string | undefined => {
  const label = labelOf(field)
  if (field.blockType === 'checkbox') {
    const checked = readCheckbox(answer)
    if (checked === 'invalid') return formErrors.checkbox(label)
    return field.required && !checked ? formErrors.mustCheck(label) : undefined
  }
  if (answer === undefined || isBlank(answer))
    return field.required ? formErrors.required(label) : undefined
  return field.blockType === 'number'
    ? readNumber(field, answer).problem
    : readText(field, answer).problem
}

/** The first problem of each field, in the form's order. */
export const checkAnswers = (
  fields: FormFieldDefinition[],
  answers: Record<string, string | undefined>,
): FieldError[] =>
  fields.flatMap((field) => {
    const message = checkAnswer(field, answers[field.name])
    return message ? [{ field: field.name, message }] : []
  })
