import { spawn } from 'node:child_process'

export type ScriptResult = { code: number | null; output: string }

/**
 * Runs one of our npm scripts' entry files the way npm does, with a controlled environment, in the
 * project (or in `cwd`, a copy of it).
 */
export const runScript = (
  script: string,
  args: string[],
  env: Record<string, string>,
  cwd = process.cwd(),
) =>
  new Promise<ScriptResult>((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/launch.mjs', script, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', ...env },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearTimeout(timer)
      // eslint-disable-next-line no-control-regex -- strips the colours of Payload's logger
      resolve({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') })
    })
  })
