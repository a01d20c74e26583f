import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * The App Router cannot answer a page with 503, so a page that cannot read its data notes it
 * here and our HTTP server (scripts/lib/appServer.ts) turns that answer into a 503 with
 * Retry-After before its head goes out. The store lives on `globalThis` because the server and
 * Next.js' bundles each load their own copy of this module.
 */
type OutageScope = { noted: boolean }
type OutageState = { scope: AsyncLocalStorage<OutageScope>; lastNotedAt: number }

const key = Symbol.for('buendnis.outage')
const state = ((globalThis as { [key]?: OutageState })[key] ??= {
  scope: new AsyncLocalStorage<OutageScope>(),
  lastNotedAt: 0,
})

/** Seconds a client or proxy should wait before asking again. */
export const outageRetryAfterSeconds = 30

export const noteOutage = () => {
  state.lastNotedAt = Date.now()
  const scope = state.scope.getStore()
  if (scope) scope.noted = true
}

/** Runs `handle` so that an outage noted while it answers can be found by `isOutageAnswer`. */
export const withOutageScope = <T>(handle: () => T): T => state.scope.run({ noted: false }, handle)

/**
 * Whether the answer being sent is an outage: noted in this request, or a failed render (500)
 * while outages are being noted (a render shared with another request notes it only there).
 */
export const isOutageAnswer = (statusCode: number) =>
  state.scope.getStore()?.noted === true ||
  (statusCode >= 500 && Date.now() - state.lastNotedAt < outageRetryAfterSeconds * 1000)
