import type { TaskConfig } from 'payload'

import { deliverMessages } from '@/email/deliver'

/**
 * Jobs of an older version, one per submission, that may still wait in an upgraded database.
 * They send their messages once, if still due; retries are the outbox drain's
 * (`src/email/outboxWorker.ts`).
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
