import { addressFamily, normaliseAddress, type TrustedProxies } from '@/config/trustedProxies'

/**
 * Who sent a request. `X-Forwarded-For` is whatever the client wrote, extended by every proxy on
 * the way; only the hops the operator declared as their own may be believed. Without such a
 * declaration the sender is the address of the connection itself.
 */

/** The header in which the app's own server hands the sender to the app; never taken from outside. */
export const clientAddressHeader = 'x-opr-client-address'

const isTrustedHop = (trusted: TrustedProxies, hop: string, index: number) => {
  if (trusted.kind === 'hops') return index < trusted.count
  if (trusted.kind === 'none') return false
  const type = addressFamily(hop)
  return type !== undefined && trusted.list.check(hop, type)
}

/**
 * The sender: the socket's address, unless that is a trusted proxy; then, walking the
 * `X-Forwarded-For` chain from the right, the first address that is not one of ours. Entries left
 * of it are the client's own claims and never count.
 */
export const clientAddressOf = (args: {
  socketAddress: string | undefined
  forwardedFor: string | string[] | undefined
  trusted: TrustedProxies
}): string | null => {
  const socket = args.socketAddress ? normaliseAddress(args.socketAddress) : ''
  if (!addressFamily(socket)) return null
  const forwarded =
    args.trusted.kind === 'none'
      ? []
      : [args.forwardedFor ?? []]
          .flat()
          .flatMap((header) => header.split(','))
          .map(normaliseAddress)
          .filter(Boolean)
  // nearest hop first: the socket, then the entries each proxy appended, right to left
  const hops = [socket, ...forwarded.reverse()]
  let sender = socket
  for (const [index, hop] of hops.entries()) {
    // Only trusted proxies wrote what we read here: an entry that is no address ends the chain.
    if (!addressFamily(hop)) return sender
    sender = hop
    if (!isTrustedHop(args.trusted, hop, index)) return hop
  }
  return sender
}
