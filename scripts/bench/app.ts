/** Production instances of the app for `npm run bench`, all on the bench's one database. */
import { type ChildProcess, spawn } from 'node:child_process'

import { choosePort } from '../lib/postgres/freePort'
import { waitFor } from './measure'

const tsx = 'node_modules/tsx/dist/cli.mjs'

export type AppInstance = { url: string; port: number; child: ChildProcess }

/** Starts `scripts/start.ts` (what `npm start` runs) and waits for its first page. */
export const startInstance = async (
  env: NodeJS.ProcessEnv,
  preferredPort: number,
  /** flags for Node itself (e.g. the profiler's): tsx then loads in the same process */
  nodeFlags: string[] = [],
): Promise<AppInstance> => {
  const { port } = await choosePort(preferredPort)
  const command = nodeFlags.length ? [...nodeFlags, '--import', 'tsx'] : [tsx]
  const child = spawn(process.execPath, [...command, 'scripts/start.ts'], {
    env: { ...env, PORT: String(port) },
    detached: true,
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  await waitFor(`${url}/`)
  return { url, port, child }
}
