import type { TaskConfig } from 'payload'

import { deliverMessages, mailAttempts, mailRetryDelayMs } from '@/email/deliver'

/**
 * Sends the outbox messages one request queued together (a submission's confirmation and the
 * office's notice); the queue retries with exponential backoff while SMTP is down, and a retry
 * sends only what has not gone out yet.
 */
export const sendMailTask: TaskConfig<'sendMail'> = {
  slug: 'sendMail',
  label: 'E-Mail versenden',
  inputSchema: [
    { name: 'messageIds', type: 'number', hasMany: true },
    // Jobs queued before messages were grouped carry one id; they are still in the queue.
    { name: 'messageId', type: 'number' },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: {
    attempts: mailAttempts() - 1,
    backoff: { type: 'exponential', delay: mailRetryDelayMs() },
  },
  handler: async ({ input, req }) => {
    const ids = [...(input.messageIds ?? []), ...(input.messageId ? [input.messageId] : [])]
    return { output: { result: (await deliverMessages(req.payload, ids)).join(', ') } }
  },
}
