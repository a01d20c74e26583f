import { after } from 'next/server'

import { drainSoon } from '@/email/outboxWorker'
import { payloadClient } from './content'

/**
 * After the response is out, drains the outbox: the ten-second timer would, but seconds later. A
 * burst of submissions shares one run instead of starting one each.
 */
export const sendQueuedMailSoon = () => after(async () => drainSoon(await payloadClient()))
