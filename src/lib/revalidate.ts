import { revalidatePath, revalidateTag } from 'next/cache'
import { NEXT_CACHE_IMPLICIT_TAG_ID } from 'next/dist/lib/constants'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { deferInvalidation } from './directRoutes'

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
  // Answered by our server without Next.js (directRoutes.ts): `revalidatePath('/', 'layout')` as
  // the tag Next.js makes of it, and the content tag, carried out after the answer.
  if (deferInvalidation({ tags: [`${NEXT_CACHE_IMPLICIT_TAG_ID}/layout`] })) {
    deferInvalidation({ tags: [siteContentTag], durations: { expire: 0 } })
    return
  }
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
 * After a write that may change an event's free seats: the pages showing the count are dropped at
 * once (`expire: 0`), so the next visitor's page is built with the new count. (A later expiry would
 * let visitors take a seat shown as free right after the last one went.) Inside a server action
 * Next.js then renders the page once more for that answer: one render per registration.
 * Cheap otherwise: it only notes the tag, Next.js drops the entries after the response.
 */
export const revalidateSeats = (req: PayloadRequest, eventId: number) => {
  if (req.context.disableRevalidate || !process.env.NEXT_RUNTIME) return
  if (deferInvalidation({ tags: [seatsTag(eventId)], durations: { expire: 0 } })) return
  try {
    revalidateTag(seatsTag(eventId), { expire: 0 })
  } catch (error) {
    // e.g. in the job queue, outside a request: the pages' one-minute refresh catches up.
    req.payload.logger.debug({ err: error, msg: 'Plätze-Zwischenspeicher nicht erneuert' })
  }
}

// The hooks collections and globals attach: each drops the site's cache when the public sees a change.

type Publishable = { id: number | string; _status?: 'draft' | 'published' | null }

/** Drafts are invisible to the public: only a publish, or an unpublish, changes the site. */
export const revalidateOnPublish: CollectionAfterChangeHook<Publishable> = ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc._status === 'published' || previousDoc?._status === 'published') revalidateSite(req)
  return doc
}

/** For collections without drafts, every saved change is public at once. */
export const revalidateOnChange: CollectionAfterChangeHook = ({ doc, req }) => {
  revalidateSite(req)
  return doc
}

export const revalidateOnDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  revalidateSite(req)
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = ({ doc, req }) => {
  revalidateSite(req)
  return doc
}
