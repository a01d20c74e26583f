/**
 * Before each integration test file: a fresh database cloned from the migrated template, named in
 * DATABASE_URL before anything imports the Payload config. Dropped again after the file.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, inject } from 'vitest'

import { closeTestPayload } from '../helpers/payload'
import { runSql, uniqueDatabaseName, withDatabaseUrl } from './testDatabase'

const serverUrl = inject('serverUrl')
const database = uniqueDatabaseName('opr_test')
await runSql(serverUrl, `create database "${database}" template "${inject('templateDatabase')}"`)

const mailDir = await mkdtemp(path.join(os.tmpdir(), 'opr-test-mail-'))
process.env.DATABASE_URL = withDatabaseUrl(serverUrl, database)
process.env.PAYLOAD_SECRET = 'test-secret-for-this-file-only-0123456789'
process.env.MAIL_DIR = mailDir
process.env.DISABLE_PAYLOAD_HMR = 'true'

afterAll(async () => {
  await closeTestPayload()
  await runSql(serverUrl, `drop database if exists "${database}" with (force)`)
  await rm(mailDir, { recursive: true, force: true })
})
