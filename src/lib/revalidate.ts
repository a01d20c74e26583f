import { revalidatePath } from 'next/cache'
import type { PayloadRequest } from 'payload'

/**
 * Drops Next.js' cached HTML of the whole public site so the next visitor sees a published change.
 * Content is interlinked (an event shows on the home page, the list, the sitemap …) and the site is
 * small, so precise per-path invalidation would only add ways to miss a page.
 * Seeds and tests that run outside Next.js set `req.context.disableRevalidate` on purpose.
 */
export const revalidateSite = (req: PayloadRequest) => {
  if (req.context.disableRevalidate) return
  try {
    revalidatePath('/', 'layout')
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: 'Zwischenspeicher der Website nicht erneuert' })
  }
}
