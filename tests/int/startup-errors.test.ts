import { describe, expect, it } from 'vitest'

import { runScript } from '../helpers/runScript'

const stackTraceLine = /^\s+at .+\(.+:\d+:\d+\)$/m

describe('a start with a broken environment', () => {
  it('ends with one sentence naming PAYLOAD_SECRET when it is missing in production', async () => {
    const result = await runScript('scripts/start.ts', [], {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u:p@127.0.0.1:1/opr',
      SMTP_HOST: '127.0.0.1',
    })
    expect(result.code).toBe(1)
    expect(result.output).toContain('Konfigurationsfehler: PAYLOAD_SECRET fehlt')
    expect(result.output).not.toMatch(stackTraceLine)
  })

  it('ends with one sentence naming DATABASE_URL when it is malformed', async () => {
    const result = await runScript('scripts/migrate.ts', [], { DATABASE_URL: 'kein-url' })
    expect(result.code).toBe(1)
    expect(result.output).toContain('Konfigurationsfehler: DATABASE_URL ist keine gültige Adresse')
    expect(result.output).not.toMatch(stackTraceLine)
  })
})
