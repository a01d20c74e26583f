import { existsSync } from 'node:fs'
import path from 'node:path'

import { startEmbeddedPostgres } from './postgres/embeddedPostgres'

export type ResolvedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> }

export const dataDir = () => path.resolve(process.env.OPR_DATA_DIR ?? '.data')

/** Loads a local .env file the way Next.js does, so scripts see the same settings. */
export const loadDotEnv = () => {
  if (existsSync('.env')) process.loadEnvFile('.env')
}

/**
 * The database of this run: DATABASE_URL when set, otherwise an embedded PostgreSQL under .data/.
 * Sets DATABASE_URL for everything started afterwards (Payload, Next.js).
 */
export const resolveDatabase = async (log: (line: string) => void): Promise<ResolvedDatabase> => {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }
  const preferredPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329)
  const db = await startEmbeddedPostgres({
    dataDir: path.join(dataDir(), 'postgres'),
    database: 'opr',
    preferredPort,
    log,
  })
  log(`Eingebettete PostgreSQL bereit auf Port ${db.port}.`)
  process.env.DATABASE_URL = db.url
  return { url: db.url, embedded: true, stop: db.stop }
}
