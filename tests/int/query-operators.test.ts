/**
 * Filters whose operator the field's column cannot answer (lib/queryOperators.ts): refused with 400
 * in German before any query, instead of a 500 from PostgreSQL or Payload's query builder.
 */
import type { FlattenedField } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { requestMessages } from '@/messages/requests'
import { createApiClient } from '../helpers/api'
import { testPayload } from '../helpers/payload'

let api: Awaited<ReturnType<typeof createApiClient>>
let fieldsOf: (slug: string) => FlattenedField[]

beforeAll(async () => {
  const payload = await testPayload()
  api = await createApiClient()
  fieldsOf = (slug) => payload.collections[slug as 'events']!.config.flattenedFields
})

const operators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'all',
  'near',
  'within',
  'intersects',
]
const valueFor = (operator: string) =>
  operator === 'exists' ? 'true' : operator === 'near' ? '13.1,52.5,1000,0' : 'x'

describe('a filter the field cannot answer', () => {
  it.each([
    ['/events?where[start][like]=x', 'like', 'start'],
    ['/events?where[eventStatus][contains]=x', 'contains', 'eventStatus'],
    ['/events?where[_status][not_like]=x', 'not_like', '_status'],
    ['/events?where[or][0][createdAt][like]=2026', 'like', 'createdAt'],
    ['/events?where[title][near]=13.1,52.5,1000,0', 'near', 'title'],
    ['/pages?where[title][within]=x', 'within', 'title'],
    ['/partners?where[name][all]=x', 'all', 'name'],
    ['/forms?where[fields.blockType][like]=x', 'like', 'fields.blockType'],
  ])('%s → 400 in German', async (path, operator, field) => {
    const answer = await api.request('GET', path)
    expect(answer.status).toBe(400)
    expect(answer.json).toEqual({
      errors: [{ message: requestMessages.unfitOperator(operator, field) }],
    })
  })

  it('never ends in a 500, whatever operator on whatever field of the public collections', async () => {
    const failed: string[] = []
    for (const slug of ['events', 'pages', 'partners', 'forms', 'media']) {
      const paths = fieldsOf(slug).flatMap((field) =>
        field.type === 'group' && 'flattenedFields' in field
          ? field.flattenedFields.map((inner) => `${field.name}.${inner.name}`)
          : [field.name],
      )
      for (const path of paths)
        for (const operator of operators) {
          const query = `/${slug}?where[${path}][${operator}]=${valueFor(operator)}&limit=1`
          const answer = await api.request('GET', query)
          if (answer.status >= 500) failed.push(`${answer.status} ${query}`)
        }
    }
    expect(failed).toEqual([])
  }, 120_000)

  it('leaves filters that fit alone', async () => {
    for (const path of [
      '/events?where[title][like]=Konferenz',
      '/events?where[start][greater_than]=2020-01-01',
      '/events?where[eventStatus][in]=planned,cancelled',
      '/events?where[registration.capacity][like]=1',
      '/events?where[registration.form.title][like]=Anmeldung',
    ])
      expect((await api.request('GET', path)).status, path).toBe(200)
  })
})
