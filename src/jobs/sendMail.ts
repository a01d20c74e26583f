import type { TaskConfig } from 'payload'

import { deliverMessages, drainOutbox } from '@/email/deliver'
import { mailQueue } from '@/email/outbox'

/** Messages one run of the drain sends at most; the next run (10 s later) takes the rest. */
export const drainBatch = 50

/**
 * Sends what is due in the outbox (new mails and retries whose waiting time is over). One job
 * every ten seconds on each instance, instead of one job per submission: a registration writes
 * only its outbox rows, and a burst of them is sent in batches.
 */
export const drainOutboxTask: TaskConfig<'drainOutbox'> = {
  slug: 'drainOutbox',
  label: 'E-Mails aus dem Postausgang versenden',
  outputSchema: [{ name: 'result', type: 'text' }],
  schedule: [{ cron: '*/10 * * * * *', queue: mailQueue }],
  handler: async ({ req }) => {
    const outcomes = await drainOutbox(req.payload, { limit: drainBatch })
    return { output: { result: outcomes.join(', ') } }
  },
}

/**
 * Jobs of an older version, one per submission, that may still wait in an upgraded database.
 * They send their messages once, if still due; retries are the outbox drain's.
 */
export const sendMailTask: TaskConfig<'sendMail'> = {
  slug: 'sendMail',
  label: 'E-Mail versenden (ältere Aufträge)',
  inputSchema: [
    { name: 'messageIds', type: 'number', hasMany: true },
    { name: 'messageId', type: 'number' },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  handler: async ({ input, req }) => {
    const ids = [...(input.messageIds ?? []), ...(input.messageId ? [input.messageId] : [])]
    return { output: { result: (await deliverMessages(req.payload, ids)).join(', ') } }
  },
}
