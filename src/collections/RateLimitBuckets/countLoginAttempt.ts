import { APIError, type PayloadRequest } from 'payload'

import { countAgainstLimits } from '@/db/counters'
import { clientAddress, loginRateLimitRules, rateLimitBuckets } from '@/domain/rateLimit'
import { loginMessages } from '@/messages/login'

export class LoginThrottled extends APIError<{ reason: 'loginThrottled' }> {
  constructor() {
    super(loginMessages.throttled, 429, { reason: 'loginThrottled' }, true)
    this.name = 'LoginThrottled'
  }
}

/**
 * Counts a sign-in (or password-reset) attempt against its sender, whether it succeeds or not, so
 * that locking accounts by wrong passwords (Payload locks after five) costs an attacker many
 * addresses. Counted outside any transaction: a failed login rolls back, its attempt must still
 * count.
 */
export const countLoginAttempt = async (req: PayloadRequest) => {
  const buckets = rateLimitBuckets({
    identities: { loginIp: clientAddress(req.headers) },
    rules: loginRateLimitRules(),
    secret: req.payload.secret,
  })
  if (await countAgainstLimits(req.payload, buckets)) return
  req.payload.logger.info({ msg: 'Anmeldeversuche von einem Absender gedrosselt' })
  throw new LoginThrottled()
}
