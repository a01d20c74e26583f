import type { Payload } from 'payload'

type PoolLike = { on: (event: 'error', listener: () => void) => void; end: () => Promise<void> }

/** Runs `work` with a Payload instance; config is imported only now, after the env is final. */
export const withPayload = async <T>(work: (payload: Payload) => Promise<T>): Promise<T> => {
  // No Next.js dev server to reload from: don't let getPayload open its HMR socket.
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  try {
    return await work(payload)
  } finally {
    await payload.destroy()
    // Payload keeps one pooled connection checked out for good, so pool.end() would never
    // resolve; close the idle ones and ignore the error of the last when the server stops.
    const pool = (payload.db as unknown as { pool?: PoolLike }).pool
    pool?.on('error', () => {})
    void pool?.end().catch(() => {})
  }
}
