import { createHmac } from 'node:crypto'

import { clientAddressHeader } from './http/clientAddress'
import { senderNetwork } from './http/senderNetwork'

/**
 * Fixed-window limits per sender. Counters live in PostgreSQL (see `src/db/counters.ts`)
 * so every app instance counts together; keys are keyed hashes, never raw IPs or addresses.
 */
export type RateLimitScope = 'ip' | 'email' | 'recipient' | 'duplicateMail' | 'loginIp'

export type RateLimitRule = { scope: RateLimitScope; limit: number; windowSeconds: number }

export type RateLimitBucket = { key: string; limit: number; expiresAt: Date }

export const defaultRateLimitRules = (env: NodeJS.ProcessEnv = process.env): RateLimitRule[] => [
  // An office behind one address may register several colleagues; a flood stops quickly.
  { scope: 'ip', limit: Number(env.FORM_RATE_LIMIT_PER_IP ?? 20), windowSeconds: 10 * 60 },
  { scope: 'email', limit: Number(env.FORM_RATE_LIMIT_PER_EMAIL ?? 5), windowSeconds: 60 * 60 },
]

/** Mails that requests from the public cause, per mailbox: whichever path queues them. */
export const recipientMailRule = (env: NodeJS.ProcessEnv = process.env): RateLimitRule => ({
  scope: 'recipient',
  limit: Number(env.MAIL_LIMIT_PER_RECIPIENT ?? 5),
  windowSeconds: 60 * 60,
})

/** "You are already registered" at most once per registration and day, however often it is sent. */
export const duplicateMailRule: RateLimitRule = {
  scope: 'duplicateMail',
  limit: 1,
  windowSeconds: 24 * 60 * 60,
}

/** Sign-in attempts per sender: an office signs in a few times a day, a password guesser cannot. */
export const loginRateLimitRules = (env: NodeJS.ProcessEnv = process.env): RateLimitRule[] => [
  { scope: 'loginIp', limit: Number(env.LOGIN_RATE_LIMIT_PER_IP ?? 20), windowSeconds: 15 * 60 },
]

export const rateLimitBuckets = (args: {
  identities: Partial<Record<RateLimitScope, string | null>>
  rules: RateLimitRule[]
  secret: string
  now?: Date
}): RateLimitBucket[] => {
  const nowSeconds = Math.floor((args.now ?? new Date()).getTime() / 1000)
  return args.rules.flatMap((rule) => {
    const given = args.identities[rule.scope]?.trim().toLowerCase()
    if (!given) return []
    const identity = rule.scope === 'ip' || rule.scope === 'loginIp' ? senderNetwork(given) : given
    const windowStart = nowSeconds - (nowSeconds % rule.windowSeconds)
    const hash = createHmac('sha256', args.secret)
      .update(`${rule.scope}:${identity}`)
      .digest('base64url')
      .slice(0, 32)
    return [
      {
        key: `${rule.scope}:${rule.windowSeconds}:${windowStart}:${hash}`,
        limit: rule.limit,
        expiresAt: new Date((windowStart + rule.windowSeconds) * 1000),
      },
    ]
  })
}

/**
 * The sender as the app's own server decided it (scripts/lib/appServer.ts), never what a client
 * claims in `X-Forwarded-For`. Missing only when the app is not started through that server.
 */
export const clientAddress = (headers: { get(name: string): string | null }): string | null =>
  headers.get(clientAddressHeader)?.trim() || null
