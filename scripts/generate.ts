/**
 * Code generation without a database:
 *   npm run generate:types               src/payload-types.ts
 *   npm run generate:importmap           the admin panel's import map
 *   npm run migrate:create -- <name>     a migration for the difference between config and the
 *                                        snapshot of the newest migration
 * The config is imported statically: see scripts/run-task.ts for why.
 */
import './lib/offlineEnv'

import config from '@payload-config'
import { generateImportMap, getPayload } from 'payload'
import { generateTypes } from 'payload/node'

import { exitWithError } from './lib/fatal'

const main = async (what: string | undefined, name: string | undefined) => {
  const sanitized = await config
  if (what === 'types') return generateTypes(sanitized)
  if (what === 'importmap') return generateImportMap(sanitized, { force: true, log: true })
  if (what === 'migration') {
    const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
    return payload.db.createMigration({ migrationName: name, payload, skipEmpty: true })
  }
  throw new Error(`Unbekannt: „${what}“ (types, importmap oder migration).`)
}

main(process.argv[2], process.argv[3])
  .then(() => process.exit(0))
  .catch(exitWithError)
