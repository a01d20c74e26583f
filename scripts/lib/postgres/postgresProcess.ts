import { spawn, type ChildProcess } from 'node:child_process'
import { chown, rm, writeFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'

/** The unprivileged account PostgreSQL runs as when we are root (PostgreSQL refuses root). */
export type SystemAccount = { name: string; uid: number; gid: number }

export type PostgresBinaries = { initdb: string; postgres: string }

type ClusterOptions = {
  binaries: PostgresBinaries
  dataDir: string
  user: string
  password: string
  runAs?: SystemAccount
  log: (line: string) => void
}

// English messages from initdb, whatever the machine's locale (the server's own come from the
// `lc_messages = C` that initdb writes into the cluster's configuration).
const environment = () => {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_MESSAGES: 'C' }
  delete env.LC_ALL
  return env
}

const spawnOptions = (runAs?: SystemAccount) => ({
  env: environment(),
  ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
})

const collectOutput = (child: ChildProcess, log: (line: string) => void) => {
  const lines: string[] = []
  const take = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      lines.push(line)
      log(line)
    }
  }
  child.stdout?.on('data', take)
  child.stderr?.on('data', take)
  return lines
}

/** Creates a new cluster in `dataDir` (initdb), owned by the account PostgreSQL will run as. */
export const initialiseCluster = async ({
  binaries,
  dataDir,
  user,
  password,
  runAs,
  log,
}: ClusterOptions) => {
  // initdb reads the superuser's password from a file; it must be readable by that account.
  const passwordFile = path.join(os.tmpdir(), `opr-pg-password-${randomBytes(6).toString('hex')}`)
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 })
  if (runAs) await chown(passwordFile, runAs.uid, runAs.gid)
  try {
    const child = spawn(
      binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        // As the package did: plain password auth on loopback; SCRAM costs each of the many test
        // connections a key derivation.
        '--auth=password',
        `--username=${user}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--lc-messages=C',
      ],
      spawnOptions(runAs),
    )
    const output = collectOutput(child, log)
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject)
      child.once('close', resolve)
    })
    if (code !== 0) throw new Error(`initdb endete mit Code ${code}: ${output.slice(-3).join(' ')}`)
  } finally {
    await rm(passwordFile, { force: true })
  }
}

export type RunningServer = { stop: () => Promise<void> }

const readyMessage = 'database system is ready to accept connections'

/**
 * Starts `postgres` on `dataDir` and resolves once it accepts connections. The server is a child
 * of this process: a terminal's Ctrl+C reaches it too, and it is told to stop when we exit.
 */
export const startServer = async ({
  binaries,
  dataDir,
  port,
  runAs,
  log,
}: Omit<ClusterOptions, 'user' | 'password'> & { port: number }): Promise<RunningServer> => {
  const child = spawn(
    binaries.postgres,
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    spawnOptions(runAs),
  )
  const output = collectOutput(child, log)
  const stopOnExit = () => child.kill('SIGINT')
  process.once('exit', stopOnExit)

  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (output.some((line) => line.includes(readyMessage))) resolve()
    }
    child.stderr?.on('data', check)
    child.stdout?.on('data', check)
    child.once('error', reject)
    child.once('exit', (code) => {
      const reason = output.find((line) => /FATAL|ERROR|could not/i.test(line))?.trim()
      reject(new Error(reason ?? `postgres endete beim Start mit Code ${code}`))
    })
  })

  return {
    // SIGINT is PostgreSQL's "fast shutdown": open sessions end, data is written, then it exits.
    stop: async () => {
      process.removeListener('exit', stopOnExit)
      if (child.exitCode !== null || child.signalCode !== null) return
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGINT')
      })
    },
  }
}
