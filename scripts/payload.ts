/**
 * `npm run payload -- <command>`: Payload's own CLI (migrate:create, generate:types, …) with the
 * same database rules as `npm run dev` (embedded PostgreSQL when DATABASE_URL is unset).
 */
import { spawn } from 'node:child_process'

import { loadDotEnv, resolveDatabase } from './lib/database'
import { exitWithError } from './lib/fatal'

const main = async () => {
  loadDotEnv()
  const database = await resolveDatabase((line) => console.info(`[payload] ${line}`))
  const cli = spawn(process.execPath, ['node_modules/payload/bin.js', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: process.env,
  })
  cli.on('exit', async (code) => {
    await database.stop()
    process.exit(code ?? 1)
  })
}

main().catch(exitWithError)
