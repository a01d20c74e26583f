import { describe, expect, it } from 'vitest'

import { actionPayloadProblem } from '@/domain/http/actionPayload'

// What React renders into a plain HTML form bound to a server action with state (shape as sent).
const intact: [string, string][] = [
  ['$ACTION_REF_1', ''],
  ['$ACTION_1:0', '{"id":"40a1b2","bound":"$@1"}'],
  ['$ACTION_1:1', '[{"status":"idle","token":"t"}]'],
  ['$ACTION_KEY', 'k0'],
  ['name', '<script>alert(1)</script>'],
  ['email', 'not json at all'],
]

const without = (name: string) => intact.filter(([n]) => n !== name)
const replaced = (name: string, value: string) =>
  intact.map(([n, v]): [string, string] => [n, n === name ? value : v])

describe('the proxy check of server-action form posts', () => {
  it('lets an intact post through, whatever the person typed', () => {
    expect(actionPayloadProblem(intact)).toBeNull()
    expect(actionPayloadProblem([['name', 'x']])).toBeNull()
  })

  it('refuses damaged action fields, which Next.js would answer with a 500', () => {
    expect(actionPayloadProblem(replaced('$ACTION_1:1', "' OR 1=1 --"))).toBe('malformed')
    expect(actionPayloadProblem(replaced('$ACTION_1:0', '{'))).toBe('malformed')
    expect(actionPayloadProblem(without('$ACTION_1:1'))).toBe('malformed')
    expect(actionPayloadProblem(without('$ACTION_1:0'))).toBe('malformed')
  })

  it('reads references as hexadecimal and part names as decimal', () => {
    const many: [string, string][] = [
      ['$ACTION_REF_2', ''],
      ['$ACTION_2:0', '{"id":"x","bound":"$@a"}'],
      ['$ACTION_2:10', '[]'],
    ]
    expect(actionPayloadProblem(many)).toBeNull()
    expect(actionPayloadProblem(many.slice(0, 2))).toBe('malformed')
  })
})
