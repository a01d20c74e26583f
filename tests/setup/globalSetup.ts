/**
 * Once per `npm test`: a real PostgreSQL (embedded unless DATABASE_URL is set) and a template
 * database migrated with the committed migrations through `npm run migrate`'s own script.
 * Every test file then clones the template (tests/setup/perFileDatabase.ts).
 */
import { execFile } from 'node:child_process'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../scripts/lib/postgres/embeddedPostgres'
import { runSql, uniqueDatabaseName, withDatabaseUrl } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string
    templateDatabase: string
  }
}

const migrateTemplate = (serverUrl: string, templateDatabase: string) =>
  promisify(execFile)(process.execPath, ['scripts/launch.mjs', 'scripts/migrate.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: withDatabaseUrl(serverUrl, templateDatabase),
      NODE_ENV: 'test',
    },
  })

export default async function setup(project: TestProject) {
  let serverUrl = process.env.DATABASE_URL
  let stopServer = async () => {}
  let dataDir: string | undefined
  if (!serverUrl) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'opr-test-pg-'))
    await chmod(dataDir, 0o755)
    const db = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'data'),
      database: 'postgres',
      preferredPort: 55432,
    })
    serverUrl = db.url
    stopServer = db.stop
  }

  const templateDatabase = uniqueDatabaseName('opr_test_template')
  try {
    await runSql(serverUrl, `create database "${templateDatabase}"`)
    await migrateTemplate(serverUrl, templateDatabase)
  } catch (error) {
    // Without this the embedded server would outlive the failed run and keep vitest waiting.
    await stopServer()
    throw error
  }

  project.provide('serverUrl', serverUrl)
  project.provide('templateDatabase', templateDatabase)

  return async () => {
    await runSql(serverUrl, `drop database if exists "${templateDatabase}" with (force)`)
    await stopServer()
    if (dataDir) await rm(dataDir, { recursive: true, force: true })
  }
}
