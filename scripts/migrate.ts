/** `npm run migrate`: applies pending migrations (safe to run from several instances at once). */
import { migrateWithLock } from '@/db/migrate'

import { loadDotEnv, resolveDatabase } from './lib/database'
import { exitWithError } from './lib/fatal'
import { withPayload } from './lib/withPayload'

const main = async () => {
  loadDotEnv()
  const database = await resolveDatabase((line) => console.info(`[migrate] ${line}`))
  try {
    await withPayload((payload) => migrateWithLock(payload, database.url))
  } finally {
    await database.stop()
  }
}

main()
  .then(() => process.exit(0))
  .catch(exitWithError)
