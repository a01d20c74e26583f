import type { TaskConfig } from 'payload'

import { sendDueReminders } from '@/registration/reminders'

/** Every few minutes: queues the reminders of events whose reminder time has come. */
export const sendRemindersTask: TaskConfig<'sendReminders'> = {
  slug: 'sendReminders',
  label: 'Erinnerungen vor Veranstaltungen einreihen',
  schedule: [{ cron: '0 */5 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'queued', type: 'number' }],
  retries: 2,
  handler: async ({ req }) => {
    const queued = await sendDueReminders(req.payload)
    if (queued) req.payload.logger.info({ msg: 'Erinnerungen eingereiht', queued })
    return { output: { queued } }
  },
}
