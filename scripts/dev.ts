/**
 * `npm run dev`: embedded PostgreSQL (unless DATABASE_URL is set) → migrations → seed → next dev.
 * `npm run dev -- --prepare-only` stops after the seed (used by the start-up test).
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { migrateWithLock } from '@/db/migrate'
import { seed } from '@/seed'

import { dataDir, loadDotEnv, resolveDatabase } from './lib/database'
import { rememberDemoAccounts } from './lib/demoAccountsFile'
import { exitWithError } from './lib/fatal'
import { printLoginHelp } from './lib/loginHelp'
import { withPayload } from './lib/withPayload'

const log = (line: string) => console.info(`[dev] ${line}`)

/** A stable random secret per checkout, so logins survive restarts without any setup. */
const ensureDevSecret = async () => {
  if (process.env.PAYLOAD_SECRET) return
  const file = path.join(dataDir(), 'payload-secret')
  if (!existsSync(file)) {
    await mkdir(dataDir(), { recursive: true })
    await writeFile(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  process.env.PAYLOAD_SECRET = (await readFile(file, 'utf8')).trim()
}

const main = async () => {
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'
  const prepareOnly = process.argv.includes('--prepare-only')
  loadDotEnv()
  await ensureDevSecret()
  const database = await resolveDatabase(log)
  const port = process.env.PORT ?? '3000'
  const baseUrl = `http://localhost:${port}`

  await withPayload(async (payload) => {
    await migrateWithLock(payload, database.url)
    const result = await seed(payload, { demoAccounts: database.embedded, log })
    if (database.embedded) await rememberDemoAccounts(result.demoAccounts)
    await printLoginHelp(payload, baseUrl)
  })

  if (prepareOnly) {
    await database.stop()
    // Payload's logger and job timers would keep the process alive.
    process.exit(0)
  }

  const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '--port', port], {
    stdio: 'inherit',
    env: process.env,
  })
  const shutDown = (signal: NodeJS.Signals) => next.kill(signal)
  process.on('SIGINT', shutDown)
  process.on('SIGTERM', shutDown)
  next.on('exit', async (code) => {
    await database.stop()
    process.exit(code ?? 0)
  })
}

main().catch(exitWithError)
