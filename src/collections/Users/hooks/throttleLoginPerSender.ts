import type { CollectionBeforeOperationHook } from 'payload'

import { countLoginAttempt } from '@/collections/RateLimitBuckets/countLoginAttempt'

/** Sign-in attempts per sender (HTTP 429 beyond the limit), besides Payload's lock per account. */
export const throttleLoginPerSender: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation === 'login') await countLoginAttempt(req)
  return args
}
