import type { Payload } from 'payload'

import { queueMail } from '@/email/outbox'
import { AlreadyRegistered } from '../errors'

/**
 * A second registration with the same address stores nothing; instead the existing registration's
 * details go to that address again. Runs after the refused transaction has been rolled back.
 */
export const resendAfterDuplicate = async (payload: Payload, error: unknown) => {
  if (!(error instanceof AlreadyRegistered)) return false
  await queueMail(payload, {
    template: 'duplicate',
    to: error.email,
    submissionId: error.existingId,
  })
  return true
}
