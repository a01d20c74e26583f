import { createToken, verifyToken } from '../tokens'

/**
 * Spam without CAPTCHA: a field people never see must stay empty, and a form filled in faster
 * than a person can type was not filled in by a person. The timing token is signed, so a bot
 * cannot simply claim to have waited.
 */
export type SpamSignal = 'honeypot' | 'tooFast' | 'tokenInvalid' | 'tokenExpired'

/**
 * How long a rendered form stays valid; afterwards the refusal hands the person a fresh token and
 * keeps their answers. Short, because the token is the same for every visitor of a form (pages
 * may be cached): a harvested one is worth a few hours, not a day.
 */
export const formTokenLifetimeMs = 3 * 60 * 60 * 1000

export const issueFormToken = (formId: number | string, secret: string, now = new Date()) =>
  createToken(
    {
      purpose: 'form',
      subject: String(formId),
      issuedAt: now,
      expiresAt: new Date(now.getTime() + formTokenLifetimeMs),
    },
    secret,
  )

export const checkSpamSignals = (args: {
  formId: number | string
  honeypot: unknown
  formToken: unknown
  secret: string
  minFillSeconds: number
  now?: Date
}): SpamSignal | null => {
  const now = args.now ?? new Date()
  if (typeof args.honeypot === 'string' ? args.honeypot.trim() !== '' : args.honeypot != null)
    return 'honeypot'
  const verified = verifyToken(args.formToken, 'form', args.secret, now)
  if (!verified.ok) return verified.problem === 'expired' ? 'tokenExpired' : 'tokenInvalid'
  if (verified.token.subject !== String(args.formId)) return 'tokenInvalid'
  const elapsedMs = now.getTime() - verified.token.issuedAt.getTime()
  if (elapsedMs < args.minFillSeconds * 1000) return 'tooFast'
  return null
}
