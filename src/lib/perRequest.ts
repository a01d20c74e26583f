import { connection } from 'next/server'

/**
 * Marks the page being rendered as per-request (not cached). Outside a Next.js request — when a
 * test renders a view directly — there is no cache to opt out of, so that case is not an error.
 */
export const renderPerRequest = async () => {
  try {
    await connection()
  } catch (error) {
    if ((error as Error)?.message?.includes('outside a request scope')) return
    throw error
  }
}
