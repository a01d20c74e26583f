import type { Field, FieldHook } from 'payload'

import { isStaff } from '@/access/roles'
import { formatDate } from '@/domain/dates'
import { namingConsentPurpose } from '@/domain/partners/fromDeclaration'
import { relationId } from '@/domain/relations'
import { declarationOf } from './declarationOf'

/**
 * The editor publishes but does not see declarations (they hold a contact person's data): this
 * line tells them whether the organisation's consent to be named stands. Read on the entry's own
 * page only, not for every row of a list.
 */
const consentState: FieldHook = async ({ siblingData, req, findMany }) => {
  const declarationId = relationId(siblingData?.declaration)
  if (!declarationId || findMany) return undefined
  const declaration = await declarationOf(req, declarationId, {
    consents: true,
    anonymisedAt: true,
  })
  if (!declaration) return undefined
  if (declaration.anonymisedAt) return 'Erklärung nach der Speicherfrist geleert'
  const consent = (declaration.consents ?? []).find((c) => c.purpose === namingConsentPurpose)
  if (!consent) return 'keine Einwilligung zur Nennung'
  if (consent.revokedAt) return `widerrufen am ${formatDate(consent.revokedAt)}`
  return consent.grantedAt ? `erteilt am ${formatDate(consent.grantedAt)}` : 'erteilt'
}

export const namingConsentField: Field = {
  name: 'namingConsent',
  type: 'text',
  virtual: true,
  access: { read: isStaff },
  label: { de: 'Einwilligung zur Nennung', en: 'Consent to be named' },
  admin: {
    readOnly: true,
    position: 'sidebar',
    condition: (data) => Boolean(data?.declaration),
  },
  hooks: { afterRead: [consentState] },
}
