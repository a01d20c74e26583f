import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runScript } from '../helpers/runScript'
import {
  AuditUnavailableError,
  blocksCi,
  parseAuditReport,
  severeFindingsTable,
} from '../../scripts/lib/auditReport'

/** Shaped like `npm audit --json` of npm 10/11 (auditReportVersion 2), trimmed to what we read. */
const report = (vulnerabilities: Record<string, object>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { total: Object.keys(vulnerabilities).length } },
  })

const fixable = {
  'next-ish': { name: 'next-ish', severity: 'high', via: [], fixAvailable: true },
  'deep-lib': {
    name: 'deep-lib',
    severity: 'critical',
    via: ['next-ish'],
    fixAvailable: { name: 'payload', version: '4.0.0', isSemVerMajor: true },
  },
}
const unfixable = {
  'old-parser': { name: 'old-parser', severity: 'high', via: [], fixAvailable: false },
  'chatty-log': { name: 'chatty-log', severity: 'moderate', via: [], fixAvailable: true },
}

// What this machine's registry answered: it does not offer the advisory endpoint.
const registryRefused = JSON.stringify({
  message:
    '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  statusCode: 405,
  error: { summary: '', detail: '' },
})

describe('reading npm audit output', () => {
  it('blocks only high or critical findings that have a fix', () => {
    const findings = parseAuditReport(report({ ...fixable, ...unfixable }))
    expect(findings.filter(blocksCi).map((f) => f.name)).toEqual(['next-ish', 'deep-lib'])
  })

  it('lets findings without a fix and moderate ones pass', () => {
    expect(parseAuditReport(report(unfixable)).filter(blocksCi)).toEqual([])
    expect(parseAuditReport(report({})).filter(blocksCi)).toEqual([])
  })

  it('tables high and critical findings, critical first, with their fix', () => {
    const table = severeFindingsTable(parseAuditReport(report({ ...fixable, ...unfixable })))
    const rows = table.split('\n').map((row) => row.split(/\s{2,}/))
    expect(rows).toEqual([
      ['Paket / package', 'Schwere / severity', 'Fix verfügbar / fix available'],
      ['deep-lib', 'critical', 'ja / yes (payload@4.0.0, major)'],
      ['next-ish', 'high', 'ja / yes'],
      ['old-parser', 'high', 'nein / no'],
    ])
  })

  it.each([
    ['the registry refuses the audit', registryRefused, '405 Method Not Allowed'],
    [
      'npm reports an error',
      JSON.stringify({ error: { code: 'ENOLOCK', summary: 'no lockfile' } }),
      'ENOLOCK: no lockfile',
    ],
    ['npm prints no JSON', '', 'keine JSON-Antwort von npm'],
  ])('refuses to judge when %s', (_case, output, reason) => {
    expect(() => parseAuditReport(output)).toThrow(AuditUnavailableError)
    expect(() => parseAuditReport(output)).toThrow(reason)
  })
})

describe('scripts/audit.ts', () => {
  let fakeBin: string

  // A stand-in `npm` that prints a prepared report: no network, and exits 1 as npm does on findings.
  beforeAll(async () => {
    fakeBin = await mkdtemp(path.join(os.tmpdir(), 'opr-fake-npm-'))
    await writeFile(path.join(fakeBin, 'npm'), '#!/bin/sh\ncat "$AUDIT_FIXTURE"\nexit 1\n')
    await chmod(path.join(fakeBin, 'npm'), 0o755)
  })
  afterAll(() => rm(fakeBin, { recursive: true, force: true }))

  const audit = async (output: string, env: Record<string, string> = {}) => {
    const fixture = path.join(fakeBin, `report-${Math.random()}.json`)
    await writeFile(fixture, output)
    return runScript('scripts/audit.ts', [], {
      PATH: `${fakeBin}:${process.env.PATH}`,
      AUDIT_FIXTURE: fixture,
      ...env,
    })
  }

  it('fails CI for a fixable high finding and shows the table', async () => {
    const { code, output } = await audit(report({ ...fixable, ...unfixable }))
    expect(code).toBe(1)
    expect(output).toContain('4 Befunde / findings, davon 3 hoch oder kritisch')
    expect(output).toMatch(/old-parser\s+high\s+nein \/ no/)
  })

  it('passes when no high finding has a fix', async () => {
    const { code, output } = await audit(report(unfixable))
    expect(code).toBe(0)
    expect(output).toMatch(/old-parser\s+high\s+nein \/ no/)
  })

  it('warns loudly when the registry cannot be asked, and fails in strict mode', async () => {
    const lenient = await audit(registryRefused)
    expect(lenient.code).toBe(0)
    expect(lenient.output).toContain('WARNUNG: Abhängigkeitsprüfung nicht möglich')
    expect(lenient.output).toContain('npm audit konnte die Sicherheitsdatenbank nicht abfragen')
    const strict = await audit(registryRefused, { AUDIT_STRICT: '1' })
    expect(strict.code).toBe(1)
  })

  it('fails in strict mode when the real npm cannot reach the registry', async () => {
    const { code, output } = await runScript('scripts/audit.ts', [], {
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_fetch_retries: '0',
      AUDIT_STRICT: '1',
    })
    expect(code).toBe(1)
    expect(output).toContain('ECONNREFUSED')
  })
})
