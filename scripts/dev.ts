/**
 * `npm run dev`: embedded PostgreSQL (unless DATABASE_URL is set) → migrations → seed → next dev.
 * `npm run dev -- --prepare-only` stops after the seed (used by the start-up test).
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { readEnvironment } from '@/config/env'

import { serveNextApp } from './lib/appServer'
import { dataDir, loadDotEnv, resolveDatabase } from './lib/database'
import { exitWithError } from './lib/fatal'
import { runTask } from './lib/runTask'

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
  const stopAndExit = async (code: number) => {
    await database.stop()
    process.exit(code)
  }
  try {
    const port = process.env.PORT ?? '3000'
    // Login cookies count only for requests from SERVER_URL (csrf): it must be where dev runs.
    process.env.SERVER_URL ??= `http://localhost:${port}`
    const env = readEnvironment()
    await runTask('prepare-dev', {
      OPR_EMBEDDED_DATABASE: String(database.embedded),
      OPR_BASE_URL: `http://localhost:${port}`,
    })
    if (prepareOnly) return stopAndExit(0)

    // the same server as `npm start`, so the sender of a request is decided the same way
    await serveNextApp({
      dev: true,
      port: Number(port),
      trusted: env.trustedProxies,
      afterClose: () => database.stop(),
    })
    log(`Die Website läuft unter http://localhost:${port}`)
  } catch (error) {
    await database.stop()
    throw error
  }
}

main().catch(exitWithError)
