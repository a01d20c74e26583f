import { spawn } from 'node:child_process'

/** Runs scripts/run-task.ts in a child process with the current environment. */
export const runTask = (
  task: 'migrate' | 'seed' | 'prepare-dev',
  extraEnv: Record<string, string> = {},
) =>
  new Promise<void>((resolve, reject) => {
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
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new TaskFailedError(task, code ?? 1)),
    )
  })

/** The task has already printed its reason; the launcher only needs to pass the exit code on. */
export class TaskFailedError extends Error {
  constructor(
    task: string,
    readonly exitCode: number,
  ) {
    super(`Aufgabe „${task}“ ist fehlgeschlagen.`)
  }
}
