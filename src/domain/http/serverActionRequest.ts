/**
 * Requests to a Next.js server action that Next.js itself answers with HTTP 500 (checked against
 * Next.js 16.4.6, next/dist/server/app-render/action-handler.js), recognised from their headers
 * so that the proxy can refuse them with a 4xx first.
 */
import type { PayloadProblem } from './actionPayload'

/** Next.js' server reference ids: 42 hexadecimal characters */
const actionIdPattern = /^[0-9a-f]{42}$/

/**
 * Next.js compares the Origin's host with X-Forwarded-Host, else Host, and aborts a mismatch (also
 * `Origin: null`) with a 500. Without an Origin it lets the request through (no browser session
 * can be borrowed that way), so this does too.
 */
export const isCrossSiteOrigin = (origin: string | null, host: string | null) => {
  if (origin === null) return false
  if (!host) return true
  try {
    return new URL(origin).host !== host
  } catch {
    return true
  }
}

/** The host Next.js compares with: the first X-Forwarded-Host, else Host. */
export const comparedHost = (forwardedHost: string | null, host: string | null) =>
  forwardedHost?.split(',')[0]?.trim() || host

/**
 * A call of an action with JavaScript (`Next-Action: <id>`). Every action of this site receives the
 * form's fields, so React always sends them as multipart/form-data; a text or JSON body is never
 * ours and would end in a 500 when Next.js decodes it.
 */
export const fetchActionProblem = (
  actionId: string,
  contentType: string | null,
): PayloadProblem | null =>
  actionIdPattern.test(actionId) && contentType?.startsWith('multipart/form-data')
    ? null
    : 'malformed'

/** React puts the argument list of such a call into the part named `0`, as a JSON array. */
export const fetchActionArgumentsProblem = (
  fields: Iterable<[string, FormDataEntryValue]>,
): PayloadProblem | null => {
  for (const [name, value] of fields) {
    if (name !== '0') continue
    if (typeof value !== 'string') return 'malformed'
    try {
      return Array.isArray(JSON.parse(value)) ? null : 'malformed'
    } catch {
      return 'malformed'
    }
  }
  return 'malformed'
}
