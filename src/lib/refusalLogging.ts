import { type Config, defaultLoggerOptions } from 'payload'

import { unreadableMultipartMessages } from '@/domain/http/unreadableBody'
import { isRefusedQueryValue, loggableError, loggableText } from '@/domain/logging/loggableError'

type LogMethod = (this: RefusalLogger, ...args: unknown[]) => void
type RefusalLogger = { info: (entry: { msg: string }) => void }

const errorLevel = 50 // pino's number for `error`

/** PostgreSQL's SQLSTATE, where the error carries one. */
const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code

/**
 * The error of a log call shaped as Payload logs a failed request: `logger.error({ err })` and
 * nothing else. Our own calls add a `msg` and stay as they were written.
 */
const requestErrorOf = (args: unknown[]) => {
  const [entry] = args
  if (args.length !== 1 || !entry || typeof entry !== 'object') return undefined
  const keys = Object.keys(entry)
  return keys.length === 1 && keys[0] === 'err'
    ? ((entry as { err: unknown }).err as { status?: unknown; message?: unknown } | null)
    : undefined
}

/**
 * Payload picks the level of a failed request's log by the error's class name (`loggingLevels`),
 * and by default logs a refusal (400, 403, 404 …) as one line of information. The production build
 * shortens class names, so every refusal was logged as an error with its whole stack, and anyone
 * could fill the log with them (a body that is not JSON, an unknown id). A logged error that
 * answered with a status below 500 is written as information again: its message, one line; so is
 * a multipart body that cannot be taken apart (answered with 400, see answerUnreadableBody), and
 * a value PostgreSQL refused (400, answerInvalidValue), without the values. Our
 * own error logs (with a message of their own) are left alone.
 */
export function logRefusalsAsInfo(
  this: RefusalLogger,
  args: unknown[],
  method: LogMethod,
  level: number,
) {
  const error = requestErrorOf(args)
  const refused =
    (typeof error?.status === 'number' && error.status < 500) ||
    unreadableMultipartMessages.has(String(error?.message)) ||
    // answered with 400 by answerInvalidValue
    isRefusedQueryValue(error)
  if (level >= errorLevel && refused)
    return this.info({ msg: loggableText(String(error!.message), codeOf(error)) })
  return method.apply(this, withMessageOfItsOwn(args))
}

/**
 * pino takes the message of an error logged without one from the error itself (`logger.error(err)`,
 * `logger.error({ err })`), past the `err` serializer: a failed query's values would stand there.
 * Such a call gets the message without them.
 */
const withMessageOfItsOwn = (args: unknown[]): unknown[] => {
  const [first, ...rest] = args
  if (typeof rest[0] === 'string') return args
  if (first instanceof Error)
    return [{ err: first, msg: loggableText(first.message, codeOf(first)) }, ...rest]
  const err = (first as { err?: unknown; msg?: unknown } | null)?.err
  if (err instanceof Error && (first as { msg?: unknown }).msg === undefined)
    return [{ ...(first as object), msg: loggableText(err.message, codeOf(err)) }, ...rest]
  return args
}

/**
 * Payload's own log output (readable lines on stdout), with refusals logged as information and
 * every logged error without the values of a failed query (ours and Payload's, e.g. a job's).
 */
export const payloadLogger: Config['logger'] = {
  options: {
    hooks: { logMethod: logRefusalsAsInfo as never },
    serializers: { err: loggableError },
  },
  destination: defaultLoggerOptions,
}
