import { describe, expect, it } from 'vitest'

import { createToken, verifyToken } from '@/domain/tokens'

const secret = 'test-secret-with-enough-length-000000'
const expiresAt = new Date('2026-03-10T18:30:00Z')
const now = new Date('2026-03-01T12:00:00Z')
const token = createToken({ purpose: 'cancel', subject: '42', expiresAt, issuedAt: now }, secret)

describe('signed tokens', () => {
  it('name their subject until they expire', () => {
    const result = verifyToken(token, 'cancel', secret, now)
    expect(result).toMatchObject({ ok: true, token: { subject: '42' } })
    expect(verifyToken(token, 'cancel', secret, expiresAt)).toEqual({
      ok: false,
      problem: 'expired',
    })
  })

  it('serve only their purpose', () => {
    expect(verifyToken(token, 'form', secret, now)).toEqual({ ok: false, problem: 'purpose' })
  })

  it('refuse any change to the claims or the signature', () => {
    const [body, signature] = token.split('.')
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString())
    const forged = Buffer.from(JSON.stringify({ ...claims, s: '43' })).toString('base64url')
    expect(verifyToken(`${forged}.${signature}`, 'cancel', secret, now)).toEqual({
      ok: false,
      problem: 'signature',
    })
    const flipped = signature!.slice(0, -1) + (signature!.endsWith('A') ? 'B' : 'A')
    expect(verifyToken(`${body}.${flipped}`, 'cancel', secret, now).ok).toBe(false)
    expect(verifyToken(token, 'cancel', 'another-secret-000000000000000000', now)).toEqual({
      ok: false,
      problem: 'signature',
    })
  })

  it('refuse garbage without throwing', () => {
    for (const value of ['', 'abc', 'a.b.c', '.', null, 42, { token }, 'x'.repeat(5000)])
      expect(verifyToken(value, 'cancel', secret, now).ok).toBe(false)
  })
})
