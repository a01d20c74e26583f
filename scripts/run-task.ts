/**
 * Runs one Payload task in its own process, started by the launcher scripts once DATABASE_URL and
 * the secret are final. The config is imported statically on purpose: importing it dynamically
 * after other Payload modules sometimes leaves Node's ESM loader waiting forever (seen on Node 20).
 *
 *   migrate      apply pending migrations
 *   seed         migrations + starting content (+ demo accounts on the embedded database)
 *   prepare-dev  seed, then print how to log in
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { migrateWithLock } from '@/db/migrate'
import { seed } from '@/seed'

import { rememberDemoAccounts } from './lib/demoAccountsFile'
import { exitWithError } from './lib/fatal'
import { printLoginHelp } from './lib/loginHelp'

const tasks = ['migrate', 'seed', 'prepare-dev'] as const
type Task = (typeof tasks)[number]

const main = async (task: Task) => {
  const databaseUrl = process.env.DATABASE_URL as string
  const embedded = process.env.OPR_EMBEDDED_DATABASE === 'true'
  const log = (line: string) => console.info(`[${task}] ${line}`)
  const payload = await getPayload({ config })
  await migrateWithLock(payload, databaseUrl)
  if (task === 'migrate') return
  const result = await seed(payload, { demoAccounts: embedded, log })
  if (embedded) await rememberDemoAccounts(result.demoAccounts)
  if (task === 'prepare-dev') await printLoginHelp(payload, process.env.OPR_BASE_URL ?? '')
}

const task = process.argv[2] as Task
if (!tasks.includes(task)) exitWithError(new Error(`Unbekannte Aufgabe „${task}“.`))
// Payload keeps a pooled connection and timers open; a finished task ends the process itself.
main(task)
  .then(() => process.exit(0))
  .catch(exitWithError)
