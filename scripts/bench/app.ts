/** Production instances of the app for `npm run bench`, all on the bench's one database. */
import { type ChildProcess, spawn } from 'node:child_process'

import { choosePort } from '../lib/postgres/freePort'
import { moduleLoadingStalled, retryWhileLoadingStalls } from '../lib/runTask'
import { waitFor } from './measure'

const tsx = 'node_modules/tsx/dist/cli.mjs'

export type AppInstance = { url: string; port: number; child: ChildProcess }

/** The child's exit code if it ends before `ready` settles, else undefined. */
const exitBefore = (child: ChildProcess, ready: Promise<unknown>) =>
  Promise.race([
    ready.then(() => undefined),
    new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1))),
  ])

/**
 * Starts `scripts/start.ts` (what `npm start` runs) and waits for its first page. A start that
 * stalls loading its modules (Node 20 with tsx, exit 13, see scripts/lib/runTask.ts) is started
 * again instead of waiting minutes for a page that never comes.
 */
export const startInstance = async (
  env: NodeJS.ProcessEnv,
  preferredPort: number,
  /** flags for Node itself (e.g. the profiler's): tsx then loads in the same process */
  nodeFlags: string[] = [],
): Promise<AppInstance> => {
  const { port } = await choosePort(preferredPort)
  const command = nodeFlags.length ? [...nodeFlags, '--import', 'tsx'] : [tsx]
  const url = `http://127.0.0.1:${port}`
  const started = await retryWhileLoadingStalls(
    'bench',
    async () => {
      const child = spawn(process.execPath, [...command, 'scripts/start.ts'], {
        env: { ...env, PORT: String(port) },
        detached: true,
        stdio: 'ignore',
      })
      return { child, exitCode: await exitBefore(child, waitFor(`${url}/`)) }
    },
    ({ exitCode }) => exitCode === moduleLoadingStalled,
  )
  if (started.exitCode !== undefined)
    throw new Error(`Instanz auf Port ${port} endete mit Code ${started.exitCode}`)
  return { url, port, child: started.child }
}
