import { isIPv4, isIPv6 } from 'node:net'

/** The eight 16-bit groups of an IPv6 address, `::` expanded; undefined for anything else. */
const ipv6Groups = (address: string): string[] | undefined => {
  if (!isIPv6(address)) return undefined
  const [head, tail] = address.split('::') as [string, string | undefined]
  const groupsOf = (part: string | undefined) => (part ? part.split(':') : [])
  let groups = [...groupsOf(head)]
  const rest = groupsOf(tail)
  // an embedded IPv4 tail (::ffff:192.0.2.1) stands for two groups
  const last = rest.at(-1) ?? groups.at(-1)
  const embeddedV4 = last !== undefined && isIPv4(last)
  const width = embeddedV4 ? 7 : 8
  if (tail !== undefined)
    groups = [...groups, ...Array(width - groups.length - rest.length).fill('0'), ...rest]
  return groups.map((group) => (isIPv4(group) ? group : group.toLowerCase().padStart(4, '0')))
}

/**
 * What the per-sender limits count: an IPv4 address as it is, an IPv6 address by its /64 network
 * (one connection gets a whole /64, so counting single addresses would give a bot endless
 * senders), and an IPv4 address written as IPv6 (::ffff:192.0.2.1) as the IPv4 address.
 */
export const senderNetwork = (address: string): string => {
  const groups = ipv6Groups(address)
  if (!groups) return address
  const last = groups.at(-1)!
  if (isIPv4(last) && groups.slice(0, 5).every((g) => g === '0000') && groups[5] === 'ffff')
    return last
  return `${groups.slice(0, 4).join(':')}::/64`
}
