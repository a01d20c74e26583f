/**
 * Where one registration's time goes: the production server runs under V8's CPU profiler
 * (`node --cpu-prof`) while registrations come in one after another; only the samples taken during
 * those registrations count. Samples in the server bundles are traced back through the bundles'
 * source maps to the package or the file of ours they came from.
 *
 * The profile's timestamps and `process.hrtime` read the same monotonic clock of the machine, so
 * the bench can mark the window from outside the server.
 */
import { cp, readdir, readFile, stat } from 'node:fs/promises'
import { SourceMap } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { type AppInstance, startInstance } from './app'
import { stopProcess } from './measure'
import { type BenchEvent, registerMany } from './registrations'

type CallFrame = { url: string; lineNumber: number; columnNumber: number; functionName: string }
type ProfileNode = { id: number; callFrame: CallFrame }
type CpuProfile = {
  nodes: ProfileNode[]
  startTime: number
  samples: number[]
  timeDeltas: number[]
}

export type ProfileSummary = {
  units: number
  /** CPU time per unit of work in ms (busy samples only, idle left out) */
  cpuMs: number
  /** origin → ms per unit, largest first */
  byOrigin: [string, number][]
  /** our own files → ms per unit, largest first */
  ownFiles: [string, number][]
}

const nowMicros = () => Number(process.hrtime.bigint() / 1000n)

/** "payload", "@payloadcms/db-postgres", "src/registration", … from a path inside the project. */
export const originOf = (source: string): string => {
  const modules = source.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const [scope, name] = source.slice(modules + 'node_modules/'.length).split('/')
    // drizzle-orm ships maps to its own TypeScript (`../src/entity.ts`); traced through the
    // bundle's map they land one folder too high, at node_modules/src.
    if (scope === 'src') return 'drizzle-orm'
    return scope?.startsWith('@') ? `${scope}/${name}` : (scope ?? 'node_modules')
  }
  const own = source.match(/(?:^|\/)(src\/[^/]+|payload\.config\.ts|scripts)/)
  return own ? own[1]! : source
}

const sourceMaps = new Map<string, SourceMap | undefined>()

const sourceMapOf = async (file: string) => {
  if (!sourceMaps.has(file)) {
    const map = await readFile(`${file}.map`, 'utf8').then(
      (text) => new SourceMap(JSON.parse(text)),
      () => undefined,
    )
    sourceMaps.set(file, map)
  }
  return sourceMaps.get(file)
}

/** The original source of a sampled frame: a bundle position traced back, or the file itself. */
const sourceOf = async (frame: CallFrame) => {
  if (!frame.url) return frame.functionName // (garbage collector), (program), …
  if (frame.url.startsWith('node:')) return 'Node.js (intern)'
  const file = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url
  if (file.includes(`${path.sep}.next${path.sep}`)) {
    const entry = (await sourceMapOf(file))?.findEntry(frame.lineNumber, frame.columnNumber)
    const original = entry && 'originalSource' in entry ? entry.originalSource : undefined
    if (original)
      return decodeURIComponent(original)
        .replace(/^turbopack:\/\/\/\[project\]\//, '')
        .replace(/^(\.\.\/)+/, '')
  }
  return file
}

/** Node writes one profile per thread (tsx's loader has its own): the server's is the busy one. */
const busiestProfile = async (dir: string, from: number, to: number) => {
  let best: { profile: CpuProfile; busy: number } | undefined
  for (const name of await readdir(dir)) {
    const profile = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as CpuProfile
    const idle = new Set(
      profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id),
    )
    let t = profile.startTime
    let busy = 0
    profile.timeDeltas.forEach((delta, i) => {
      t += delta
      if (t >= from && t <= to && !idle.has(profile.samples[i]!)) busy += delta
    })
    if (!best || busy > best.busy) best = { profile, busy }
  }
  return best?.profile
}

const waitForProfiles = async (dir: string) => {
  for (let waited = 0; waited < 30_000; waited += 250) {
    const files = await readdir(dir)
    const sizes = await Promise.all(files.map((f) => stat(path.join(dir, f)).then((s) => s.size)))
    if (files.length > 0 && sizes.every((size) => size > 0)) return
    await new Promise((r) => setTimeout(r, 250))
  }
}

const summarise = async (
  profile: CpuProfile,
  from: number,
  to: number,
  units: number,
): Promise<ProfileSummary> => {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const byOrigin = new Map<string, number>()
  const ownFiles = new Map<string, number>()
  let busyMicros = 0
  let t = profile.startTime
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0
    t += delta
    if (t < from || t > to) continue
    const frame = nodes.get(profile.samples[i]!)!.callFrame
    if (frame.functionName === '(idle)') continue
    const source = await sourceOf(frame)
    const origin = originOf(source)
    busyMicros += delta
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + delta)
    if (origin.startsWith('src/')) ownFiles.set(source, (ownFiles.get(source) ?? 0) + delta)
  }
  const perRegistration = (entries: Map<string, number>) =>
    [...entries]
      .map(([key, micros]): [string, number] => [key, micros / 1000 / units])
      .sort((a, b) => b[1] - a[1])
  return {
    units,
    cpuMs: busyMicros / 1000 / units,
    byOrigin: perRegistration(byOrigin),
    ownFiles: perRegistration(ownFiles),
  }
}

/**
 * Starts one more instance under the profiler, runs `warm` once, profiles `work` (which does
 * `units` pieces of work against the instance's URL), stops it and summarises per unit.
 */
export const profileWork = async (
  env: NodeJS.ProcessEnv,
  dir: string,
  units: number,
  warm: (url: string) => Promise<unknown>,
  work: (url: string) => Promise<unknown>,
): Promise<ProfileSummary | undefined> => {
  let instance: AppInstance | undefined
  try {
    // (not allowed in NODE_OPTIONS: Node takes the profiler's flags only on its command line)
    instance = await startInstance(env, 3990, ['--cpu-prof', `--cpu-prof-dir=${dir}`])
    await warm(instance.url)
    const from = nowMicros()
    await work(instance.url)
    const to = nowMicros()
    stopProcess(instance.child)
    await new Promise((resolve) => instance!.child.once('exit', resolve))
    await waitForProfiles(dir)
    // For a closer look (Chrome DevTools, speedscope): BENCH_KEEP_PROFILE=<folder>.
    if (process.env.BENCH_KEEP_PROFILE)
      await cp(dir, process.env.BENCH_KEEP_PROFILE, { recursive: true })
    const profile = await busiestProfile(dir, from, to)
    return profile && summarise(profile, from, to, units)
  } finally {
    stopProcess(instance?.child)
  }
}

/** `total` registrations one after another, after ten to warm the path. */
export const profileRegistrations = (
  env: NodeJS.ProcessEnv,
  event: BenchEvent,
  dir: string,
  total = 100,
) =>
  profileWork(
    env,
    dir,
    total,
    (url) => registerMany([url], event, 10, 1, 100_000),
    (url) => registerMany([url], event, total, 1, 100_010),
  )

/** `total` requests of a cached page, ten at a time, after a warm-up. */
export const profilePage = (
  env: NodeJS.ProcessEnv,
  pagePath: string,
  dir: string,
  total = 2000,
) => {
  const fetchMany = async (url: string, count: number) => {
    const worker = async () => {
      while (count-- > 0) await (await fetch(`${url}${pagePath}`)).arrayBuffer()
    }
    await Promise.all(Array.from({ length: 10 }, worker))
  }
  return profileWork(
    env,
    dir,
    total,
    (url) => fetchMany(url, 200),
    (url) => fetchMany(url, total),
  )
}

export const describeProfile = (summary: ProfileSummary, top = 8) => {
  const ms = (value: number) => `${value.toFixed(1).replace('.', ',')} ms`
  const origins = summary.byOrigin
    .slice(0, top)
    .map(([origin, value]) => `${origin} ${ms(value)}`)
    .join(', ')
  const own = summary.ownFiles
    .slice(0, 3)
    .map(([file, value]) => `${file} ${ms(value)}`)
    .join(', ')
  return { cpu: ms(summary.cpuMs), origins, own }
}
