import { Cron } from 'croner'
import type { Payload } from 'payload'

import { onShutdown } from '@/lib/shutdown'

import { drainOutbox } from './deliver'

/** Messages one drain round sends at most; a full round is followed by the next at once. */
export const drainBatch = 50

let running: Promise<void> | undefined
let more = false

const drainRounds = async (payload: Payload) => {
  do {
    more = false
    try {
      const outcomes = await drainOutbox(payload, { limit: drainBatch })
      // A full batch: there may be more at once. Not when all of it failed again: the mail server
      // is away, and with no waiting time set the same mails would use up their attempts at once.
      if (outcomes.length >= drainBatch && outcomes.some((o) => o !== 'retrying')) more = true
    } catch (error) {
      // The database away for a moment: the next tick tries again; nothing is lost, as the
      // messages wait in the outbox. The code or class only: a query's message carries values.
      const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown }
      payload.logger.warn(`Postausgang nicht abgearbeitet (${String(code ?? name ?? 'Fehler')}).`)
    }
  } while (more)
}

/**
 * Drains the outbox now, unless this instance already does: then one more round follows the
 * current one, so that a mail queued meanwhile does not wait for the next tick.
 */
export const drainSoon = (payload: Payload): Promise<void> => {
  if (running) {
    more = true
    return running
  }
  running = drainRounds(payload).finally(() => {
    running = undefined
  })
  return running
}

/**
 * Every instance drains the outbox every ten seconds itself. Not a scheduled job in Payload's
 * queue: the drain needs no job record (the claim in the outbox already hands each mail to one
 * instance), and a scheduled job that an instance left "processing" when it stopped would keep
 * Payload (3.90) from scheduling the next one ever again.
 *
 * Added to `payload.crons`, so that `payload.destroy()` stops it with Payload's own timers; a
 * server process that is told to stop waits for the drain in hand (`onShutdown`).
 */
export const startOutboxTimer = (payload: Payload, shouldRun: () => boolean) => {
  const timer = new Cron('*/10 * * * * *', { protect: true }, async () => {
    if (shouldRun()) await drainSoon(payload)
  })
  payload.crons.push(timer)
  // A server told to stop lets the mails in hand go out and be written down first.
  onShutdown(async () => {
    timer.stop()
    await running
  })
}
