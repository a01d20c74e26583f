import { after } from 'next/server'

import { mailQueue } from '@/email/outbox'
import { payloadClient } from './content'

let running: Promise<void> | undefined
let more = false

/** One run at a time per instance; submissions arriving meanwhile ask for one more round. */
const workQueue = (): Promise<void> => {
  if (running) {
    more = true
    return running
  }
  running = (async () => {
    const payload = await payloadClient()
    do {
      more = false
      // The cron picks up anything left over; this just saves the visitor the wait.
      await payload.jobs.run({ queue: mailQueue, limit: 10 }).catch(() => undefined)
    } while (more)
  })().finally(() => {
    running = undefined
  })
  return running
}

/**
 * After the response is out, works the mail queue: the cron would, but a few seconds later. A
 * burst of submissions shares one run instead of starting one each.
 */
export const sendQueuedMailSoon = () => after(workQueue)
