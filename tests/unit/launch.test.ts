/**
 * scripts/launch.mjs starts `npm start`, `npm run dev` and the other npm scripts: a start that
 * stalls loading its modules (Node 20 with tsx, exit 13) is started again; any other ending, and a
 * stop signal, pass through unchanged.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

let dir = ''
let countFile = ''
const running: ChildProcess[] = []

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'opr-launch-'))
  countFile = path.join(dir, 'starts')
  await writeFile(countFile, '')
})
afterEach(async () => {
  // a failed signal test must not leave its script behind
  for (const child of running.splice(0))
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // already gone
    }
  await rm(dir, { recursive: true, force: true })
})

const launch = (env: Record<string, string>) => {
  const child = spawn(process.execPath, ['scripts/launch.mjs', 'tests/fixtures/stallsAtFirst.ts'], {
    env: { ...process.env, START_COUNT: countFile, ...env },
    detached: true,
  })
  running.push(child)
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  return { child, ended, output: () => output }
}

const starts = async () => Number(await readFile(countFile, 'utf8'))

describe('scripts/launch.mjs', () => {
  it('starts a script again while its module load stalls, then passes its exit code on', async () => {
    const run = launch({ STALLS: '2', EXIT_CODE: '0' })
    expect((await run.ended).code).toBe(0)
    expect(await starts()).toBe(3)
    expect(run.output()).toContain('blieb beim Laden der Module stehen')
  })

  it('does not start a script again that failed for another reason', async () => {
    const run = launch({ EXIT_CODE: '3' })
    expect((await run.ended).code).toBe(3)
    expect(await starts()).toBe(1)
  })

  it('gives up after six stalled starts and ends with 13', async () => {
    const run = launch({ STALLS: '99' })
    expect((await run.ended).code).toBe(13)
    expect(await starts()).toBe(6)
  })

  it.each(['SIGTERM', 'SIGHUP'] as const)(
    'passes %s sent to it alone on to the running script as a stop',
    async (signal) => {
      const run = launch({ WAIT_FOR_SIGTERM: '1' })
      while (!run.output().includes('bereit')) await new Promise((r) => setTimeout(r, 100))
      run.child.kill(signal)
      // A hang-up passed on as it came killed tsx and left the script running without a parent.
      expect((await run.ended).code).toBe(0)
      expect(run.output()).toContain('SIGTERM erhalten')
    },
  )
})
