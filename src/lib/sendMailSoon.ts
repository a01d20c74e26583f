import { after } from 'next/server'

import { drainOutbox } from '@/email/deliver'
import { drainBatch } from '@/jobs/sendMail'
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
      // The scheduled drain picks up anything left over; this just saves the visitor the wait.
      await drainOutbox(payload, { limit: drainBatch }).catch(() => undefined)
    } while (more)
  })().finally(() => {
    running = undefined
  })
  return running
}

/**
 * After the response is out, drains the outbox: the scheduled drain would, but seconds later. A
 * burst of submissions shares one run instead of starting one each.
 */
export const sendQueuedMailSoon = () => after(workQueue)
