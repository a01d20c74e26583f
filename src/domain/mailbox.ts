/**
 * The mailbox an address delivers to, for counting mails per recipient: case does not matter, and
 * a `+tag` in the local part (`name+1@example.org`) reaches the same person as `name@example.org`.
 * Only for counting and limits; mails still go to the address as written.
 */
export const normalisedMailbox = (address: string): string => {
  const trimmed = address.trim().toLowerCase()
  const at = trimmed.lastIndexOf('@')
  if (at < 1) return trimmed
  const local = trimmed.slice(0, at)
  const plus = local.indexOf('+')
  return `${plus > 0 ? local.slice(0, plus) : local}${trimmed.slice(at)}`
}
