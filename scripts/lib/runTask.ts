import { spawn } from 'node:child_process'

type Task = 'migrate' | 'seed' | 'prepare-dev'

// Node 20 with tsx now and then never finishes loading Payload's module graph and exits with 13
// ("unsettled top-level await") before the task's first line runs. Nothing has happened then,
// so starting the task again is safe.
export const moduleLoadingStalled = 13
const attempts = 3

const runOnce = (task: Task, extraEnv: Record<string, string>) =>
  new Promise<number>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'scripts/run-task.ts', task],
      {
        stdio: 'inherit',
        // No Next.js dev server to reload from: keep getPayload from opening its HMR socket.
        env: { ...process.env, DISABLE_PAYLOAD_HMR: 'true', ...extraEnv },
      },
    )
    child.on('error', reject)
    child.on('exit', (code) => resolve(code ?? 1))
  })

/** Runs scripts/run-task.ts in a child process with the current environment. */
export const runTask = async (task: Task, extraEnv: Record<string, string> = {}) => {
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const code = await runOnce(task, extraEnv)
    if (code === 0) return
    if (code !== moduleLoadingStalled || attempt === attempts) throw new TaskFailedError(task, code)
    console.warn(`[${task}] Node.js blieb beim Laden der Module stehen; neuer Versuch …`)
  }
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
