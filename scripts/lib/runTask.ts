import { type ExecFileOptions, execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'

type Task = 'migrate' | 'seed' | 'prepare-dev'

const tsx = 'node_modules/tsx/dist/cli.mjs'
const execFileAsync = promisify(execFile)

// Node 20 with tsx now and then never finishes loading Payload's module graph and exits with 13
// ("unsettled top-level await") before the script's first line runs. Nothing has happened then,
// so starting the script again is safe. The stall comes more often on a busy machine: on
// 05.12.2026 a CI run whose machine also ran other tests saw three stalls of `migrate` in a row, so
// a script gets six starts (a stalled start ends within a second or two).
export const moduleLoadingStalled = 13
const attempts = 6

/** Runs `once` again (up to six times in all) while it reports a stalled module load. */
export const retryWhileLoadingStalls = async <T>(
  label: string,
  once: () => Promise<T>,
  stalled: (outcome: T) => boolean,
) => {
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await once()
    if (!stalled(outcome) || attempt === attempts) return outcome
    console.warn(`[${label}] Node.js blieb beim Laden der Module stehen; neuer Versuch …`)
  }
}

const runTaskOnce = (task: Task, extraEnv: Record<string, string>) =>
  new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, 'scripts/run-task.ts', task], {
      stdio: 'inherit',
      // No Next.js dev server to reload from: keep getPayload from opening its HMR socket.
      env: { ...process.env, DISABLE_PAYLOAD_HMR: 'true', ...extraEnv },
    })
    child.on('error', reject)
    child.on('exit', (code) => resolve(code ?? 1))
  })

/** Runs scripts/run-task.ts in a child process with the current environment. */
export const runTask = async (task: Task, extraEnv: Record<string, string> = {}) => {
  const code = await retryWhileLoadingStalls(
    task,
    () => runTaskOnce(task, extraEnv),
    (exitCode) => exitCode === moduleLoadingStalled,
  )
  if (code !== 0) throw new TaskFailedError(task, code)
}

/** Runs a TypeScript script through tsx and collects its output (test and bench set-up). */
export const runTsxScript = async (
  args: string[],
  options: ExecFileOptions & { env: NodeJS.ProcessEnv },
) => {
  const outcome = await retryWhileLoadingStalls(
    args[0],
    () =>
      execFileAsync(process.execPath, [tsx, ...args], {
        maxBuffer: 16 * 1024 * 1024,
        ...options,
        encoding: 'utf8',
      }).then(
        (result) => ({ result }),
        (error: Error & { code?: unknown }) => ({ error }),
      ),
    (settled) => 'error' in settled && settled.error.code === moduleLoadingStalled,
  )
  if ('error' in outcome) throw outcome.error
  return outcome.result
}

/** The task has already printed its reason; the launcher only needs to pass the exit code on. */
export class TaskFailedError extends Error {
  constructor(
    task: string,
    readonly exitCode: number,
  ) {
    super(`Aufgabe „${task}“ ist fehlgeschlagen.`)
  }
}
