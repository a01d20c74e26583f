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

/** The tag of an event's free-seat count, and so of every cached page that shows it. */
export const seatsTag = (eventId: number) => `seats-${eventId}`

/**
 * After a write that may change an event's free seats: the pages showing the count are rebuilt
 * within a second. A whole-second `expire` instead of 0, because 0 would make Next.js re-render the
 * page into the answer of the server action that registered (work that answer does not need);
 * within that second a visitor may still get the old count once while the new page is built.
 * Cheap: it only notes the tag, Next.js drops the entries after the response.
 */
export const revalidateSeats = (req: PayloadRequest, eventId: number) => {
  if (req.context.disableRevalidate || !process.env.NEXT_RUNTIME) return
  try {
    revalidateTag(seatsTag(eventId), { expire: 1 })
  } catch (error) {
    // e.g. in the job queue, outside a request: the pages' one-minute refresh catches up.
    req.payload.logger.debug({ err: error, msg: 'Plätze-Zwischenspeicher nicht erneuert' })
  }
}
