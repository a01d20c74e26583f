import { describe, expect, it } from 'vitest'

import { runScript } from '../helpers/runScript'

describe('a process that used the embedded PostgreSQL', () => {
  // Without this, `npm test` and `npm run test:e2e` ended with 0 even when tests failed.
  it('keeps the exit code it set (failing tests must fail CI)', { timeout: 120_000 }, async () => {
    const result = await runScript('tests/fixtures/exitCodeAfterEmbeddedPostgres.ts', [], {})
    expect(result.code, result.output).toBe(3)
  })
})
