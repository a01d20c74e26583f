/**
 * The shape of an editor-built form as the form builder stores it, reduced to what validation,
 * rendering and the typed submission columns need.
 */

/** Which typed column of a submission an answer fills (besides the full list of answers). */
export const submissionColumns = [
  'name',
  'organisation',
  'email',
  'phone',
  'persons',
  'municipality',
  'organisationKind',
  'supportNeeds',
  'message',
  'pageReference',
] as const

export type SubmissionColumn = (typeof submissionColumns)[number]

/** Optional extras a person may agree to; the legal basis of the submission itself is not consent. */
export const consentPurposes = ['publicListing', 'photos', 'newsletter'] as const

export type ConsentPurpose = (typeof consentPurposes)[number]

export const consentPurposeLabels: Record<ConsentPurpose, string> = {
  publicListing: 'Öffentliche Nennung als Partnerorganisation',
  photos: 'Fotos bei der Veranstaltung',
  newsletter: 'Weitere Informationen der Partnerschaft',
}

type Common = {
  name: string
  label?: string | null
  required?: boolean | null
  column?: SubmissionColumn | 'none' | null
  defaultValue?: string | number | boolean | null
}

export type FormFieldDefinition =
  | ({ blockType: 'text' | 'email' | 'textarea' } & Common)
  | ({ blockType: 'number'; min?: number | null; max?: number | null } & Common)
  | ({ blockType: 'select'; options?: { label: string; value: string }[] | null } & Common)
  | ({ blockType: 'checkbox'; consentPurpose?: ConsentPurpose | 'none' | null } & Common)

export type FormBlock = FormFieldDefinition | { blockType: 'message'; name?: undefined }

export const inputFields = (blocks: readonly { blockType: string }[] | null | undefined) =>
  (blocks ?? []).filter(
    (block): block is FormFieldDefinition => block.blockType !== 'message' && 'name' in block,
  )

/** Longest accepted answers: names and short answers, e-mail (RFC 5321), free text. */
export const maxLengths = { short: 200, email: 254, long: 5000 } as const

/** Fields every public form carries besides the editor's: spam trap and timing token. */
export const honeypotField = 'website'
export const formTokenField = 'formToken'
