/**
 * Runs one of our TypeScript scripts under tsx: `npm run dev`, `npm start` and the other npm
 * scripts start through this file. Node 20 with tsx now and then stalls loading a script's modules
 * and exits with 13 before the script's first line runs (see scripts/lib/runTask.ts); nothing has
 * happened then, so the script is started again instead of ending `npm start` for no reason.
 * Plain JavaScript on purpose: this file itself must load without tsx.
 *
 * Usage: node scripts/launch.mjs scripts/start.ts [arguments …]
 */
import { spawn } from 'node:child_process'
import process from 'node:process'
import { URL, fileURLToPath } from 'node:url'

const moduleLoadingStalled = 13
// As in scripts/lib/runTask.ts: a stalled start ends within a second or two, stalls come in runs.
const attempts = 6
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url))
const [script, ...args] = process.argv.slice(2)

if (!script) {
  process.stderr.write('Aufruf: node scripts/launch.mjs <Skript.ts> [Argumente …]\n')
  process.exit(2)
}

let child
let stopping = false
// A stop sent to this process alone (systemd, `kill`) reaches the script; a terminal's Ctrl+C
// reaches both, and the script's own handlers ignore the second signal. A hang-up goes on as
// SIGTERM: tsx relays only SIGINT and SIGTERM, and would die of SIGHUP and leave the script
// running without a parent.
const relayed = { SIGINT: 'SIGINT', SIGTERM: 'SIGTERM', SIGHUP: 'SIGTERM' }
for (const [signal, relayAs] of Object.entries(relayed))
  process.on(signal, () => {
    stopping = true
    child?.kill(relayAs)
  })

const runOnce = () =>
  new Promise((resolve) => {
    child = spawn(process.execPath, [tsx, script, ...args], { stdio: 'inherit' })
    child.once('error', (error) => {
      process.stderr.write(`${script} konnte nicht gestartet werden: ${error.message}\n`)
      resolve({ code: 1 })
    })
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })

for (let attempt = 1; ; attempt += 1) {
  const { code, signal } = await runOnce()
  if (code === moduleLoadingStalled && attempt < attempts && !stopping) {
    process.stderr.write(
      `[${script}] Node.js blieb beim Laden der Module stehen; neuer Versuch …\n`,
    )
    continue
  }
  // Ended by a signal: end the same way, so that whoever started us sees it.
  if (signal) {
    process.removeAllListeners(signal)
    process.kill(process.pid, signal)
  }
  process.exit(code ?? 1)
}
