/**
 * Reads the JSON of `npm audit --json` (report version 2, npm 7 and later) and decides whether CI
 * must stop: only for high or critical findings that an update would fix. Findings without a fix
 * are shown but cannot block, or CI would stay red until someone upstream acts.
 */
export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical'

/** npm's `fixAvailable`: false, true, or the update that fixes it (possibly a major one). */
type FixAvailable = boolean | { name: string; version: string; isSemVerMajor?: boolean }

export type Finding = { name: string; severity: Severity; fix: FixAvailable }

/** The audit could not be done at all, e.g. the registry is unreachable or refuses the request. */
export class AuditUnavailableError extends Error {
  override name = 'AuditUnavailableError'
  constructor(reason: string) {
    super(
      `npm audit konnte die Sicherheitsdatenbank nicht abfragen (${reason}). ` +
        '/ npm audit could not query the advisory database.',
    )
  }
}

type RawVulnerability = { name?: unknown; severity?: unknown; fixAvailable?: unknown }

const unavailable = (reason: string): never => {
  throw new AuditUnavailableError(reason)
}

const npmErrorText = (report: Record<string, unknown>): string => {
  const error = report.error as { code?: unknown; summary?: unknown } | undefined
  const parts = [report.message, error?.code, error?.summary].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  )
  return parts.join(': ') || 'unbekannter Fehler'
}

export const parseAuditReport = (stdout: string): Finding[] => {
  let report: Record<string, unknown>
  try {
    report = JSON.parse(stdout) as Record<string, unknown>
  } catch {
    return unavailable('keine JSON-Antwort von npm')
  }
  if (report.error || typeof report.vulnerabilities !== 'object' || !report.vulnerabilities) {
    return unavailable(npmErrorText(report))
  }
  return Object.entries(report.vulnerabilities as Record<string, RawVulnerability>).map(
    ([key, raw]) => ({
      name: typeof raw.name === 'string' ? raw.name : key,
      severity: raw.severity as Severity,
      fix: (raw.fixAvailable ?? false) as FixAvailable,
    }),
  )
}

export const isSevere = (finding: Finding) =>
  finding.severity === 'high' || finding.severity === 'critical'

export const blocksCi = (finding: Finding) => isSevere(finding) && Boolean(finding.fix)

const describeFix = (fix: FixAvailable): string => {
  if (!fix) return 'nein / no'
  if (fix === true) return 'ja / yes'
  return `ja / yes (${fix.name}@${fix.version}${fix.isSemVerMajor ? ', major' : ''})`
}

/** A plain-text table of the high and critical findings, critical first. */
export const severeFindingsTable = (findings: Finding[]): string => {
  const rows = findings
    .filter(isSevere)
    .sort((a, b) =>
      a.severity === b.severity ? a.name.localeCompare(b.name) : a.severity === 'critical' ? -1 : 1,
    )
    .map((finding) => [finding.name, finding.severity, describeFix(finding.fix)])
  const table = [
    ['Paket / package', 'Schwere / severity', 'Fix verfügbar / fix available'],
    ...rows,
  ]
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)))
  return table
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}
