import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * The App Router cannot answer a page with 503, so a page that cannot read its data notes it
 * here and our HTTP server (scripts/lib/appServer.ts) turns that answer into a 503 with
 * Retry-After before its head goes out. Decided per request: only the request whose own render
 * noted the outage is answered so; any other error stays what Next.js made of it. The store lives
 * on `globalThis` because the server and Next.js' bundles each load their own copy of this module.
 */
type OutageScope = { noted: boolean }

const key = Symbol.for('buendnis.outage')
const scope = ((globalThis as { [key]?: AsyncLocalStorage<OutageScope> })[key] ??=
  new AsyncLocalStorage<OutageScope>())

/** Seconds a client or proxy should wait before asking again. */
export const outageRetryAfterSeconds = 30

export const noteOutage = () => {
  const current = scope.getStore()
  if (current) current.noted = true
}

/** Runs `handle` so that an outage noted while it answers can be found by `outageNoted`. */
export const withOutageScope = <T>(handle: () => T): T => scope.run({ noted: false }, handle)

/** Whether the request being answered could not read its data. */
export const outageNoted = () => scope.getStore()?.noted === true
