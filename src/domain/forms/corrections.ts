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
