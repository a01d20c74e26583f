import { type ExecFileOptions, execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { moduleLoadingStalled } from './runTask'

const execFileAsync = promisify(execFile)
const attempts = 3

/**
 * Runs a TypeScript script through tsx and collects its output. Like `runTask`, it starts the
 * script again when Node stalled while loading modules (exit code 13): nothing ran then.
 */
export const runTsxScript = async (
  args: string[],
  options: ExecFileOptions & { env: NodeJS.ProcessEnv },
) => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await execFileAsync(process.execPath, ['node_modules/tsx/dist/cli.mjs', ...args], {
        maxBuffer: 16 * 1024 * 1024,
        ...options,
        encoding: 'utf8',
      })
    } catch (error) {
      if ((error as { code?: unknown }).code !== moduleLoadingStalled || attempt === attempts)
        throw error
    }
  }
}
