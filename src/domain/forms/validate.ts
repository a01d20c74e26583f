import { z } from 'zod'

import { formErrors } from '@/messages/formErrors'
import { type FormFieldDefinition, maxLengths } from './definition'

export type AnswerValue = string | number | boolean | null

export type FieldError = { field: string; message: string }

export type ValidationResult =
  | { ok: true; values: Record<string, AnswerValue> }
  | { ok: false; errors: FieldError[]; values: Record<string, unknown> }

// Control characters other than tab/newline; in single-line answers newlines are refused too.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/
const lineBreaks = /[\r\n\u2028\u2029]/
// Direction marks and overrides, invisible joiners and operators, fillers that render as blank
// (Hangul, Braille), tag characters, invisible musical formatting, supplementary variation
// selectors and soft hyphens can disguise what a name or address says.
// (The combining ones stand outside the class, where no letter precedes them.)
const deceptiveCharacters =
  /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFEFF\uFFA0\u{1D173}-\u{1D17A}\u{E0000}-\u{E007F}]|[\u{E0100}-\u{E01EF}]|\u034F|\u17B4|\u17B5/u
// A letter carries a few accents at most; long stacks ("Zalgo") smear over the lines around them.
const stackedMarks = /\p{M}{5,}/u
// Markup has no place in any answer; in one-line answers angle brackets are refused outright.
const markup = /<\s*[a-zA-Z!/?]/
const angleBrackets = /[<>]/

// Names and organisations are repeated in the mails we send in the office's name: a link there
// would turn our confirmation into someone's phishing mail.
const linkLike = /:\/\/|\bwww\.|\w\.[a-z]{2,}\//i
const namesSomeone = (field: FormFieldDefinition) =>
  field.column === 'name' || field.column === 'organisation'

const labelOf = (field: FormFieldDefinition) => field.label?.trim() || field.name

/** Form posts send strings; JSON clients may send anything. Both end up here. */
const asText = (value: unknown) => (typeof value === 'string' ? value : value)

const textSchema = (field: FormFieldDefinition, max: number, multiline: boolean) => {
  const label = labelOf(field)
  const base = z
    .string({ error: formErrors.notText(label) })
    .max(max * 4, { error: formErrors.tooLong(label, max) })
    .transform((value) => value.normalize('NFC').trim())
    .refine((value) => value.isWellFormed(), formErrors.invalidCharacters(label))
    .refine((value) => !controlCharacters.test(value), formErrors.invalidCharacters(label))
    .refine((value) => !deceptiveCharacters.test(value), formErrors.invalidCharacters(label))
    .refine((value) => !stackedMarks.test(value), formErrors.invalidCharacters(label))
    .refine((value) => multiline || !lineBreaks.test(value), formErrors.noLineBreaks(label))
    .refine(
      (value) => !(multiline ? markup : angleBrackets).test(value),
      formErrors.noMarkup(label),
    )
    .refine((value) => value.length <= max, formErrors.tooLong(label, max))
  return base
}

const schemaFor = (field: FormFieldDefinition): z.ZodType<AnswerValue> => {
  const label = labelOf(field)
  const required = Boolean(field.required)
  const optionalText = (schema: z.ZodType<string>, check?: (value: string) => string | null) =>
    z.unknown().transform((value, ctx): string | null => {
      if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) {
        if (required) ctx.addIssue({ code: 'custom', message: formErrors.required(label) })
        return null
      }
      const parsed = schema.safeParse(value)
      if (!parsed.success) {
        ctx.addIssue({
          code: 'custom',
          message: parsed.error.issues[0]?.message ?? formErrors.invalid,
        })
        return null
      }
      const problem = check?.(parsed.data)
      if (problem) ctx.addIssue({ code: 'custom', message: problem })
      return parsed.data
    })

  switch (field.blockType) {
    case 'text':
      return optionalText(textSchema(field, maxLengths.short, false), (value) =>
        namesSomeone(field) && linkLike.test(value) ? formErrors.noLinks(label) : null,
      )
    case 'textarea':
      return optionalText(textSchema(field, maxLengths.long, true))
    case 'email':
      return optionalText(textSchema(field, maxLengths.email, false), (value) =>
        z.email().safeParse(value).success ? null : formErrors.email(label),
      )
    case 'select': {
      const allowed = new Set((field.options ?? []).map((option) => option.value))
      return optionalText(textSchema(field, maxLengths.short, false), (value) =>
        allowed.has(value) ? null : formErrors.choice(label),
      )
    }
    case 'number': {
      const min = field.min ?? undefined
      const max = field.max ?? undefined
      return z.unknown().transform((value, ctx): number | null => {
        const raw = typeof value === 'string' ? value.trim() : value
        if (raw === undefined || raw === null || raw === '') {
          if (required) ctx.addIssue({ code: 'custom', message: formErrors.required(label) })
          return null
        }
        const number =
          typeof raw === 'number'
            ? raw
            : typeof raw === 'string' && /^-?\d{1,6}$/.test(raw)
              ? Number(raw)
              : NaN
        if (
          !Number.isInteger(number) ||
          (min != null && number < min) ||
          (max != null && number > max)
        ) {
          ctx.addIssue({ code: 'custom', message: formErrors.numberRange(label, min, max) })
          return null
        }
        return number
      })
    }
    case 'checkbox':
      return z.unknown().transform((value, ctx) => {
        const checked = value === true || value === 'on' || value === 'true' || value === '1'
        const unchecked =
          value === undefined ||
          value === null ||
          value === false ||
          value === '' ||
          value === 'false'
        if (!checked && !unchecked) {
          ctx.addIssue({ code: 'custom', message: formErrors.checkbox(label) })
          return false
        }
        if (required && !checked)
          ctx.addIssue({ code: 'custom', message: formErrors.mustCheck(label) })
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
    const result = schemaFor(field).safeParse(asText(input[field.name]))
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
