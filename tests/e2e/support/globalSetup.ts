/**
 * Once per `npm run test:e2e`: a fresh PostgreSQL with the seeded site, an SMTP sink, and the app
 * itself as production runs it (`next build`, then `npm start`'s script on a free port).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, type FileHandle, mkdir, mkdtemp, open, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { TestProject } from 'vitest/node'

import { runTsxScript } from '../../../scripts/lib/runTask'
import { startEmbeddedPostgres } from '../../../scripts/lib/postgres/embeddedPostgres'
import { choosePort } from '../../../scripts/lib/postgres/freePort'
import { startSmtpSink } from '../../helpers/smtpSink'
import { startFaultControl } from './faultControl'
import { runSql, uniqueDatabaseName, withDatabaseUrl } from '../../setup/testDatabase'

export type Account = { role: 'admin' | 'editor' | 'coordinator'; email: string; password: string }

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    mailDir: string
    accounts: Account[]
    artifactsDir: string
    /** stops and starts the SMTP sink and the database, see faultControl.ts */
    faultControlUrl: string
    /** false when the tests run against an outside PostgreSQL (DATABASE_URL) */
    canRestartDatabase: boolean
    appPid: number
    /** the app's TMPDIR, where Payload keeps uploads while they arrive */
    appTempDir: string
    /** the app's own variables, so a test can start a second instance on the same database */
    appEnv: Record<string, string>
  }
}

const run = promisify(execFile)

/** The app's PAYLOAD_SECRET in these tests (tests that sign like the app derive from it). */
export const e2ePayloadSecret = 'e2e-secret-only-for-browser-tests-0123456789'

const waitUntilServing = async (url: string, app: ChildProcess, timeoutMs = 180_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`Die App hat sich beendet (Code ${app.exitCode}).`)
    const ok = await fetch(url)
      .then((r) => r.status < 500)
      .catch(() => false)
    if (ok) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`Die App antwortet nicht unter ${url}.`)
}

export default async function setup(project: TestProject) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'opr-e2e-'))
  await chmod(work, 0o755)
  const mailDir = path.join(work, 'mail')
  const appTempDir = path.join(work, 'app-tmp')
  const artifactsDir = path.resolve('test-results')
  await mkdir(mailDir, { recursive: true })
  await mkdir(appTempDir, { recursive: true })
  await mkdir(artifactsDir, { recursive: true })

  let serverUrl = process.env.DATABASE_URL
  const db = serverUrl
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: path.join(work, 'pg'),
        database: 'postgres',
        preferredPort: 56432,
      })
  serverUrl ??= db!.url
  const database = uniqueDatabaseName('opr_e2e')
  await runSql(serverUrl, `create database "${database}"`)
  let sink = await startSmtpSink(0, mailDir)
  const smtpPort = sink.port
  let sinkRunning = true
  const control = await startFaultControl({
    smtp: {
      stop: async () => {
        sinkRunning = false
        await sink.stop()
      },
      start: async () => {
        sink = await startSmtpSink(smtpPort, mailDir)
        sinkRunning = true
      },
    },
    postgres: db,
  })
  const { port } = await choosePort(3900)
  const baseUrl = `http://127.0.0.1:${port}`

  const appEnv: Record<string, string> = {
    DATABASE_URL: withDatabaseUrl(serverUrl, database),
    PAYLOAD_SECRET: e2ePayloadSecret,
    SERVER_URL: baseUrl,
    PORT: String(port),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    SMTP_SECURE: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
    // People in these tests are quick robots: shorter waits, generous limits from one address
    // (every request comes from 127.0.0.1, and a client's X-Forwarded-For does not change that).
    FORM_MIN_FILL_SECONDS: '1',
    FORM_RATE_LIMIT_PER_IP: '100000',
    LOGIN_RATE_LIMIT_PER_IP: '1000',
    FORM_RATE_LIMIT_PER_EMAIL: '50',
    MAIL_LIMIT_PER_RECIPIENT: '50',
    MAIL_RETRY_DELAY_SECONDS: '1',
    // the app's own: the upload tests check that nothing is left behind in it
    TMPDIR: appTempDir,
  }
  const env = { ...process.env, ...appEnv }
  const taskEnv = { ...env, NODE_ENV: 'test' as const, DISABLE_PAYLOAD_HMR: 'true' }

  let app: ChildProcess | undefined
  let appLog: FileHandle | undefined
  const teardown = async () => {
    if (app?.pid) {
      try {
        process.kill(-app.pid, 'SIGTERM')
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 500))
    }
    await appLog?.close()
    await control.close()
    if (sinkRunning) await sink.stop()
    await runSql(serverUrl, `drop database if exists "${database}" with (force)`).catch(() => {})
    await db?.stop()
    await rm(work, { recursive: true, force: true })
  }

  try {
    await runTsxScript(['scripts/run-task.ts', 'seed'], { env: taskEnv })
    const { stdout } = await runTsxScript(['tests/e2e/support/createAccounts.ts'], {
      env: taskEnv,
    })
    const accounts = JSON.parse(stdout.trim().split('\n').pop()!) as Account[]
    if (!(process.env.E2E_SKIP_BUILD === '1' && existsSync('.next/BUILD_ID')))
      await run(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
        env: { ...env, NODE_ENV: 'production' as const },
        maxBuffer: 64 * 1024 * 1024,
      })
    await mkdir(artifactsDir, { recursive: true })
    appLog = await open(path.join(artifactsDir, 'app.log'), 'w')
    // as `npm start` does it (through scripts/launch.mjs, which restarts a stalled module load)
    app = spawn(process.execPath, ['scripts/launch.mjs', 'scripts/start.ts'], {
      env,
      detached: true,
      // The app's log (Payload writes it to stdout) is kept beside the screenshots for failures.
      stdio: ['ignore', appLog.fd, 'inherit'],
    })
    await waitUntilServing(`${baseUrl}/`, app)
    project.provide('baseUrl', baseUrl)
    project.provide('mailDir', mailDir)
    project.provide('accounts', accounts)
    project.provide('artifactsDir', artifactsDir)
    project.provide('faultControlUrl', control.url)
    project.provide('canRestartDatabase', Boolean(db?.owned))
    project.provide('appPid', app.pid!)
    project.provide('appTempDir', appTempDir)
    project.provide('appEnv', appEnv)
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
