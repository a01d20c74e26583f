import type { PayloadRequest } from 'payload'

import { clientAddress, defaultRateLimitRules, rateLimitBuckets } from '@/domain/rateLimit'
import { sql, transactionOf } from '@/db/sql'
import { RateLimited } from '../FormSubmissions/errors'

/**
 * Counts this submission against its sender's windows, inside the submission's transaction:
 * only submissions that are stored count, and keys are taken in one order so two requests can
 * never wait on each other crosswise. Throws `RateLimited` (HTTP 429) when a window is full.
 */
export const enforceRateLimit = async (
  req: PayloadRequest,
  identities: { email: string | null },
) => {
  const ip =
    typeof req.context.clientIp === 'string' ? req.context.clientIp : clientAddress(req.headers)
  const buckets = rateLimitBuckets({
    identities: { ip, email: identities.email },
    rules: defaultRateLimitRules(),
    secret: req.payload.secret,
  }).sort((a, b) => a.key.localeCompare(b.key))
  const db = await transactionOf(req)
  for (const bucket of buckets) {
    const { rows } = await db.execute(sql`
      INSERT INTO rate_limit_buckets (key, count, expires_at, updated_at, created_at)
      VALUES (${bucket.key}, 1, ${bucket.expiresAt.toISOString()}, now(), now())
      ON CONFLICT (key) DO UPDATE SET count = rate_limit_buckets.count + 1, updated_at = now()
      RETURNING count`)
    if (Number((rows[0] as { count: unknown }).count) > bucket.limit) throw new RateLimited()
  }
}
