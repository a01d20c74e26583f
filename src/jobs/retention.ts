import type { TaskConfig } from 'payload'

import { applyRetention } from '@/privacy/applyRetention'

/** Nightly: removes personal data whose retention period has passed (site settings → Datenschutz). */
export const retentionTask: TaskConfig<'applyRetention'> = {
  slug: 'applyRetention',
  label: 'Speicherfristen anwenden',
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  outputSchema: [
    { name: 'registrations', type: 'number' },
    { name: 'supportNeeds', type: 'number' },
    { name: 'contactMessages', type: 'number' },
    { name: 'partnerships', type: 'number' },
    { name: 'expiredCounters', type: 'number' },
  ],
  retries: 2,
  handler: async ({ req }) => {
    const report = await applyRetention(req.payload)
    req.payload.logger.info({ msg: 'Speicherfristen angewendet', ...report })
    return { output: report }
  },
}
