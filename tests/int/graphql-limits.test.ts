import { createRequire } from 'node:module'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { createApiClient } from '../helpers/api'
import { createEvent, createRegistrationForm } from '../helpers/forms'
import { testPayload } from '../helpers/payload'

// Vite resolves 'graphql' in project files to its ESM build ("module" field); Node, and with it
// Next.js (graphql is a server-external package) and graphql-http, load the CommonJS build. Two
// copies would make graphql-http miss our GraphQLError (instanceof), so load the one Node loads.
vi.mock('graphql', () => createRequire(import.meta.url)('graphql'))

let api: Awaited<ReturnType<typeof createApiClient>>

beforeAll(async () => {
  const payload = await testPayload()
  await createEvent(payload, await createRegistrationForm(payload))
  api = await createApiClient()
})

type GraphQLAnswer = { data?: Record<string, unknown> | null; errors?: { message: string }[] }

const ask = async (query: string) => {
  const { status, json } = await api.graphql(query)
  return { status, ...(json as GraphQLAnswer) }
}

const messages = (answer: GraphQLAnswer) => (answer.errors ?? []).map((e) => e.message)

const tooDeep = 'Die Abfrage ist zu tief verschachtelt (höchstens 8 Ebenen).'

/** Pages → hero block → link → linked page → `inner`: 6 levels before `inner` begins. */
const throughLinkedPage = (inner: string) =>
  `{ Pages { docs { layout { ... on HeroBlock { links { reference { value {
    ... on Page { ${inner} }
  } } } } } } } }`

describe('GraphQL limits', () => {
  it('answers an ordinary query', async () => {
    const answer = await ask('{ Events { docs { title } } }')
    expect(answer.status).toBe(200)
    expect(messages(answer)).toEqual([])
    expect((answer.data?.Events as { docs: unknown[] }).docs).toHaveLength(1)
  })

  it('answers a query with exactly eight levels', async () => {
    const answer = await ask(throughLinkedPage('meta { title }'))
    expect(messages(answer)).toEqual([])
    expect(answer.data?.Pages).toBeDefined()
  })

  it('refuses one level more with a German message, before running anything', async () => {
    const answer = await ask(throughLinkedPage('meta { image { url } }'))
    expect(messages(answer)).toEqual([tooDeep])
    expect(answer.data ?? null).toBeNull()
    expect([200, 400]).toContain(answer.status)
  })

  it('refuses nesting hidden in fragments', async () => {
    const answer = await ask(`
      { Pages { docs { ...Linked } } }
      fragment Linked on Page { layout { ... on HeroBlock { links { reference { value {
        ... on Page { ...Picture }
      } } } } } }
      fragment Picture on Page { meta { image { url } } }
    `)
    expect(messages(answer)).toEqual([tooDeep])
  })

  it('refuses a query over the complexity limit', async () => {
    const aliases = Array.from({ length: 400 }, (_, i) => `e${i}: Events { docs { title } }`)
    const answer = await ask(`{ ${aliases.join(' ')} }`)
    expect(messages(answer).join(' ')).toMatch(/maximum complexity of 1000/)
    expect(answer.data ?? null).toBeNull()
  })
})
