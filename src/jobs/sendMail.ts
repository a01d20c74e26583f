import type { TaskConfig } from 'payload'

import { deliverMessage, mailAttempts, mailRetryDelayMs } from '@/email/deliver'

/** Sends one outbox message; the queue retries with exponential backoff while SMTP is down. */
export const sendMailTask: TaskConfig<'sendMail'> = {
  slug: 'sendMail',
  label: 'E-Mail versenden',
  inputSchema: [{ name: 'messageId', type: 'number', required: true }],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: {
    attempts: mailAttempts() - 1,
    backoff: { type: 'exponential', delay: mailRetryDelayMs() },
  },
  handler: async ({ input, req }) => ({
    output: { result: await deliverMessage(req.payload, input.messageId) },
  }),
}
