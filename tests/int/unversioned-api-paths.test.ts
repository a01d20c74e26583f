import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'

type Route = typeof import('@/app/(payload)/api/[...slug]/route')

let route: Route
let token: string

beforeAll(async () => {
  const payload = await testPayload()
  token = (await createStaff(payload, 'admin')).token
  // the app's own catch-all API route, as Next.js calls it
  route = await import('@/app/(payload)/api/[...slug]/route')
})

const call = async (method: 'GET' | 'POST', path: string) => {
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: method === 'POST' ? '{}' : undefined,
  })
  const slug = path.split('?')[0]!.split('/').filter(Boolean)
  const response = await route[method](request, { params: Promise.resolve({ slug }) })
  return { status: response.status, text: await response.text() }
}

describe('versions of what has none', () => {
  it.each([
    ['GET', '/partners/versions'],
    ['GET', '/partners/versions/1'],
    ['POST', '/partners/versions/1'],
    ['GET', '/forms/versions'],
    ['GET', '/users/versions'],
    ['GET', '/payload-jobs/versions'],
    ['GET', '/globals/site-settings/versions'],
    ['GET', '/globals/site-settings/versions/1'],
  ] as const)('%s %s answers 404, not 500', async (method, path) => {
    const answer = await call(method, path)
    expect(answer.status).toBe(404)
    expect(answer.text).toContain('Diese Adresse gibt es nicht.')
  })

  it('still lists the versions of events and pages', async () => {
    expect((await call('GET', '/events/versions?limit=1')).status).toBe(200)
    expect((await call('GET', '/pages/versions?limit=1')).status).toBe(200)
  })
})
