import type { Payload } from 'payload'

let instance: Payload | undefined

/** The Payload instance of this test file, on the file's own database. */
export const testPayload = async (): Promise<Payload> => {
  if (!instance) {
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    instance = await getPayload({ config })
  }
  return instance
}

export const closeTestPayload = async () => {
  if (!instance) return
  const pool = (instance.db as unknown as { pool?: import('node:events').EventEmitter }).pool
  // Dropping the database ends Payload's long-held connection; that error is expected, so the
  // app's own warning about a lost connection is not wanted here.
  pool?.removeAllListeners('error')
  pool?.on('error', () => {})
  await instance.destroy()
  instance = undefined
}
