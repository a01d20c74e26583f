import { APIError, type PayloadRequest } from 'payload'

import { connectionOf, sql } from '@/db/sql'
import { clientAddress, loginRateLimitRules, rateLimitBuckets } from '@/domain/rateLimit'
import { loginMessages } from '@/messages/login'

export class LoginThrottled extends APIError<{ reason: 'loginThrottled' }> {
  constructor() {
    super(loginMessages.throttled, 429, { reason: 'loginThrottled' }, true)
    this.name = 'LoginThrottled'
  }
}

/**
 * Counts a sign-in attempt against its sender, whether it succeeds or not, so that locking
 * accounts by wrong passwords (Payload locks after five) costs an attacker many addresses.
 * Counted outside any transaction: a failed login rolls back, its attempt must still count.
 */
export const countLoginAttempt = async (req: PayloadRequest) => {
  const buckets = rateLimitBuckets({
    identities: { loginIp: clientAddress(req.headers) },
    rules: loginRateLimitRules(),
    secret: req.payload.secret,
  })
  const db = connectionOf(req.payload)
  for (const bucket of buckets) {
    const { rows } = await db.execute(sql`
      INSERT INTO rate_limit_buckets (key, count, expires_at, updated_at, created_at)
      VALUES (${bucket.key}, 1, ${bucket.expiresAt.toISOString()}, now(), now())
      ON CONFLICT (key) DO UPDATE SET count = rate_limit_buckets.count + 1, updated_at = now()
      RETURNING count`)
    if (Number((rows[0] as { count: unknown }).count) > bucket.limit) {
      req.payload.logger.warn({ msg: 'Anmeldeversuche von einem Absender gedrosselt' })
      throw new LoginThrottled()
    }
  }
}
