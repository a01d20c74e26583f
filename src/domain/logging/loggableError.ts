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
 * params: …" (the address, the name, the answers of a form), and its stack begins with that
 * message. Everything from "params:" to the first stack frame is cut.
 */
const withoutParams = (text: string) =>
  text.replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/, `\nparams: ${hidden}`)

/**
 * SQLSTATE class 22, "data exception": PostgreSQL quotes the value it could not take
 * (`invalid input syntax for type integer: "…"`, `value "…" is out of range for type integer`),
 * and that value is what someone sent, quotes and line breaks included. Everything from the first
 * quote to the end of the message (in a stack: to its first frame) goes; type and column names
 * come before it and stay.
 */
const isDataException = (code: unknown) => typeof code === 'string' && code.startsWith('22')

const fromFirstQuote = /"[\s\S]*?(?=\n\s+at |$)/

/** An error's message or stack as the log may keep it: without the values it names. */
export const loggableText = (text: string, code?: unknown) => {
  const cut = withoutParams(text)
  return isDataException(code) ? cut.replace(fromFirstQuote, hidden) : cut
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
    ...(typeof stack === 'string' ? { stack: loggableText(stack, code) } : {}),
    ...(cause !== undefined && depth < 3 ? { cause: loggableError(cause, depth + 1) } : {}),
  }
}
