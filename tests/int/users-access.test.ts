import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createApiClient } from '../helpers/api'
import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'

let payload: Payload
let api: Awaited<ReturnType<typeof createApiClient>>
let admin: Awaited<ReturnType<typeof createStaff>>
let editor: Awaited<ReturnType<typeof createStaff>>
let coordinator: Awaited<ReturnType<typeof createStaff>>

beforeAll(async () => {
  payload = await testPayload()
  api = await createApiClient()
  admin = await createStaff(payload, 'admin')
  editor = await createStaff(payload, 'editor')
  coordinator = await createStaff(payload, 'coordinator')
})

describe('user accounts are personal data', () => {
  it('refuses to list users to anonymous visitors over REST', async () => {
    const response = await api.request('GET', '/users')
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.json)).not.toContain(admin.email)
  })

  it('shows editors and coordinators only their own account', async () => {
    for (const person of [editor, coordinator]) {
      const rest = await api.request('GET', '/users', { token: person.token })
      expect(rest.status).toBe(200)
      const restEmails = (rest.json.docs as { email: string }[]).map((d) => d.email)
      expect(restEmails).toEqual([person.email])
    }
  })

  it('lets admins see every account', async () => {
    const response = await api.request('GET', '/users?limit=100', { token: admin.token })
    const emails = (response.json.docs as { email: string }[]).map((d) => d.email)
    expect(emails).toEqual(expect.arrayContaining([admin.email, editor.email, coordinator.email]))
  })
})

describe('only admins manage accounts and roles', () => {
  it('refuses an editor who tries to create an admin, ', async () => {
    const data = {
      email: 'neu-admin@test.example',
      password: 'Passwort-sehr-lang',
      name: 'X',
      role: 'admin',
    }
    const rest = await api.request('POST', '/users', { token: editor.token, body: data })
    expect(rest.status).toBe(403)

    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: data.email } },
    })
    expect(totalDocs).toBe(0)
  })

  it('keeps the role of a coordinator who tries to make themself admin', async () => {
    const rest = await api.request('PATCH', `/users/${coordinator.user.id}`, {
      token: coordinator.token,
      body: { role: 'admin' },
    })
    expect(rest.status).toBeLessThan(500)
    const stored = await payload.findByID({ collection: 'users', id: coordinator.user.id })
    expect(stored.role).toBe('coordinator')
  })

  it('refuses a coordinator who edits another account', async () => {
    const response = await api.request('PATCH', `/users/${editor.user.id}`, {
      token: coordinator.token,
      body: { name: 'Übernommen' },
    })
    expect(response.status).toBeGreaterThanOrEqual(403)
    const stored = await payload.findByID({ collection: 'users', id: editor.user.id })
    expect(stored.name).not.toBe('Übernommen')
  })

  it('lets an admin create an account with a role', async () => {
    const response = await api.request('POST', '/users', {
      token: admin.token,
      body: {
        email: 'koordination-2@test.example',
        password: 'Passwort-sehr-lang',
        name: 'K2',
        role: 'coordinator',
      },
    })
    expect(response.status).toBe(201)
    expect((response.json.doc as { role: string }).role).toBe('coordinator')
  })

  it('refuses to demote the last admin, with a German message', async () => {
    const error = await payload
      .update({ collection: 'users', id: admin.user.id, data: { role: 'editor' } })
      .catch((e: { data?: { errors?: { message: string }[] } }) => e)
    expect(JSON.stringify(error)).toContain(
      'Mindestens ein Konto muss die Rolle Administrator:in behalten.',
    )
    const stored = await payload.findByID({ collection: 'users', id: admin.user.id })
    expect(stored.role).toBe('admin')
  })
})

describe('login lockout', () => {
  it('locks an account after five wrong passwords, even for the right one afterwards', async () => {
    const victim = await createStaff(payload, 'editor')
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await api.request('POST', '/users/login', {
        body: { email: victim.email, password: 'falsch' },
      })
      expect(response.status).toBe(401)
    }
    const locked = await api.request('POST', '/users/login', {
      body: { email: victim.email, password: victim.password },
    })
    expect(locked.status).toBe(401)
    expect(JSON.stringify(locked.json)).toMatch(/gesperrt/i)
  })
})
