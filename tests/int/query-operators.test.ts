/**
 * Filters whose operator the field's column cannot answer (lib/queryOperators.ts): refused with 400
 * in German before any query, instead of a 500 from PostgreSQL or Payload's query builder.
 */
import type { FlattenedField } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { requestMessages } from '@/messages/requests'
import { createApiClient } from '../helpers/api'
import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'

let api: Awaited<ReturnType<typeof createApiClient>>
let fieldsOf: (slug: string) => FlattenedField[]
let editorToken: string
let coordinatorToken: string

beforeAll(async () => {
  const payload = await testPayload()
  api = await createApiClient()
  editorToken = (await createStaff(payload, 'editor')).token
  coordinatorToken = (await createStaff(payload, 'coordinator')).token
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
    // found by the second attack: spellings Payload accepts, and paths the first check missed
    ['/events?where[OR][0][start][like]=x', 'like', 'start'],
    ['/events?where[aNd][0][start][like]=x', 'like', 'start'],
    ['/events/count?where[OR][0][start][like]=x', 'like', 'start'],
    ['/events?where[registration__deadline][like]=x', 'like', 'registration__deadline'],
    ['/events?where[id][contains]=1', 'contains', 'id'],
    ['/events?where[registration.form.id][near]=1,2', 'near', 'registration.form.id'],
    ['/forms?where[fields.min][contains]=1', 'contains', 'fields.min'],
    ['/forms?where[fields.options][equals]=x', 'equals', 'fields.options'],
    ['/forms?where[fields.blockType][equals]=x', 'equals', 'fields.blockType'],
    ['/pages?where[layout.event.title][equals]=x', 'equals', 'layout.event.title'],
    ['/forms?where[confirmationMessage.root.type][in]=x', 'in', 'confirmationMessage.root.type'],
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

  it.each([
    ['/events/versions?where[version.start][like]=x', 'like', 'version.start'],
    ['/events/versions?where[parent][contains]=x', 'contains', 'parent'],
    [
      '/pages/versions?where[version.layout.event][intersects]=x',
      'intersects',
      'version.layout.event',
    ],
  ])('in the version history of staff, too: %s → 400', async (path, operator, field) => {
    const answer = await api.request('GET', path, { token: editorToken })
    expect(answer.status).toBe(400)
    expect(answer.json).toEqual({
      errors: [{ message: requestMessages.unfitOperator(operator, field) }],
    })
  })

  it.each([
    ['/events?where[notices.subject][near]=x', 'near', 'notices.subject'],
    ['/events?where[notices.kind][like]=x', 'like', 'notices.kind'],
    ['/events?where[notices.createdAt][contains]=x', 'contains', 'notices.createdAt'],
    ['/events?where[notices.event][not_like]=x', 'not_like', 'notices.event'],
  ])(
    'through a join, for staff (found by the third attack): %s → 400',
    async (path, operator, field) => {
      const answer = await api.request('GET', path, { token: editorToken })
      expect(answer.status).toBe(400)
      expect(answer.json).toEqual({
        errors: [{ message: requestMessages.unfitOperator(operator, field) }],
      })
    },
  )

  it("in a coordinator's list of submissions, too", async () => {
    const answer = await api.request('GET', '/form-submissions?where[AND][0][createdAt][like]=x', {
      token: coordinatorToken,
    })
    expect(answer.status).toBe(400)
  })

  it.each([
    '/form-submissions/export?format=csv&where[createdAt][like]=x',
    '/form-submissions/export?format=json&where[id][contains]=1',
  ])("in a coordinator's export, as a 400 before the download begins: %s", async (path) => {
    const answer = await api.request('GET', path, { token: coordinatorToken })
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.json)).toContain('passt nicht zum Feld')
  })

  it('leaves filters that fit alone', async () => {
    for (const path of [
      '/events?where[title][like]=Konferenz',
      '/events?where[start][greater_than]=2020-01-01',
      '/events?where[eventStatus][in]=planned,cancelled',
      '/events?where[registration.capacity][like]=1',
      '/events?where[registration.form.title][like]=Anmeldung',
      '/events?where[id][equals]=1',
      '/events?where[OR][0][title][like]=a&where[OR][1][start][greater_than]=2020-01-01',
    ])
      expect((await api.request('GET', path)).status, path).toBe(200)
  })
})
