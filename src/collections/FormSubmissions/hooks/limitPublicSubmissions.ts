import type { CollectionBeforeValidateHook } from 'payload'

import { enforceRateLimit } from '@/collections/RateLimitBuckets/enforceRateLimit'
import type { FormSubmission } from '@/payload-types'
import { isPublicSubmission } from '../helpers'

/**
 * Counts a public submission against the limits per sender and per address, once its answers
 * passed (a refused answer costs nothing) and before any seat is decided. Staff are exempt.
 */
export const limitPublicSubmissions: CollectionBeforeValidateHook<FormSubmission> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data || !isPublicSubmission(req)) return data
  await enforceRateLimit(req, { email: data.email ?? null })
  return data
}
