/**
 * `npm start` (production): checks the environment, applies pending migrations, then serves the
 * built app through our own Node server (see lib/appServer.ts: it decides who sent a request) in
 * WEB_CONCURRENCY processes (see lib/serverProcesses.ts). Stateless: run as many instances as
 * needed against one database.
 */
import { readEnvironment } from '@/config/env'
import { checkSmtpReachable } from '@/email/transport'

import { loadDotEnv } from './lib/database'
import { exitWithError } from './lib/fatal'
import { runTask } from './lib/runTask'
import { startServerProcesses } from './lib/serverProcesses'

const main = async () => {
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'
  // `npm start` is production by definition: the checks of env.ts must apply even if unset.
  Object.assign(process.env, { NODE_ENV: 'production' })
  loadDotEnv()
  const env = readEnvironment()
  const smtpProblem = await checkSmtpReachable(env)
  if (smtpProblem) console.warn(`[start] Warnung: ${smtpProblem}`)
  await runTask('migrate')
  const port = Number(process.env.PORT ?? 3000)
  await startServerProcesses({ port, count: env.serverProcesses })
  const processes = env.serverProcesses === 1 ? '' : ` (${env.serverProcesses} Serverprozesse)`
  console.info(`[start] Die Website antwortet auf Port ${port}${processes}.`)
}

main().catch(exitWithError)
