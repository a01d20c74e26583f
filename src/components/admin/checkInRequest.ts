import { collectionSlugs } from '@/config/slugs'
import { doorListMessages } from '@/messages/doorList'

export type CheckInAnswer =
  | { confirmed: true; checkedIn: boolean; checkedInAt: string | null }
  | { confirmed: false; message: string }

/** A tap at the door that hangs longer than this is reported as not saved, never as done. */
const timeoutMs = 15_000

type PayloadErrorBody = {
  errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
}

const refusalOf = (status: number, body: PayloadErrorBody | undefined): string => {
  if (status === 401 || status === 403) return doorListMessages.refused.signedOut
  const error = body?.errors?.[0]
  // A rule of the server (e.g. only confirmed registrations): its own German message.
  const ruleMessage = status < 500 ? (error?.data?.errors?.[0]?.message ?? error?.message) : null
  return ruleMessage || doorListMessages.refused.server
}

/**
 * Asks the server to set one registration's check-in to `checkedIn`. Sends the wanted state, not
 * a toggle, so that repeating a tap whose answer was lost does no harm. Only the server's answer
 * says what is stored.
 */
export const requestCheckIn = async (id: number, checkedIn: boolean): Promise<CheckInAnswer> => {
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), timeoutMs)
  try {
    const response = await fetch(`/api/${collectionSlugs.formSubmissions}/${id}?depth=0`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ checkedIn }),
      signal: abort.signal,
    })
    const body = await response.json().catch(() => undefined)
    const doc = (body as { doc?: { checkedIn?: boolean; checkedInAt?: string | null } })?.doc
    if (!response.ok || !doc) return { confirmed: false, message: refusalOf(response.status, body) }
    return {
      confirmed: true,
      checkedIn: Boolean(doc.checkedIn),
      checkedInAt: doc.checkedIn ? (doc.checkedInAt ?? null) : null,
    }
  } catch {
    return {
      confirmed: false,
      message: abort.signal.aborted
        ? doorListMessages.refused.timeout
        : doorListMessages.refused.offline,
    }
  } finally {
    clearTimeout(timer)
  }
}
