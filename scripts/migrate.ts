/**
 * `npm run migrate`: applies pending migrations under the advisory lock `npm start` takes (safe to
 * run from several instances at once); the tests migrate their template database with it too.
 */
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
