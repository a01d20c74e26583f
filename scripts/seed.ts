/** `npm run seed`: adds the starting content that is missing; existing content stays untouched. */
import { migrateWithLock } from '@/db/migrate'
import { seed } from '@/seed'

import { loadDotEnv, resolveDatabase } from './lib/database'
import { rememberDemoAccounts } from './lib/demoAccountsFile'
import { exitWithError } from './lib/fatal'
import { withPayload } from './lib/withPayload'

const log = (line: string) => console.info(`[seed] ${line}`)

const main = async () => {
  loadDotEnv()
  const database = await resolveDatabase(log)
  try {
    await withPayload(async (payload) => {
      await migrateWithLock(payload, database.url)
      const result = await seed(payload, { demoAccounts: database.embedded, log })
      if (database.embedded) await rememberDemoAccounts(result.demoAccounts)
    })
  } finally {
    await database.stop()
  }
}

main()
  .then(() => process.exit(0))
  .catch(exitWithError)
