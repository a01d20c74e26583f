import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { proxyCacheDirectives } from '../../scripts/bench/nginx'

describe("the bench's proxy cache", () => {
  it('is the one the README recommends, line for line', () => {
    const readme = readFileSync('README.md', 'utf8')
    for (const line of proxyCacheDirectives.split('\n')) expect(readme).toContain(`    ${line}`)
  })
})
