/** `npm run seed`: adds the starting content that is missing; existing content stays untouched. */
import { readEnvironment } from '@/config/env'

import { loadDotEnv, resolveDatabase } from './lib/database'
import { exitWithError } from './lib/fatal'
import { runTask } from './lib/runTask'

const main = async () => {
  loadDotEnv()
  const database = await resolveDatabase((line) => console.info(`[seed] ${line}`))
  try {
    readEnvironment()
    await runTask('seed', { OPR_EMBEDDED_DATABASE: String(database.embedded) })
  } finally {
    await database.stop()
  }
}

main().catch(exitWithError)
