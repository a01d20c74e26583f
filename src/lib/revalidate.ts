import { revalidatePath, revalidateTag } from 'next/cache'
import type { PayloadRequest } from 'payload'

/** The tag of every published-content read kept in Next.js' data cache (see `content.ts`). */
export const siteContentTag = 'site-content'

/**
 * Drops Next.js' cached HTML and cached content reads of the whole public site, so the next
 * visitor sees a published change.
 * Content is interlinked (an event shows on the home page, the list, the sitemap …) and the site is
 * small, so precise per-path invalidation would only add ways to miss a page.
 * Seeds and tests that run outside Next.js set `req.context.disableRevalidate` on purpose.
 */
export const revalidateSite = (req: PayloadRequest) => {
  // Outside the Next.js server (seeds, scripts, tests) there is no cache to drop.
  if (req.context.disableRevalidate || !process.env.NEXT_RUNTIME) return
  try {
    revalidatePath('/', 'layout')
    // expire at once: the next visitor must see the change, not a stale copy (Next's 'max')
    revalidateTag(siteContentTag, { expire: 0 })
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: 'Zwischenspeicher der Website nicht erneuert' })
  }
}
