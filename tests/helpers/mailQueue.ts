import type { Payload } from 'payload'

import { drainOutbox } from '@/email/deliver'
import { mailQueue } from '@/email/outbox'

/**
 * What the mail queue's ten-second run does on a server (tests run no timers): its jobs (a
 * notice's fan-out into the outbox), then the outbox drain.
 */
export const workMailQueue = async (payload: Payload, { limit }: { limit: number }) => {
  await payload.jobs.run({ queue: mailQueue, limit })
  return drainOutbox(payload, { limit })
}
