import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { createDepthLimitRule } from '@/config/graphqlDepthLimit'

// A node that links to itself: as with Payload's relationships, any depth is possible.
const schema = buildSchema(`
  type Node { name: String, child: Node, children: [Node!] }
  union Thing = Node
  type Query { node: Node, thing: Thing }
`)

const tooDeep = 'Die Abfrage ist zu tief verschachtelt (höchstens 8 Ebenen).'

const errorsOf = (query: string) =>
  validate(schema, parse(query), [...specifiedRules, createDepthLimitRule(8)]).map(
    (error) => error.message,
  )

/** `node { child { … name … } }` with `depth` fields on the deepest path. */
const nested = (depth: number) =>
  `{ node ${'{ child '.repeat(depth - 2)}{ name }${' }'.repeat(depth - 2)} }`

describe('GraphQL depth limit', () => {
  it('accepts an operation exactly at the limit', () => {
    expect(errorsOf(nested(8))).toEqual([])
  })

  it('rejects one level more with the German message', () => {
    expect(errorsOf(nested(9))).toEqual([tooDeep])
  })

  it('counts the deepest path, not the number of fields', () => {
    const wide = `{ node { ${Array.from({ length: 50 }, (_, i) => `a${i}: name`).join(' ')} } }`
    expect(errorsOf(wide)).toEqual([])
  })

  it('follows fragment spreads and inline fragments without counting them as levels', () => {
    const viaFragments = `
      query { thing { ... on Node { child { ...Deeper } } } }
      fragment Deeper on Node { child { child { ...Deepest } } }
      fragment Deepest on Node { children { child { child { child { name } } } } }
    `
    expect(errorsOf(viaFragments)).toEqual([tooDeep])
    expect(errorsOf(viaFragments.replace('child { name }', 'name'))).toEqual([])
  })

  it('judges each operation of a document on its own', () => {
    const document = `query Shallow { node { name } } query Deep ${nested(9)}`
    expect(errorsOf(document)).toEqual([tooDeep])
  })

  it('terminates on fragment cycles, which graphql itself reports', () => {
    const cyclic = `
      { node { ...A } }
      fragment A on Node { child { ...B } }
      fragment B on Node { child { ...A } }
    `
    const errors = errorsOf(cyclic)
    expect(errors.some((message) => message.startsWith('Cannot spread fragment'))).toBe(true)
    expect(errors).not.toContain(tooDeep)
  })

  it('measures each fragment once, so fragments spread twice stay cheap', () => {
    // Each fragment spreads the next one twice: walked naively, that is 2^24 visits (seconds).
    const fragments = Array.from({ length: 24 }, (_, i) => {
      const next = i < 23 ? `...F${i + 1}` : 'name'
      return `fragment F${i} on Node { ... on Node { ${next} } ... on Node { ${next} } }`
    })
    const started = performance.now()
    expect(errorsOf(`{ node { ...F0 } } ${fragments.join(' ')}`)).toEqual([])
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('leaves the standard introspection query alone', () => {
    expect(errorsOf(getIntrospectionQuery())).toEqual([])
  })

  it('ignores __typename, which adds no data', () => {
    expect(errorsOf(nested(8).replace('name', 'name __typename'))).toEqual([])
  })
})
