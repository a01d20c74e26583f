/** A server told to stop waits for the app's work in hand (mails being sent), but not for ever. */
import { describe, expect, it } from 'vitest'

import { finishShutdownWork, onShutdown } from '@/lib/shutdown'

const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('work to finish before a server process ends', () => {
  it('is waited for, all of it at once, and a failing piece does not stop the others', async () => {
    const done: string[] = []
    onShutdown(async () => {
      await after(50)
      done.push('mails')
    })
    onShutdown(async () => {
      throw new Error('weg')
    })
    onShutdown(async () => {
      await after(30)
      done.push('other')
    })
    const started = Date.now()
    await finishShutdownWork(5_000)
    expect(done.sort()).toEqual(['mails', 'other'])
    expect(Date.now() - started).toBeLessThan(1_000)
  })

  it('is given up after the limit', async () => {
    onShutdown(() => after(60_000))
    const started = Date.now()
    await finishShutdownWork(100)
    expect(Date.now() - started).toBeLessThan(2_000)
  })
})
