/** The fixed vocabulary of an accessibility statement (EU implementing decision 2018/1523). */
export const complianceStatuses = ['full', 'partial', 'none'] as const
export type ComplianceStatus = (typeof complianceStatuses)[number]

export const complianceLabels: Record<ComplianceStatus, string> = {
  full: 'vollständig vereinbar',
  partial: 'teilweise vereinbar',
  none: 'nicht vereinbar',
}

/** The sentence the statement opens its status section with. */
export const complianceSentence = (status: ComplianceStatus, rules: string) =>
  ({
    full: `Diese Website ist mit ${rules} vollständig vereinbar.`,
    partial: `Diese Website ist wegen der folgenden Unvereinbarkeiten oder Ausnahmen teilweise mit ${rules} vereinbar.`,
    none: `Diese Website ist mit ${rules} nicht vereinbar.`,
  })[status]

export const exemptionReasons = ['nonCompliance', 'disproportionateBurden', 'outOfScope'] as const
export type ExemptionReason = (typeof exemptionReasons)[number]

export const exemptionLabels: Record<ExemptionReason, string> = {
  nonCompliance: 'Unvereinbarkeit mit den Anforderungen',
  disproportionateBurden: 'Unverhältnismäßige Belastung',
  outOfScope: 'Fällt nicht in den Anwendungsbereich der Vorschriften',
}

export const assessmentMethods = ['selfAssessment', 'thirdParty'] as const
export type AssessmentMethod = (typeof assessmentMethods)[number]

export const assessmentMethodLabels: Record<AssessmentMethod, string> = {
  selfAssessment: 'Selbstbewertung',
  thirdParty: 'Prüfung durch Dritte',
}

/** The sections a statement must have, in order; the page renders them as these headings. */
export const statementSections = [
  'Stand der Vereinbarkeit mit den Anforderungen',
  'Nicht barrierefreie Inhalte',
  'Erstellung dieser Erklärung',
  'Feedback und Kontakt',
  'Durchsetzungsverfahren',
] as const
