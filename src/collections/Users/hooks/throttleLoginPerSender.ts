import type { CollectionBeforeOperationHook } from 'payload'

import { countLoginAttempt } from '@/collections/RateLimitBuckets/countLoginAttempt'
import { countAgainstLimits } from '@/db/counters'
import { normalisedMailbox } from '@/domain/mailbox'
import { rateLimitBuckets, recipientMailRule } from '@/domain/rateLimit'

/**
 * Sign-in attempts per sender (HTTP 429 beyond the limit), besides Payload's lock per account.
 * "Passwort vergessen" counts the same way, and its mail passes the same per-recipient cap as
 * every mail a public request causes: beyond it the answer stays the same, but no mail goes out,
 * so nobody can make us mail a staff member over and over.
 */
export const throttleLoginPerSender: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  await countLoginAttempt(req)
  if (operation === 'forgotPassword') {
    const email = (args as { data?: { email?: unknown } }).data?.email
    const buckets = rateLimitBuckets({
      identities: { recipient: typeof email === 'string' ? normalisedMailbox(email) : null },
      rules: [recipientMailRule()],
      secret: req.payload.secret,
    })
    if (!(await countAgainstLimits(req.payload, buckets))) return { ...args, disableEmail: true }
  }
  return args
}
