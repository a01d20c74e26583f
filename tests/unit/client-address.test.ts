import { describe, expect, it } from 'vitest'

import { readEnvironment } from '@/config/env'
import { parseTrustedProxies, type TrustedProxies } from '@/config/trustedProxies'
import { clientAddressOf } from '@/domain/http/clientAddress'

const trusted = (raw: string): TrustedProxies => {
  const parsed = parseTrustedProxies(raw)
  if (!parsed.ok) throw new Error(`unreadable: ${parsed.entry}`)
  return parsed.value
}

const sender = (raw: string, socketAddress: string, forwardedFor?: string) =>
  clientAddressOf({ socketAddress, forwardedFor, trusted: trusted(raw) })

describe('the sender of a request', () => {
  it('is the socket address when no proxy is declared, whatever X-Forwarded-For claims', () => {
    expect(sender('', '203.0.113.5', '198.51.100.1')).toBe('203.0.113.5')
    expect(sender('', '::ffff:203.0.113.5', '1.1.1.1, 2.2.2.2')).toBe('203.0.113.5')
    expect(sender('', '2001:db8::1')).toBe('2001:db8::1')
  })

  it('behind declared proxies is the first address from the right that is not one of them', () => {
    const proxies = '127.0.0.1,10.0.0.0/8'
    // nginx on the same host appended the real client; the left entry is the client's claim
    expect(sender(proxies, '127.0.0.1', '6.6.6.6, 203.0.113.5')).toBe('203.0.113.5')
    // a load balancer in 10/8 in front of nginx
    expect(sender(proxies, '127.0.0.1', '6.6.6.6, 203.0.113.5, 10.1.2.3')).toBe('203.0.113.5')
    // a client reaching the app directly cannot choose its address by a header
    expect(sender(proxies, '203.0.113.9', '127.0.0.1, 6.6.6.6')).toBe('203.0.113.9')
    // all hops trusted: the leftmost one we can believe
    expect(sender(proxies, '127.0.0.1', '10.0.0.7')).toBe('10.0.0.7')
    // garbage written by a trusted hop ends the chain
    expect(sender(proxies, '127.0.0.1', 'unknown')).toBe('127.0.0.1')
  })

  it('knows IPv6 networks and IPv4 over IPv6 sockets', () => {
    expect(sender('fd00::/8', 'fd00::5', '2001:db8::7')).toBe('2001:db8::7')
    expect(sender('127.0.0.1', '::ffff:127.0.0.1', '203.0.113.5')).toBe('203.0.113.5')
  })

  it('with a hop count believes exactly that many proxies', () => {
    expect(sender('1', '127.0.0.1', '6.6.6.6, 203.0.113.5')).toBe('203.0.113.5')
    expect(sender('2', '10.0.0.2', '6.6.6.6, 203.0.113.5, 10.0.0.1')).toBe('203.0.113.5')
    expect(sender('2', '10.0.0.2', '203.0.113.5')).toBe('203.0.113.5')
    expect(sender('1', '203.0.113.5')).toBe('203.0.113.5')
  })
})

describe('TRUSTED_PROXIES', () => {
  const env = { NODE_ENV: 'development', DATABASE_URL: 'postgres://u:p@localhost:5432/opr' }
  it.each(['10.0.0.0/33', 'nginx', '300.1.1.1', '11', '10.0.0.0/8/1', 'fd00::/129', '1.2.3.4,'])(
    'refuses „%s“ with a German sentence naming the variable',
    (value) => {
      expect(() => readEnvironment({ ...env, TRUSTED_PROXIES: value })).toThrow(
        /^TRUSTED_PROXIES enthält .*erwartet werden IP-Adressen/,
      )
    },
  )
  it('accepts addresses, networks of both families and a hop count', () => {
    expect(readEnvironment(env).trustedProxies.kind).toBe('none')
    expect(
      readEnvironment({ ...env, TRUSTED_PROXIES: ' 127.0.0.1, 10.0.0.0/8 ,::1,fd00::/8 ' })
        .trustedProxies.kind,
    ).toBe('networks')
    expect(readEnvironment({ ...env, TRUSTED_PROXIES: '2' }).trustedProxies).toEqual({
      kind: 'hops',
      count: 2,
    })
  })
})
