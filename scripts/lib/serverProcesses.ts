/**
 * `npm start`'s server processes: scripts/serve.ts, bundled with esbuild at start (a fraction of a
 * second, so it always matches the source) and run by plain Node in `count` cluster workers that
 * share one port. The process running this (under tsx) only starts, watches and stops them.
 */
import cluster, { type Worker } from 'node:cluster'
import { mkdir, rename } from 'node:fs/promises'
import path from 'node:path'

import { build } from 'esbuild'

const entry = 'scripts/serve.ts'
const bundleDir = path.join('.next', 'opr-server')

/** Bundles our own modules of the server into one file; packages stay imports from node_modules. */
const bundleServer = async () => {
  await mkdir(bundleDir, { recursive: true })
  const target = path.resolve(bundleDir, 'serve.mjs')
  // Written aside and renamed: instances starting at once from one folder never read half a file.
  const partial = `${target}.${process.pid}`
  await build({
    entryPoints: [entry],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  })
  await rename(partial, target)
  return target
}

/**
 * A larger young generation for the server processes: a registration allocates a lot of
 * short-lived objects (Payload's field hooks, Drizzle's query building, web streams), and with
 * Node's default of 16 MB per semi-space a burst of registrations spends much of its time in
 * scavenges. With 64 MB the 500-registration race took 10 % less app CPU per registration
 * (Node 20, `npm run bench`, 07.12.2026: 14.3 → 13.0 ms); the cost is up to about 100 MB more
 * memory per process under load.
 */
export const serverHeapFlags = ['--max-semi-space-size=64']

/** Node's own flags of this process (e.g. the bench's profiler), without tsx's loader. */
const flagsForWorkers = (flags: string[]) => {
  const kept: string[] = []
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i]!
    const loads = flag === '--require' || flag === '--import' || flag === '-r'
    if (loads && /tsx/.test(flags[i + 1] ?? '')) i++
    else if (!/^--(require|import)=.*tsx/.test(flag)) kept.push(flag)
  }
  return kept
}

const exitOf = (worker: Worker) =>
  new Promise<void>((resolve) => {
    if (worker.isDead()) resolve()
    else worker.once('exit', () => resolve())
  })

/**
 * Starts `count` server processes on `port` and resolves when all of them listen. A process that
 * ends on its own ends the whole server with exit code 1 (a supervisor such as systemd restarts
 * it; a half-served site would hide the fault). SIGINT/SIGTERM stop them all and end with 0.
 */
export const startServerProcesses = async ({ port, count }: { port: number; count: number }) => {
  cluster.setupPrimary({
    exec: await bundleServer(),
    execArgv: [...serverHeapFlags, ...flagsForWorkers(process.execArgv)],
  })
  const workers = Array.from({ length: count }, () => cluster.fork({ PORT: String(port) }))
  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    for (const worker of workers) worker.process.kill('SIGTERM')
    void Promise.all(workers.map(exitOf)).then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  const listening = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        worker.once('listening', () => resolve())
        worker.once('exit', (code) => reject(new Error(`Serverprozess beendet (Code ${code})`)))
      }),
  )
  for (const worker of workers)
    worker.on('exit', (code, signal) => {
      if (stopping) return
      console.error(
        `[start] Ein Serverprozess hat sich beendet (${signal ?? `Code ${code}`}); der Server hält an.`,
      )
      stopping = true
      for (const other of workers) if (other !== worker) other.process.kill('SIGTERM')
      void Promise.all(workers.map(exitOf)).then(() => process.exit(1))
    })
  await Promise.all(listening)
}
