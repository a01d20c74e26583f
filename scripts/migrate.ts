/** `npm run migrate`: applies pending migrations (safe to run from several instances at once). */
import { readEnvironment } from '@/config/env'

import { loadDotEnv, resolveDatabase } from './lib/database'
import { exitWithError } from './lib/fatal'
import { runTask } from './lib/runTask'

const main = async () => {
  loadDotEnv()
  const database = await resolveDatabase((line) => console.info(`[migrate] ${line}`))
  try {
    readEnvironment()
    await runTask('migrate')
  } finally {
    await database.stop()
  }
}

main().catch(exitWithError)
