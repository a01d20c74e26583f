import { municipalities, type PartnerCategory, partnerCategories } from '@/domain/partnerCategories'

/** The consent of a partnership declaration that allows naming the organisation on the site. */
export const namingConsentPurpose = 'publicListing'

type ConsentRecord = { purpose?: string | null; revokedAt?: string | null }

/** Whether the declarant's consent to be named is given and not withdrawn. */
export const hasNamingConsent = (consents: ConsentRecord[] | null | undefined) =>
  (consents ?? []).some((consent) => consent.purpose === namingConsentPurpose && !consent.revokedAt)

/**
 * Whether this change withdrew the consent to be named: it was active before and is now marked
 * revoked. Emptied records (the retention period or an erasure of the contact person's data) are
 * no withdrawal: the organisation's listing is not the contact person's data, and its consent
 * stood when the entry was published.
 */
export const namingConsentWithdrawn = (
  before: ConsentRecord[] | null | undefined,
  after: ConsentRecord[] | null | undefined,
) =>
  hasNamingConsent(before) &&
  !hasNamingConsent(after) &&
  (after ?? []).some((consent) => consent.purpose === namingConsentPurpose && consent.revokedAt)

type Declaration = {
  organisation?: string | null
  municipality?: string | null
  submissionData?: { field: string; value: string }[] | null
}

export type PartnerDraft = {
  name: string
  category: PartnerCategory
  municipality?: (typeof municipalities)[number]
  website?: string
}

const answerOf = (declaration: Declaration, field: string) =>
  declaration.submissionData?.find((answer) => answer.field === field)?.value?.trim() || undefined

/** The seeded form stores the field of work by its German label; older forms may use the value. */
const categoryOf = (answer: string | undefined): PartnerCategory =>
  partnerCategories.find(({ value, label }) => answer === label || answer === value)?.value ??
  'other'

const municipalityOf = (answer: string | null | undefined) =>
  municipalities.find((name) => name === answer?.trim())

/** Only an address the partner field accepts; anything else is left for the editor to fill in. */
const websiteOf = (answer: string | undefined) => {
  if (!answer) return undefined
  const withScheme = /^https?:\/\//i.test(answer) ? answer : `https://${answer}`
  return /^https?:\/\/[^\s/]+\.[^\s]+$/.test(withScheme) && withScheme.length <= 500
    ? withScheme
    : undefined
}

/**
 * What a declaration says about the organisation, as a partner entry: name, field of work,
 * municipality and website where the form asked for them. Nothing about the contact person.
 */
export const partnerDraftOf = (declaration: Declaration): PartnerDraft | undefined => {
  const name = (declaration.organisation ?? answerOf(declaration, 'organisation'))?.trim()
  if (!name) return undefined
  const municipality = municipalityOf(
    declaration.municipality ?? answerOf(declaration, 'municipality'),
  )
  const website = websiteOf(answerOf(declaration, 'website'))
  return {
    name: name.slice(0, 200),
    category: categoryOf(answerOf(declaration, 'fieldOfWork')),
    ...(municipality ? { municipality } : {}),
    ...(website ? { website } : {}),
  }
}
