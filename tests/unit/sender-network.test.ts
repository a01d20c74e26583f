import { describe, expect, it } from 'vitest'

import { senderNetwork } from '@/domain/http/senderNetwork'
import { rateLimitBuckets } from '@/domain/rateLimit'

describe('the sender a limit counts', () => {
  it('is an IPv4 address as it is', () => {
    expect(senderNetwork('192.0.2.7')).toBe('192.0.2.7')
  })

  it('is the /64 network of an IPv6 address, however it is written', () => {
    expect(senderNetwork('2001:db8:1:2::1')).toBe('2001:0db8:0001:0002::/64')
    expect(senderNetwork('2001:DB8:1:2:ffff:ffff:ffff:fffe')).toBe('2001:0db8:0001:0002::/64')
    expect(senderNetwork('::1')).toBe('0000:0000:0000:0000::/64')
  })

  it('is the IPv4 address inside an IPv4-mapped IPv6 address', () => {
    expect(senderNetwork('::ffff:192.0.2.7')).toBe('192.0.2.7')
  })

  it('leaves anything else alone', () => {
    expect(senderNetwork('kein-ip')).toBe('kein-ip')
  })

  // The attack: one IPv6 connection owns 2^64 addresses; each a new sender would mean no limit.
  it('puts every address of one /64 into the same bucket', () => {
    const bucketOf = (ip: string) =>
      rateLimitBuckets({
        identities: { ip },
        rules: [{ scope: 'ip', limit: 20, windowSeconds: 600 }],
        secret: 'secret-0000000000000000000000000000',
        now: new Date('2026-12-01T10:00:00Z'),
      })[0]?.key
    expect(bucketOf('2001:db8:1:2::1')).toBe(bucketOf('2001:db8:1:2:dead:beef:0:9'))
    expect(bucketOf('2001:db8:1:3::1')).not.toBe(bucketOf('2001:db8:1:2::1'))
  })
})
