import { formErrors } from '@/messages/formErrors'
import { type FormFieldDefinition, maxLengths } from './definition'

/**
 * The rules an answer must follow, as plain functions: the server's schemas (validate.ts) apply
 * them as the one authority, and the browser repeats them (browserChecks.ts) without shipping a
 * validation library to every visitor. Each returns the German message of the first rule broken.
 */

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

/** zod's own e-mail pattern (`z.regexes.email`, zod 4.6), the one the server has always applied. */
/* eslint-disable no-useless-escape -- verbatim, so that a test can compare it with zod's */
export const emailAddress =
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/
/* eslint-enable no-useless-escape */

export const labelOf = (field: FormFieldDefinition) => field.label?.trim() || field.name

/** Nothing given: absent, or only blanks. */
export const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && !value.trim())

type TextField = Extract<
  FormFieldDefinition,
  { blockType: 'text' | 'email' | 'textarea' | 'select' }
>

/** The longest answer a text field takes and whether it may span lines. */
const textShape = (field: TextField) => ({
  max:
    field.blockType === 'textarea'
      ? maxLengths.long
      : field.blockType === 'email'
        ? maxLengths.email
        : maxLengths.short,
  multiline: field.blockType === 'textarea',
})

/**
 * A text answer as it is stored (NFC, trimmed), or the first rule it breaks: size, characters,
 * line breaks, markup, length, and what the kind of field asks (no links in names, an address,
 * one of the options).
 */
export const readText = (
  field: TextField,
  raw: string,
): { value: string; problem?: undefined } | { problem: string } => {
  const label = labelOf(field)
  const { max, multiline } = textShape(field)
  // Refused before normalising, so a megabyte of input costs nothing.
  if (raw.length > max * 4) return { problem: formErrors.tooLong(label, max) }
  const value = raw.normalize('NFC').trim()
  if (
    !value.isWellFormed() ||
    controlCharacters.test(value) ||
    deceptiveCharacters.test(value) ||
    stackedMarks.test(value)
  )
    return { problem: formErrors.invalidCharacters(label) }
  if (!multiline && lineBreaks.test(value)) return { problem: formErrors.noLineBreaks(label) }
  if ((multiline ? markup : angleBrackets).test(value))
    return { problem: formErrors.noMarkup(label) }
  if (value.length > max) return { problem: formErrors.tooLong(label, max) }
  if (field.blockType === 'text' && namesSomeone(field) && linkLike.test(value))
    return { problem: formErrors.noLinks(label) }
  if (field.blockType === 'email' && !emailAddress.test(value))
    return { problem: formErrors.email(label) }
  if (field.blockType === 'select' && !(field.options ?? []).some((o) => o.value === value))
    return { problem: formErrors.choice(label) }
  return { value }
}

type NumberField = Extract<FormFieldDefinition, { blockType: 'number' }>

/** A whole number within the editor's range (form posts send digits, JSON clients numbers). */
export const readNumber = (
  field: NumberField,
  raw: unknown,
): { value: number; problem?: undefined } | { problem: string } => {
  const min = field.min ?? undefined
  const max = field.max ?? undefined
  const number =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && /^-?\d{1,6}$/.test(raw.trim())
        ? Number(raw.trim())
        : NaN
  return !Number.isInteger(number) || (min != null && number < min) || (max != null && number > max)
    ? { problem: formErrors.numberRange(labelOf(field), min, max) }
    : { value: number }
}

/** A ticked box arrives as "on" from a form (JSON clients may send true); unticked, as nothing. */
export const readCheckbox = (value: unknown): boolean | 'invalid' =>
  value === true || value === 'on' || value === 'true' || value === '1'
    ? true
    : value === undefined || value === null || value === false || value === '' || value === 'false'
      ? false
      : 'invalid'
