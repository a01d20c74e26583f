import { AsyncLocalStorage } from 'node:async_hooks'

import type { RestHandler } from './unversionedApiPaths'

/**
 * API requests our HTTP server answers itself, without Next.js' request path.
 *
 * A registration over REST spent about 2 ms of its CPU in Next.js' routing, request and response
 * conversion and compression, for a route whose answer Next.js changes in nothing but its headers
 * (measured with `npm run bench`, see the README). When the API route module is loaded (by Next.js,
 * on the first API request), it offers its handler here; the server then calls that same handler
 * for the paths named in `directPaths`: the same German answers, limits and rules, through the
 * same Payload instance. The registry lives on `globalThis` because the server and Next.js' bundles
 * each load their own copy of this module.
 *
 * What Next.js would do around the handler, the server does itself (scripts/lib/directRoute.ts):
 * the headers of `next.config.ts` for the path, and the cache invalidations the request caused,
 * after the handler's answer (its transaction is committed then), as Next.js does them.
 */

/** Only the path a mail blast hits: registrations (and staff entering submissions). */
export const directPaths = ['/api/form-submissions'] as const
export type DirectPath = (typeof directPaths)[number]

/** A cache invalidation as `revalidateTag`/`revalidatePath` would record it. */
export type Invalidation = { tags: string[]; durations?: { expire?: number } }

/** A direct request's invalidations; `late` takes those noted after its answer was made. */
type Pending = {
  invalidations: Invalidation[]
  answered: boolean
  late: (invalidation: Invalidation) => void
}

type DirectRoutes = {
  handlers: Map<string, RestHandler>
  scope: AsyncLocalStorage<Pending>
}

const key = Symbol.for('buendnis.directRoutes')
const state = ((globalThis as { [key]?: DirectRoutes })[key] ??= {
  handlers: new Map(),
  scope: new AsyncLocalStorage(),
})

/** Called by the API route module: its POST handler may be called directly for `directPaths`. */
export const offerDirectRoute = (path: DirectPath, handler: RestHandler) => {
  state.handlers.set(path, handler)
}

export const directRouteOf = (path: string): RestHandler | undefined => state.handlers.get(path)

/**
 * Inside a request answered directly, notes an invalidation for the server to carry out after
 * the answer (or at once, for work the request left running past its answer); false elsewhere
 * (Next.js' own request context takes it then).
 */
export const deferInvalidation = (invalidation: Invalidation): boolean => {
  const pending = state.scope.getStore()
  if (!pending) return false
  if (pending.answered) pending.late(invalidation)
  else pending.invalidations.push(invalidation)
  return true
}

/** Runs `handle` as a direct answer; the invalidations it noted come back with its result. */
export const runDirectly = async <T>(
  handle: () => Promise<T>,
  late: (invalidation: Invalidation) => void,
): Promise<{ result: T; invalidations: Invalidation[] }> => {
  const pending: Pending = { invalidations: [], answered: false, late }
  try {
    const result = await state.scope.run(pending, handle)
    return { result, invalidations: pending.invalidations }
  } finally {
    pending.answered = true
  }
}
