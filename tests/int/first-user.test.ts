import { describe, expect, it } from 'vitest'

import { createApiClient } from '../helpers/api'
import { testPayload } from '../helpers/payload'

describe('a fresh installation', () => {
  it('makes the first registered account an admin, whatever role was sent', async () => {
    const payload = await testPayload()
    const api = await createApiClient()
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)

    const response = await api.request('POST', '/users/first-register', {
      body: {
        email: 'erste@test.example',
        password: 'Passwort-sehr-lang',
        name: 'Erste',
        role: 'editor',
      },
    })
    expect(response.status).toBe(200)
    const { docs } = await payload.find({ collection: 'users' })
    expect(docs.map((u) => u.role)).toEqual(['admin'])
  })

  it('refuses a second first-register once an account exists', async () => {
    const api = await createApiClient()
    const response = await api.request('POST', '/users/first-register', {
      body: { email: 'zweite@test.example', password: 'Passwort-sehr-lang', name: 'Zweite' },
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    const payload = await testPayload()
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(1)
  })
})
