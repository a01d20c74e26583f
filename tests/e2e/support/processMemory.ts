import { readdirSync, readFileSync } from 'node:fs'

const childrenOf = (pid: number): number[] =>
  readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
      .split(' ')
      .filter(Boolean)
      .map(Number),
  )

const residentBytes = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)
  return line ? Number(line[1]) * 1024 : 0
}

/** Resident memory of a process and all its descendants (the start script, `next start`). */
export const treeResidentBytes = (pid: number): number => {
  try {
    return residentBytes(pid) + childrenOf(pid).reduce((sum, c) => sum + treeResidentBytes(c), 0)
  } catch {
    return 0 // the process ended between listing and reading
  }
}

/** Samples the tree's resident memory every 100 ms until stopped; returns the highest value. */
export const sampleMemory = (pid: number) => {
  let peak = treeResidentBytes(pid)
  const timer = setInterval(() => {
    peak = Math.max(peak, treeResidentBytes(pid))
  }, 100)
  return {
    stop: () => {
      clearInterval(timer)
      return Math.max(peak, treeResidentBytes(pid))
    },
  }
}
