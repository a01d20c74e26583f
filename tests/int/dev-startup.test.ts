import { existsSync } from 'node:fs'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '../../scripts/lib/postgres/embeddedPostgres'
import { choosePort } from '../../scripts/lib/postgres/freePort'

import { runScript } from '../helpers/runScript'

const root = await mkdtemp(path.join(os.tmpdir(), 'opr-dev-start-'))
await chmod(root, 0o755)
const dataDir = path.join(root, '.data')
const pgDir = path.join(dataDir, 'postgres')
const { port } = await choosePort(56000 + Math.floor(Math.random() * 1000))

afterAll(() => rm(root, { recursive: true, force: true }))

// What `npm run dev` does before starting Next.js, on a machine without DATABASE_URL.
const prepareDev = () =>
  runScript('scripts/dev.ts', ['--prepare-only'], {
    OPR_DATA_DIR: dataDir,
    EMBEDDED_DB_PORT: String(port),
  })

const passwordsIn = (output: string) => [...output.matchAll(/Passwort: (\S+)/g)].map((m) => m[1])

// Each start migrates and seeds a database: allow for a busy machine.
describe('npm run dev on a fresh machine', { timeout: 120_000 }, () => {
  let firstPasswords: string[] = []

  it('creates the embedded database, migrates, seeds and prints demo logins', async () => {
    const { code, output } = await prepareDev()
    expect(code, output).toBe(0)
    expect(output).toContain('Neue Datenbank wird')
    expect(output).toMatch(/Migrated:\s+\d+_\d+_initial/)
    expect(output).toContain('admin@demo.example')
    expect(output).toContain('redaktion@demo.example')
    expect(output).toContain('koordination@demo.example')
    firstPasswords = passwordsIn(output)
    expect(firstPasswords).toHaveLength(3)
    expect(existsSync(path.join(pgDir, 'postmaster.pid')), 'database left running').toBe(false)
  })

  it('reuses the data on the second start: no new database, no migration, same logins', async () => {
    const { code, output } = await prepareDev()
    expect(code, output).toBe(0)
    expect(output).not.toContain('Neue Datenbank wird')
    expect(output).not.toContain('Migrated:')
    expect(output).not.toContain('Demo-Konto angelegt')
    expect(passwordsIn(output)).toEqual(firstPasswords)
  })

  it('is not blocked by the pid file of a crashed run', async () => {
    const pidFile = path.join(pgDir, 'postmaster.pid')
    await writeFile(pidFile, `999999\n${pgDir}\n1700000000\n${port}\n\n127.0.0.1\n`)
    const { code, output } = await prepareDev()
    expect(code, output).toBe(0)
    expect(output).toContain('Veraltete PID-Datei')
  })

  it('moves to a free port when its port is taken, and says so', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve))
    try {
      const { code, output } = await prepareDev()
      expect(code, output).toBe(0)
      expect(output).toContain(`Port ${port} ist belegt`)
    } finally {
      await new Promise((resolve) => blocker.close(resolve))
    }
  })

  it('shares a PostgreSQL that already runs on the same data and leaves it running', async () => {
    const running = await startEmbeddedPostgres({
      dataDir: pgDir,
      database: 'opr',
      preferredPort: port,
    })
    try {
      const { code, output } = await prepareDev()
      expect(code, output).toBe(0)
      expect(output).toContain('läuft bereits')
      expect(existsSync(path.join(pgDir, 'postmaster.pid'))).toBe(true)
    } finally {
      await running.stop()
    }
    const accounts = JSON.parse(await readFile(path.join(dataDir, 'demo-accounts.json'), 'utf8'))
    expect(accounts).toHaveLength(3)
  })
})
