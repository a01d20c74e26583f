import { connection } from 'next/server'

/**
 * Asserts per-request rendering for what must be fresh (form tokens, seat counts); the routes
 * that can carry forms are `force-dynamic`. Outside a Next.js request — when a test renders a
 * view directly — there is no cache to opt out of, so that case is not an error.
 */
export const renderPerRequest = async () => {
  try {
    await connection()
  } catch (error) {
    if ((error as Error)?.message?.includes('outside a request scope')) return
    throw error
  }
}
