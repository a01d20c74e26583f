import { BlockList, isIP } from 'node:net'

/** Which proxies in front of the app may tell us the sender (`TRUSTED_PROXIES`). */
export type TrustedProxies =
  | { kind: 'none' }
  /** this many proxies of our own stand in front of the app, each appending one entry */
  | { kind: 'hops'; count: number }
  /** proxies known by their addresses or networks (CIDR) */
  | { kind: 'networks'; list: BlockList }

/** `::ffff:192.0.2.1` (IPv4 over an IPv6 socket) is the IPv4 address 192.0.2.1. */
export const normaliseAddress = (address: string): string => {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, '$1')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)
  return (mapped ? mapped[1]! : trimmed).toLowerCase()
}

export const addressFamily = (address: string) => {
  const version = isIP(address)
  return version === 4 ? 'ipv4' : version === 6 ? 'ipv6' : undefined
}

const maxHops = 10

/**
 * Empty: no proxy (the connection's address is the sender). A number: that many proxies.
 * Otherwise addresses or networks separated by commas. Returns the entry it cannot read.
 */
export const parseTrustedProxies = (
  raw: string | undefined,
): { ok: true; value: TrustedProxies } | { ok: false; entry: string } => {
  const text = raw?.trim() ?? ''
  if (!text || text === '0') return { ok: true, value: { kind: 'none' } }
  if (/^\d+$/.test(text)) {
    const count = Number(text)
    return count <= maxHops
      ? { ok: true, value: { kind: 'hops', count } }
      : { ok: false, entry: text }
  }
  const list = new BlockList()
  for (const entry of text.split(',').map((part) => part.trim())) {
    const [address = '', prefix, ...rest] = entry.split('/')
    const normalised = normaliseAddress(address)
    const type = addressFamily(normalised)
    if (!type || rest.length) return { ok: false, entry }
    if (prefix === undefined) {
      list.addAddress(normalised, type)
      continue
    }
    const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN
    if (!(bits >= 0 && bits <= (type === 'ipv4' ? 32 : 128))) return { ok: false, entry }
    list.addSubnet(normalised, bits, type)
  }
  return { ok: true, value: { kind: 'networks', list } }
}
