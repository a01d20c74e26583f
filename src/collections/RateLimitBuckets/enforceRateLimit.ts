import type { PayloadRequest } from 'payload'

import { countAgainstLimits } from '@/db/counters'
import { normalisedMailbox } from '@/domain/mailbox'
import { clientAddress, defaultRateLimitRules, rateLimitBuckets } from '@/domain/rateLimit'
import { RateLimited } from '../FormSubmissions/errors'

/**
 * Counts this submission against its sender's windows (IP and mailbox). Counted outside the
 * submission's transaction, so a submission refused later (a duplicate, a closed event) still
 * counts. Throws `RateLimited` (HTTP 429) when a window is full.
 */
export const enforceRateLimit = async (
  req: PayloadRequest,
  identities: { email: string | null },
) => {
  const ip = req.context.clientIp ?? clientAddress(req.headers)
  const buckets = rateLimitBuckets({
    identities: { ip, email: identities.email ? normalisedMailbox(identities.email) : null },
    rules: defaultRateLimitRules(),
    secret: req.payload.secret,
  })
  if (!(await countAgainstLimits(req.payload, buckets))) throw new RateLimited()
}
