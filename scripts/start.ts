/**
 * `npm start` (production): checks the environment, applies pending migrations, then serves the
 * built app with `next start`. Stateless: run as many instances as needed against one database.
 */
import { spawn } from 'node:child_process'

import { readEnvironment } from '@/config/env'
import { checkSmtpReachable } from '@/email/transport'

import { loadDotEnv } from './lib/database'
import { exitWithError } from './lib/fatal'
import { runTask } from './lib/runTask'

const main = async () => {
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'
  // `npm start` is production by definition: the checks of env.ts must apply even if unset.
  Object.assign(process.env, { NODE_ENV: 'production' })
  loadDotEnv()
  const env = readEnvironment()
  const smtpProblem = await checkSmtpReachable(env)
  if (smtpProblem) console.warn(`[start] Warnung: ${smtpProblem}`)
  await runTask('migrate')
  const next = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '--port', process.env.PORT ?? '3000'],
    { stdio: 'inherit', env: process.env },
  )
  const forward = (signal: NodeJS.Signals) => next.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  next.on('exit', (code) => process.exit(code ?? 0))
}

main().catch(exitWithError)
