import type { TaskConfig } from 'payload'

import { queueNoticeMails } from '@/email/noticeMails'

/**
 * Turns one notice into one outbox mail per registered person. Runs in the job queue, not in the
 * coordinator's request: 300 rows take a few seconds. Retried if the database was briefly gone;
 * a second run writes nothing twice.
 */
export const queueNoticeMailsTask: TaskConfig<'queueNoticeMails'> = {
  slug: 'queueNoticeMails',
  label: 'Mitteilung an Angemeldete in den Postausgang stellen',
  inputSchema: [{ name: 'noticeId', type: 'number', required: true }],
  outputSchema: [{ name: 'queued', type: 'number' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, req }) => {
    const { queued } = await queueNoticeMails(req.payload, input.noticeId)
    return { output: { queued } }
  },
}
