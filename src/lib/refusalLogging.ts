import { type Config, defaultLoggerOptions } from 'payload'

import { unreadableMultipartMessages } from '@/domain/http/unreadableBody'

type LogMethod = (this: RefusalLogger, ...args: unknown[]) => void
type RefusalLogger = { info: (entry: { msg: string }) => void }

const errorLevel = 50 // pino's number for `error`

/** The error a log call carries (`logger.error({ err })`, as Payload logs a failed request). */
const errorOf = (entry: unknown) =>
  entry && typeof entry === 'object' && 'err' in entry
    ? (entry.err as { status?: unknown; message?: unknown } | null)
    : undefined

/**
 * Payload picks the level of a failed request's log by the error's class name (`loggingLevels`),
 * and by default logs a refusal (400, 403, 404 …) as one line of information. The production build
 * shortens class names, so every refusal was logged as an error with its whole stack, and anyone
 * could fill the log with them (a body that is not JSON, an unknown id). A logged error that
 * answered with a status below 500 is written as information again: its message, one line; so is
 * a multipart body that cannot be taken apart (answered with 400, see answerUnreadableBody).
 */
export function logRefusalsAsInfo(
  this: RefusalLogger,
  args: unknown[],
  method: LogMethod,
  level: number,
) {
  const error = errorOf(args[0])
  const refused =
    (typeof error?.status === 'number' && error.status < 500) ||
    unreadableMultipartMessages.has(String(error?.message))
  if (level >= errorLevel && refused) {
    const context = (args[0] as { msg?: unknown }).msg
    return this.info({ msg: [context, error!.message].filter(Boolean).join(': ') })
  }
  return method.apply(this, args)
}

/** Payload's own log output (readable lines on stdout), with refusals logged as information. */
export const payloadLogger: Config['logger'] = {
  options: { hooks: { logMethod: logRefusalsAsInfo as never } },
  destination: defaultLoggerOptions,
}
