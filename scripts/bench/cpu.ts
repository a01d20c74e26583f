/**
 * Where the machine's CPU goes during a bench run (Linux `/proc`): the app's process tree, the
 * bench process itself (the load generator), and the rest (mostly PostgreSQL). On two cores a
 * registration's cost is the sum of all three, not only the app's share.
 */
import { readdirSync, readFileSync } from 'node:fs'

import { decimal } from './measure'

const ticksPerSecond = 100 // USER_HZ on Linux

/** utime + stime and parent of one process, in clock ticks; undefined when it is gone. */
const readStat = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name may contain spaces and parentheses; the fields follow its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }
  } catch {
    return undefined
  }
}

const processTree = (root: number) => {
  const parents = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry)
    if (!Number.isInteger(pid)) continue
    const stat = readStat(pid)
    if (stat) parents.set(pid, stat.parent)
  }
  const tree = new Set([root])
  let grew = true
  while (grew) {
    grew = false
    for (const [pid, parent] of parents)
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid)
        grew = true
      }
  }
  return [...tree]
}

const treeTicks = (roots: number[]) =>
  roots.flatMap(processTree).reduce((sum, pid) => sum + (readStat(pid)?.ticks ?? 0), 0)

/** Busy ticks of all cores together (everything but idle and iowait). */
const machineTicks = () => {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/)
  const n = values.map(Number)
  return n.reduce((a, b) => a + b, 0) - (n[3] ?? 0) - (n[4] ?? 0)
}

export type CpuShare = { app: number; bench: number; rest: number; wallSeconds: number }

/**
 * Starts counting; the returned function stops and reports CPU seconds per part. Processes that
 * end in between lose their ticks, so the app's tree must outlive the measurement.
 */
export const countCpu = (appRoots: number[]) => {
  const started = {
    app: treeTicks(appRoots),
    bench: process.cpuUsage(),
    machine: machineTicks(),
    at: Date.now(),
  }
  return (): CpuShare => {
    const app = (treeTicks(appRoots) - started.app) / ticksPerSecond
    const used = process.cpuUsage(started.bench)
    const bench = (used.user + used.system) / 1e6
    const machine = (machineTicks() - started.machine) / ticksPerSecond
    return {
      app,
      bench,
      rest: Math.max(0, machine - app - bench),
      wallSeconds: (Date.now() - started.at) / 1000,
    }
  }
}

/** CPU milliseconds per unit of work, e.g. "App 14,2 ms, Last 1,1 ms, Rest 6,3 ms je Anmeldung". */
export const describeCpu = (share: CpuShare, units: number, unit: string) => {
  const ms = (s: number) => `${decimal((1000 * s) / units)} ms`
  return `App ${ms(share.app)}, Lastgenerator ${ms(share.bench)}, übrige (PostgreSQL) ${ms(share.rest)} je ${unit}`
}
