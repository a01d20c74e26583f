import { after } from 'next/server'

import { mailQueue } from '@/email/outbox'
import { payloadClient } from './content'

/** After the response is out, works the mail queue once: the cron would, but a few seconds later. */
export const sendQueuedMailSoon = () =>
  after(async () => {
    const payload = await payloadClient()
    // The cron picks up anything left over; this just saves the visitor the wait.
    await payload.jobs.run({ queue: mailQueue, limit: 10 }).catch(() => undefined)
  })
