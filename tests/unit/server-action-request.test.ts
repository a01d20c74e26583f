import { describe, expect, it } from 'vitest'

import {
  comparedHost,
  fetchActionArgumentsProblem,
  fetchActionProblem,
  isCrossSiteOrigin,
} from '@/domain/http/serverActionRequest'

const actionId = `40${'a1'.repeat(20)}`

describe('isCrossSiteOrigin', () => {
  it('accepts a post from the page itself, and one without Origin (as Next.js does)', () => {
    expect(isCrossSiteOrigin('https://pfd-opr.example', 'pfd-opr.example')).toBe(false)
    expect(isCrossSiteOrigin('http://127.0.0.1:3900', '127.0.0.1:3900')).toBe(false)
    expect(isCrossSiteOrigin(null, 'pfd-opr.example')).toBe(false)
  })

  it.each([
    ['null'],
    ['https://evil.example'],
    ['https://pfd-opr.example.evil.example'],
    ['http://pfd-opr.example:8080'],
    ['kein origin'],
  ])('refuses Origin %s', (origin) => {
    expect(isCrossSiteOrigin(origin, 'pfd-opr.example')).toBe(true)
  })

  it('refuses when there is no host to compare with', () => {
    expect(isCrossSiteOrigin('https://pfd-opr.example', null)).toBe(true)
  })
})

describe('comparedHost', () => {
  it('takes the first forwarded host, else Host', () => {
    expect(comparedHost('pfd-opr.example, proxy.internal', 'localhost:3000')).toBe(
      'pfd-opr.example',
    )
    expect(comparedHost(null, 'localhost:3000')).toBe('localhost:3000')
  })
})

describe('fetchActionProblem', () => {
  it('accepts an action id with a multipart body', () => {
    expect(fetchActionProblem(actionId, 'multipart/form-data; boundary=x')).toBeNull()
  })

  it.each([
    ['x', 'multipart/form-data; boundary=x'],
    [`${actionId}0`, 'multipart/form-data; boundary=x'],
    ['<script>'.padEnd(42, 'a'), 'multipart/form-data; boundary=x'],
    [actionId, 'text/plain;charset=UTF-8'],
    [actionId, 'application/json'],
    [actionId, null],
  ])('refuses id %s with %s', (id, type) => {
    expect(fetchActionProblem(id, type)).toBe('malformed')
  })
})

describe('fetchActionArgumentsProblem', () => {
  it('accepts the argument list React sends', () => {
    expect(
      fetchActionArgumentsProblem([
        ['0', '["$K1"]'],
        ['1_name', 'x'],
      ]),
    ).toBeNull()
  })

  it.each([
    [[['0', 'kein json']]],
    [[['0', '{"a":1}']]],
    [[['1_name', 'x']]],
    [[['0', new Blob(['[]'])]]],
  ] as [[string, FormDataEntryValue][]][])('refuses %j', (fields) => {
    expect(fetchActionArgumentsProblem(fields)).toBe('malformed')
  })
})
