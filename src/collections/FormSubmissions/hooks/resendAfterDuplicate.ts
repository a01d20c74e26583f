import type { Payload } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import { countAgainstLimits } from '@/db/counters'
import { duplicateMailRule, rateLimitBuckets } from '@/domain/rateLimit'
import { queueMail } from '@/email/outbox'
import { isAlreadyRegistered } from '../errors'

/** At most one "already registered" mail per registration (address and event) and day. */
const firstResendToday = (payload: Payload, registrationId: number) =>
  countAgainstLimits(
    payload,
    rateLimitBuckets({
      identities: { duplicateMail: String(registrationId) },
      rules: [duplicateMailRule],
      secret: payload.secret,
    }),
  )

/**
 * A second public registration with the same address stores nothing; instead the existing
 * registration's details go to that address again – once a day at most, and within the
 * per-recipient cap. Runs after the refused transaction has been rolled back. Staff who enter a
 * duplicate are told so directly and nobody is mailed.
 */
export const resendAfterDuplicate = async (payload: Payload, error: unknown) => {
  if (!isAlreadyRegistered(error) || !error.fromPublic) return false
  if (!(await firstResendToday(payload, error.existingId))) return true
  const existing = await payload
    .findByID({
      collection: collectionSlugs.formSubmissions,
      id: error.existingId,
      depth: 0,
      overrideAccess: true,
    })
    .catch(() => null)
  if (!existing?.email) return true
  await queueMail(payload, {
    template: 'duplicate',
    to: existing.email,
    cause: 'public',
    submissionId: existing.id,
  })
  return true
}
