/**
 * Work a server process finishes before it ends on SIGTERM/SIGINT (scripts/lib/appServer.ts), such
 * as mails being sent: ended mid-send, they would wait as abandoned for a quarter of an hour, or
 * go out twice. Kept on `globalThis`, as the server script and the app's bundles are separate
 * module graphs in one process.
 */
type ShutdownWork = () => Promise<unknown>

const key = Symbol.for('buendnis-fuer-opr.shutdownWork')

const registry = () => {
  const holder = globalThis as { [key]?: Set<ShutdownWork> }
  holder[key] ??= new Set()
  return holder[key]
}

export const onShutdown = (work: ShutdownWork) => {
  registry().add(work)
}

/** Runs all registered work at once and waits for it, but no longer than `limitMs`. */
export const finishShutdownWork = async (limitMs: number) => {
  const work = Promise.allSettled([...registry()].map((finish) => finish()))
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise((resolve) => {
    timer = setTimeout(resolve, limitMs)
  })
  await Promise.race([work, limit]).finally(() => clearTimeout(timer))
}
