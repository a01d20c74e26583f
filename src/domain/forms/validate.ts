import { z } from 'zod'

import { formErrors } from '@/messages/formErrors'
import { isBlank, labelOf, readCheckbox, readNumber, readText } from './answerRules'
import type { FormFieldDefinition } from './definition'

export type AnswerValue = string | number | boolean | null

export type FieldError = { field: string; message: string }

export type ValidationResult =
  | { ok: true; values: Record<string, AnswerValue> }
  | { ok: false; errors: FieldError[]; values: Record<string, unknown> }

const refuse = (ctx: z.RefinementCtx, message: string) => {
  ctx.addIssue({ code: 'custom', message })
  return null
}

const schemaFor = (field: FormFieldDefinition): z.ZodType<AnswerValue> => {
  const label = labelOf(field)
  const required = Boolean(field.required)
  const whenGiven = <T extends AnswerValue>(read: (value: unknown, ctx: z.RefinementCtx) => T) =>
    z
      .unknown()
      .transform((value, ctx): T | null =>
        isBlank(value)
          ? required
            ? refuse(ctx, formErrors.required(label))
            : null
          : read(value, ctx),
      )

  switch (field.blockType) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'select':
      // Form posts send strings; JSON clients may send anything.
      return whenGiven((value, ctx) => {
        if (typeof value !== 'string') return refuse(ctx, formErrors.notText(label))
        const text = readText(field, value)
        return text.problem === undefined ? text.value : refuse(ctx, text.problem)
      })
    case 'number':
      return whenGiven((value, ctx) => {
        const number = readNumber(field, value)
        return number.problem === undefined ? number.value : refuse(ctx, number.problem)
      })
    case 'checkbox':
      return z.unknown().transform((value, ctx) => {
        const checked = readCheckbox(value)
        if (checked === 'invalid') return refuse(ctx, formErrors.checkbox(label)) ?? false
        if (required && !checked) refuse(ctx, formErrors.mustCheck(label))
        return checked
      })
  }
}

/**
 * Checks answers against the editor's form: the one authority for what may be stored.
 * Unknown names are refused rather than dropped, so nothing unexpected is ever kept.
 */
export const validateAnswers = (
  fields: FormFieldDefinition[],
  input: Record<string, unknown>,
): ValidationResult => {
  const errors: FieldError[] = []
  const values: Record<string, AnswerValue> = {}
  const known = new Set(fields.map((field) => field.name))
  for (const field of fields) {
    const result = schemaFor(field).safeParse(input[field.name])
    if (result.success) values[field.name] = result.data
    else
      errors.push({
        field: field.name,
        message: result.error.issues[0]?.message ?? formErrors.invalid,
      })
  }
  for (const name of Object.keys(input)) {
    if (!known.has(name))
      errors.push({ field: name, message: formErrors.unknownField(name.slice(0, 50)) })
  }
  return errors.length ? { ok: false, errors, values: input } : { ok: true, values }
}
