import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import type { Migration, Payload } from 'payload'
import pg from 'pg'

import { migrations } from '../../migrations'

/**
 * Payload types a migration's arguments as `unknown`; the generated files take the Postgres
 * adapter's own arguments, which is what the adapter passes them.
 */
const asPayloadMigration = (migration: (typeof migrations)[number]): Migration => ({
  name: migration.name,
  up: (args) => migration.up(args as MigrateUpArgs),
  down: (args) => migration.down(args as MigrateDownArgs),
})

// Any fixed number shared by all instances: "opr-migrations".
const migrationLockKey = 7_105_114_017

/**
 * Applies pending migrations. Several app instances may start at once; a PostgreSQL advisory lock
 * lets exactly one migrate while the others wait and then find nothing left to do.
 */
export const migrateWithLock = async (payload: Payload, databaseUrl: string) => {
  const lock = new pg.Client({ connectionString: databaseUrl })
  await lock.connect()
  try {
    await lock.query('select pg_advisory_lock($1)', [migrationLockKey])
    await payload.db.migrate({ migrations: migrations.map(asPayloadMigration) })
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [migrationLockKey]).catch(() => {})
    await lock.end()
  }
}
