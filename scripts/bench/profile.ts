/**
 * Where one registration's time goes: the production server runs under V8's CPU profiler
 * (`node --cpu-prof`) while registrations come in one after another; only the samples taken during
 * those registrations count. Samples in the server bundles are traced back through the bundles'
 * source maps to the package or the file of ours they came from.
 *
 * The profile's timestamps and `process.hrtime` read the same monotonic clock of the machine, so
 * the bench can mark the window from outside the server.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
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
  registrations: number
  /** CPU time per registration in ms (busy samples only, idle left out) */
  cpuMs: number
  /** origin → ms per registration, largest first */
  byOrigin: [string, number][]
  /** our own files → ms per registration, largest first */
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
  registrations: number,
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
      .map(([key, micros]): [string, number] => [key, micros / 1000 / registrations])
      .sort((a, b) => b[1] - a[1])
  return {
    registrations,
    cpuMs: busyMicros / 1000 / registrations,
    byOrigin: perRegistration(byOrigin),
    ownFiles: perRegistration(ownFiles),
  }
}

/**
 * Starts one more instance under the profiler, warms its registration path, profiles `total`
 * registrations one after another, stops it and summarises.
 */
export const profileRegistrations = async (
  env: NodeJS.ProcessEnv,
  event: BenchEvent,
  dir: string,
  total = 100,
): Promise<ProfileSummary | undefined> => {
  let instance: AppInstance | undefined
  try {
    // (not allowed in NODE_OPTIONS: Node takes the profiler's flags only on its command line)
    instance = await startInstance(env, 3990, ['--cpu-prof', `--cpu-prof-dir=${dir}`])
    await registerMany([instance.url], event, 10, 1, 100_000)
    const from = nowMicros()
    await registerMany([instance.url], event, total, 1, 100_010)
    const to = nowMicros()
    stopProcess(instance.child)
    await new Promise((resolve) => instance!.child.once('exit', resolve))
    await waitForProfiles(dir)
    const profile = await busiestProfile(dir, from, to)
    return profile && summarise(profile, from, to, total)
  } finally {
    stopProcess(instance?.child)
  }
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
