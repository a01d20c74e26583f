import { createHash } from 'node:crypto'

import type { AnswerValue } from '@/domain/forms/validate'
import type { FormFieldDefinition } from '@/domain/forms/definition'

/** The wording's fingerprint: any edit to the text makes a new version. */
export const wordingVersion = (wording: string) =>
  createHash('sha256').update(wording.normalize('NFC')).digest('hex').slice(0, 12)

/** The optional consents ticked in this submission, with their exact wording and time. */
export const consentsGiven = (
  fields: FormFieldDefinition[],
  values: Record<string, AnswerValue>,
  now: Date,
) =>
  fields.flatMap((field) => {
    if (field.blockType !== 'checkbox' || !field.consentPurpose || field.consentPurpose === 'none')
      return []
    if (values[field.name] !== true) return []
    const wording = field.label?.trim() || field.name
    return [
      {
        purpose: field.consentPurpose,
        wording,
        version: wordingVersion(wording),
        grantedAt: now.toISOString(),
      },
    ]
  })
