import { describe, expect, it } from 'vitest'

import { personalDataKeptUntil, retentionCutoffs } from '@/domain/retention'
import { clientAddress, rateLimitBuckets } from '@/domain/rateLimit'

const now = new Date('2026-06-01T03:30:00Z')

describe('retention cut-offs', () => {
  it('count days back from now, with the defaults where settings are missing', () => {
    const cutoffs = retentionCutoffs({ registrationDaysAfterEvent: 30 }, now)
    expect(cutoffs.registrationsOfEventsEndedBefore.toISOString()).toBe('2026-05-02T03:30:00.000Z')
    expect(cutoffs.supportNeedsOfEventsEndedBefore.toISOString()).toBe(now.toISOString())
    expect(cutoffs.contactMessagesCreatedBefore.toISOString()).toBe('2025-12-03T03:30:00.000Z')
  })
  it('ignore nonsense values', () => {
    const cutoffs = retentionCutoffs({ registrationDaysAfterEvent: -5 }, now)
    expect(cutoffs.registrationsOfEventsEndedBefore.toISOString()).toBe('2026-03-03T03:30:00.000Z')
  })
})

describe('the deletion date a person is told (Art. 15)', () => {
  const createdAt = '2026-01-10T09:00:00.000Z'
  const keptUntil = (kind: string, eventEnd?: string) =>
    personalDataKeptUntil({ kind, createdAt, eventEnd }, { partnershipDays: 30 }).toISOString()

  it('counts a registration from its event’s end, or from its arrival when the event is gone', () => {
    expect(keptUntil('registration', '2026-02-01T18:00:00.000Z')).toBe('2026-05-02T18:00:00.000Z')
    expect(keptUntil('registration')).toBe('2026-04-10T09:00:00.000Z')
  })
  it('counts messages, barrier reports and declarations from their arrival', () => {
    expect(keptUntil('contact')).toBe('2026-07-09T09:00:00.000Z')
    expect(keptUntil('barrier')).toBe('2026-07-09T09:00:00.000Z')
    expect(keptUntil('partnership')).toBe('2026-02-09T09:00:00.000Z')
  })
})

describe('rate limit buckets', () => {
  const rules = [
    { scope: 'ip' as const, limit: 3, windowSeconds: 600 },
    { scope: 'email' as const, limit: 2, windowSeconds: 3600 },
  ]
  it('are per window and never hold the raw address', () => {
    const buckets = rateLimitBuckets({
      identities: { ip: '203.0.113.9', email: 'A@b.de' },
      rules,
      secret: 's',
      now,
    })
    expect(buckets).toHaveLength(2)
    expect(buckets.map((b) => b.key).join()).not.toMatch(/203\.0|a@b/i)
    const same = rateLimitBuckets({
      identities: { ip: '203.0.113.9', email: 'a@B.de ' },
      rules,
      secret: 's',
      now: new Date(now.getTime() + 60_000),
    })
    expect(same.map((b) => b.key)).toEqual(buckets.map((b) => b.key))
  })
  it('take the sender our own server decided, never a forwarded-for claim', () => {
    const claimed = new Headers({
      'x-forwarded-for': '1.2.3.4, 198.51.100.7',
      'x-real-ip': '1.2.3.4',
    })
    expect(clientAddress(claimed)).toBeNull()
    const stamped = new Headers({
      ...Object.fromEntries(claimed),
      'x-opr-client-address': '192.0.2.8',
    })
    expect(clientAddress(stamped)).toBe('192.0.2.8')
  })
})
