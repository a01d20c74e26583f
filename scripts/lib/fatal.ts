import { ConfigurationError } from '@/config/env'

import { TaskFailedError } from './runTask'

/** Ends a script with one clear sentence; a stack trace only for errors nobody anticipated. */
export const exitWithError = (error: unknown): never => {
  if (error instanceof TaskFailedError) process.exit(error.exitCode)
  if (error instanceof ConfigurationError) {
    console.error(`\nKonfigurationsfehler: ${error.message}\n`)
  } else if (error instanceof Error && error.message.startsWith('Die eingebettete PostgreSQL')) {
    console.error(`\n${error.message}\n`)
  } else {
    console.error(error)
  }
  process.exit(1)
}
