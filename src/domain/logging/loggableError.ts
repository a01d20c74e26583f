/** What of an error goes into the log. */
export type LoggableError = {
  type: string
  message: string
  code?: string
  status?: number
  stack?: string
  cause?: LoggableError
}

const hidden = '(Werte ausgeblendet)'

/**
 * A failed query's error carries the values it was given: Drizzle's message is "Failed query: …
 * params: …" (the address, the name, the answers of a form). Everything from "params:" on goes.
 */
const withoutParams = (message: string) =>
  message.replace(/\nparams: [\s\S]*$/, `\nparams: ${hidden}`)

/**
 * SQLSTATE class 22, "data exception": PostgreSQL quotes the value it could not take
 * (`invalid input syntax for type integer: "…"`, `value "…" is out of range for type integer`),
 * and that value is what someone sent, quotes and line breaks included. Everything from the first
 * quote on goes; type and column names come before it and stay.
 */
const isDataException = (code: unknown) => typeof code === 'string' && code.startsWith('22')

const carriesDataException = (error: unknown, depth = 0): boolean => {
  if (typeof error !== 'object' || error === null || depth > 3) return false
  const { code, cause } = error as { code?: unknown; cause?: unknown }
  return isDataException(code) || carriesDataException(cause, depth + 1)
}

/**
 * Whether PostgreSQL refused a value of the request in a read (a data exception under Drizzle's
 * failed `select`): a word where a number belongs, an unknown choice in a filter. Payload puts
 * such values into its queries unchecked; that is the request's fault. A write that fails so is
 * ours (a value our code built) and stays an error.
 */
export const isRefusedQueryValue = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false
  const { query, cause } = error as { query?: unknown; cause?: unknown }
  return typeof query === 'string' && /^\s*select\b/i.test(query) && carriesDataException(cause)
}

/**
 * Line breaks and other control characters written out: a message that quotes what someone sent
 * (Payload's "The following path cannot be queried: …") could otherwise add a line of its own to
 * the log, terminal colours included, that reads like one the server wrote (found by the third
 * attack of 07.12.).
 */
const oneLine = (text: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, (character) =>
    character === '\n'
      ? '\\n'
      : character === '\r'
        ? '\\r'
        : `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )

/** An error's message as the log may keep it: without the values it names, on one line. */
export const loggableText = (message: string, code?: unknown) => {
  const cut = withoutParams(message)
  return oneLine(isDataException(code) ? cut.replace(/"[\s\S]*$/, hidden) : cut)
}

/**
 * The stack with its first lines, the message, replaced by the loggable one. Where the message
 * ends cannot be told from the text (a value can contain a line that looks like a stack frame),
 * so it is found as the very message of the error. A stack that does not carry it is left out;
 * an error without a message keeps its stack as it is.
 */
const loggableStack = (stack: string, message: string, code: unknown) => {
  if (message === '') return stack // nothing said, nothing to hide
  const at = stack.indexOf(message)
  if (at < 0) return undefined
  return stack.slice(0, at) + loggableText(message, code) + stack.slice(at + message.length)
}

/**
 * The log's picture of an error (pino's `err` serializer): kind, message, code, status, stack and
 * cause, without the values a database error carries. Only these fields are kept: PostgreSQL's
 * `detail` ("Key (email)=(…) already exists"), Drizzle's `params` and Payload's `data` name what
 * a person sent, and the log must not hold personal data.
 */
export const loggableError = (error: unknown, depth = 0): unknown => {
  if (typeof error !== 'object' || error === null) return error
  const { name, message, code, status, stack, cause } = error as Record<string, unknown>
  return {
    type: typeof name === 'string' ? name : (error.constructor?.name ?? 'Error'),
    message: loggableText(String(message ?? ''), code),
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof stack === 'string'
      ? { stack: loggableStack(stack, String(message ?? ''), code) }
      : {}),
    ...(cause !== undefined && depth < 3 ? { cause: loggableError(cause, depth + 1) } : {}),
  }
}
