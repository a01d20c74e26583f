import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { clientAddressHeader } from '@/domain/http/clientAddress'

import { createApiClient } from '../helpers/api'
import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'

let payload: Payload
let api: Awaited<ReturnType<typeof createApiClient>>
let known: { email: string; password: string }
let senderCounter = 0

const login = (email: string, password: string, sender = `198.51.100.${++senderCounter}`) =>
  api.request('POST', '/users/login', {
    body: { email, password },
    headers: { [clientAddressHeader]: sender, 'accept-language': 'de' },
  })

beforeAll(async () => {
  process.env.LOGIN_RATE_LIMIT_PER_IP = '5'
  payload = await testPayload()
  api = await createApiClient()
  known = await createStaff(payload, 'editor')
})

afterEach(() => vi.restoreAllMocks())

/** The PBKDF2 rounds of every password hashing during `attempt` (observed, not replaced). */
const hashRoundsDuring = async (attempt: () => Promise<unknown>) => {
  const pbkdf2 = vi.spyOn(crypto, 'pbkdf2')
  await attempt()
  const rounds = pbkdf2.mock.calls.map((call) => call[2])
  pbkdf2.mockRestore()
  return rounds
}

describe('signing in with an address that has no account', () => {
  it('does the same password hashing as a wrong password for an existing account', async () => {
    const forKnown = await hashRoundsDuring(() => login(known.email, 'falsches-Passwort-1'))
    const forUnknown = await hashRoundsDuring(() =>
      login('niemand@test.example', 'falsches-Passwort-1'),
    )
    expect(forKnown.length).toBeGreaterThan(0)
    expect(forUnknown).toEqual(forKnown)
  })

  it('gets the same answer as a wrong password', async () => {
    const wrong = await login(known.email, 'falsches-Passwort-2')
    const unknown = await login('niemand@test.example', 'falsches-Passwort-2')
    expect(unknown.status).toBe(wrong.status)
    expect(unknown.json).toEqual(wrong.json)
  })
})

describe('a sender guessing passwords', () => {
  it('is throttled after a few attempts (429, in German), whatever the accounts', async () => {
    const sender = '203.0.113.20'
    const statuses = []
    for (let i = 0; i < 5; i++)
      statuses.push((await login(`opfer${i}@test.example`, 'geraten', sender)).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401])
    const throttled = await login(known.email, known.password, sender)
    expect(throttled.status).toBe(429)
    expect(JSON.stringify(throttled.json)).toContain('zu viele Anmeldeversuche')
    // the person with the right password from elsewhere still gets in
    expect((await login(known.email, known.password)).status).toBe(200)
  })
})

describe('a stranger asking for password-reset mails', () => {
  // Nothing a stranger sends may make us mail someone over and over.
  it('is throttled per sender like sign-in attempts', async () => {
    const sender = '203.0.113.21'
    const ask = () =>
      api.request('POST', '/users/forgot-password', {
        body: { email: known.email },
        headers: { [clientAddressHeader]: sender, 'accept-language': 'de' },
      })
    const statuses = []
    for (let i = 0; i < 6; i++) statuses.push((await ask()).status)
    expect(statuses.slice(0, 5).every((status) => status === 200)).toBe(true)
    expect(statuses[5]).toBe(429)
  })
})
