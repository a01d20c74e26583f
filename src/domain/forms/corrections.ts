import { formErrors } from '@/messages/formErrors'

import { readText } from './answerRules'
import type { FormFieldDefinition } from './definition'

/**
 * Contact details the office may correct after a submission arrived (a typo in a name or an
 * address). Every correction is written into the submission's history with the old value, so
 * what the person originally sent stays traceable until their personal data is erased.
 */
export const correctableFields = ['name', 'email', 'organisation'] as const

export type CorrectableField = (typeof correctableFields)[number]

export const correctableFieldLabels: Record<CorrectableField, string> = {
  name: 'Name',
  email: 'E-Mail',
  organisation: 'Organisation',
}

export type Correction = { field: CorrectableField; from: string; to: string }

type ContactDetails = Partial<Record<CorrectableField, string | null>>

const normalised = (value: string | null | undefined) => (value ?? '').trim()

/** The contact details that `next` changes compared with `previous` (only those it sets). */
export const correctionsOf = (previous: ContactDetails, next: ContactDetails): Correction[] =>
  correctableFields.flatMap((field) => {
    if (!(field in next)) return []
    const from = normalised(previous[field])
    const to = normalised(next[field])
    return from === to ? [] : [{ field, from, to }]
  })

const correctionPrefix = 'Korrektur: '

const quoted = (value: string) => (value ? `„${value}“` : '(leer)')

/** How a correction reads in the history: `Korrektur: E-Mail „alt@…“ → „neu@…“`. */
export const correctionReason = (corrections: Correction[]) =>
  correctionPrefix +
  corrections
    .map(
      ({ field, from, to }) => `${correctableFieldLabels[field]} ${quoted(from)} → ${quoted(to)}`,
    )
    .join('; ')

export const isCorrectionReason = (reason: string | null | undefined) =>
  typeof reason === 'string' && reason.startsWith(correctionPrefix)

/** What stays of a correction once the person's data is erased: that it happened, not the values. */
export const erasedCorrectionReason = 'Kontaktdaten korrigiert (alte Angaben gelöscht)'

/**
 * What is wrong with a corrected value, by the same rules the public form applies to that
 * column (no links or markup in a name, a real address, the same lengths), or nothing. An
 * emptied organisation is allowed; name and address must stay.
 */
export const correctionProblem = ({ field, to }: Correction): string | undefined => {
  if (!to && field === 'organisation') return undefined
  const definition = {
    blockType: field === 'email' ? 'email' : 'text',
    name: field,
    label: correctableFieldLabels[field],
    column: field,
    required: field !== 'organisation',
  } as FormFieldDefinition & { blockType: 'text' | 'email' }
  if (!to) return formErrors.required(correctableFieldLabels[field])
  return readText(definition, to).problem
}
