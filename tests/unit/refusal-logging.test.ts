/**
 * Refused requests are logged as one line of information, as Payload means to, also where the
 * production build has shortened the error's class name; faults of ours stay errors with a stack.
 */
import { Writable } from 'node:stream'

import { pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { payloadLogger } from '@/lib/refusalLogging'

const loggerWithLines = () => {
  const lines: Record<string, unknown>[] = []
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)))
      done()
    },
  })
  // the options Payload's logger is built with (payload.config.ts), on a sink of our own
  const { options } = payloadLogger as { options: Parameters<typeof pino>[0] }
  return { logger: pino(options, sink), lines }
}

/** An error as the production build leaves Payload's: no telling class name, an HTTP status. */
const refusal = (message: string, status: number) =>
  Object.assign(new (class extends Error {})(message), { status })

describe('the log of a failed request', () => {
  it('is one line of information for a refusal (status below 500)', () => {
    const { logger, lines } = loggerWithLines()
    logger.error({ err: refusal('Invalid JSON', 400) })
    logger.error({ err: refusal('Not Found', 404) })
    // busboy's word for a cut-off multipart body, answered with 400 by answerUnreadableBody
    logger.error({ err: new Error('Unexpected end of form') })
    expect(lines.map(({ level, msg, err }) => ({ level, msg, err }))).toEqual([
      { level: 30, msg: 'Invalid JSON', err: undefined },
      { level: 30, msg: 'Not Found', err: undefined },
      { level: 30, msg: 'Unexpected end of form', err: undefined },
    ])
  })

  it('keeps what a refusal quotes of the request on its one line', () => {
    const { logger, lines } = loggerWithLines()
    // Payload's unknown-path refusal names the path as sent: here a forged second log line
    const forged = 'x\n[04:00:00] \u001b[31mERROR\u001b[39m (payload): Benutzer admin@e2e'
    logger.error({ err: refusal(`The following path cannot be queried: ${forged}`, 400) })
    const msg = String(lines[0]!.msg)
    for (const control of ['\n', '\r', '\u001b']) expect(msg).not.toContain(control)
    expect(msg).toContain('x\\n[04:00:00] \\u001b[31mERROR')
  })

  it('stays an error with its stack for a fault of ours', () => {
    const { logger, lines } = loggerWithLines()
    logger.error({ err: refusal('connect ECONNREFUSED', 500) })
    logger.error({ err: new Error('no status at all') })
    logger.error('a plain message')
    // our own log of a failure, with its message: written as it was, whatever the status
    logger.error({ err: refusal('Formular', 400), msg: 'Formular konnte nicht gespeichert werden' })
    expect(lines.map(({ level }) => level)).toEqual([50, 50, 50, 50])
    expect(JSON.stringify(lines[0])).toContain('"stack"')
  })
})

describe('a logged database error', () => {
  /** As Drizzle throws a failed query: its values after "params:", in the message and the stack. */
  const failedQuery = () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "x"'), {
      code: '23505',
      detail: 'Key (email)=(anna@example.org) already exists.',
    })
    const message =
      'Failed query: insert into "mail_messages" ("to", "subject") values ($1, $2)\nparams: anna@example.org,Ihre Anmeldung, Anna Beispiel'
    const error = new Error(message, { cause })
    error.name = 'DrizzleQueryError'
    return Object.assign(error, { query: 'insert …', params: ['anna@example.org', 'Anna'] })
  }

  it('keeps kind, query, code and stack but none of the values, also in its cause', () => {
    const { logger, lines } = loggerWithLines()
    logger.error({ err: failedQuery(), msg: 'Formular konnte nicht gespeichert werden' })
    logger.error(failedQuery())
    logger.error({ err: failedQuery() })
    expect(lines).toHaveLength(3)
    for (const line of lines) {
      expect(JSON.stringify(line)).not.toMatch(/anna|Beispiel|Ihre Anmeldung/i)
      const err = line.err as Record<string, unknown>
      expect(err).toMatchObject({
        type: 'DrizzleQueryError',
        message: expect.stringMatching(
          /^Failed query: insert into "mail_messages".*\\nparams: \(Werte ausgeblendet\)$/s,
        ),
        stack: expect.stringMatching(/params: \(Werte ausgeblendet\)\n\s+at /),
        cause: { code: '23505', message: expect.stringContaining('duplicate key') },
      })
    }
  })
})

describe('a logged data exception of PostgreSQL', () => {
  /** As pg reports a value it could not take (SQLSTATE class 22), alone and inside Drizzle's. */
  const rejectedValue = () =>
    Object.assign(new Error('invalid input syntax for type integer: "anna@example.org"'), {
      code: '22P02',
    })
  const outOfRange = () =>
    Object.assign(new Error('value "4711081512" is out of range for type integer'), {
      code: '22003',
    })

  /** A value with a quote and a line break in it, as a stranger can send it in a query. */
  const trickyValue = () =>
    Object.assign(
      new Error('invalid input value for enum enum_events_event_status: "x"anna@example.org\nx"'),
      { code: '22P02' },
    )

  it('names the kind of fault but not the value', () => {
    const { logger, lines } = loggerWithLines()
    // logged by our own code, with a message of its own: an error with the error's picture
    const own = 'Abfrage gescheitert'
    logger.error(rejectedValue())
    logger.error({ err: outOfRange(), msg: own })
    logger.error({ err: trickyValue(), msg: own })
    const wrapped = new Error('Failed query: select 1\nparams: ', { cause: rejectedValue() })
    logger.error({ err: wrapped, msg: 'Abfrage gescheitert' })
    expect(lines).toHaveLength(4)
    for (const line of lines) expect(JSON.stringify(line)).not.toMatch(/anna|4711081512/)
    expect(lines[0]!.msg).toBe('invalid input syntax for type integer: (Werte ausgeblendet)')
    expect((lines[1]!.err as { message: string }).message).toBe('value (Werte ausgeblendet)')
    expect((lines[2]!.err as { stack: string }).stack).toMatch(
      /^Error: invalid input value for enum enum_events_event_status: \(Werte ausgeblendet\)\n\s+at /,
    )
  })

  it('also when the value carries a line that looks like a stack frame', () => {
    const { logger, lines } = loggerWithLines()
    const fake = 'leak\n    at SECRET anna@example.org'
    const pg = Object.assign(new Error(`invalid input value for enum e: "${fake}"`), {
      code: '22P02',
    })
    const drizzle = new Error(`Failed query: select 1\nparams: ${fake},published`, { cause: pg })
    logger.error({ err: drizzle, msg: 'Abfrage gescheitert' })
    logger.error(pg)
    for (const line of lines) expect(JSON.stringify(line)).not.toMatch(/SECRET|anna/)
    expect((lines[0]!.err as { stack: string }).stack).toMatch(
      /^Error: Failed query: select 1\\nparams: \(Werte ausgeblendet\)\n\s+at /,
    )
  })

  /** As Drizzle wraps it: the failed statement in `query`, PostgreSQL's error as the cause. */
  const failed = (query: string) =>
    Object.assign(new Error(`Failed query: ${query}\nparams: anna`, { cause: rejectedValue() }), {
      query,
    })

  it('is one line of information for a read: the request sent the value, answered with 400', () => {
    const { logger, lines } = loggerWithLines()
    logger.error({ err: failed('select 1') })
    expect(lines.map(({ level, msg }) => ({ level, msg }))).toEqual([
      { level: 30, msg: 'Failed query: select 1\\nparams: (Werte ausgeblendet)' },
    ])
  })

  it('stays an error for a write: a value our own code built', () => {
    const { logger, lines } = loggerWithLines()
    logger.error({ err: failed('insert into mail_messages values (1)') })
    expect(lines[0]!.level).toBe(50)
    expect(JSON.stringify(lines[0])).not.toContain('anna')
  })

  it('keeps the stack of an error without a message', () => {
    const { logger, lines } = loggerWithLines()
    logger.error({ err: new Error(), msg: 'Abfrage gescheitert' })
    expect((lines[0]!.err as { stack?: string }).stack).toMatch(/^Error:? *\n\s+at /)
  })

  it('keeps quoted names in other errors (a constraint, say)', () => {
    const { logger, lines } = loggerWithLines()
    logger.error({
      err: Object.assign(new Error('violates foreign key constraint "fk_event"'), {
        code: '23503',
      }),
    })
    expect(JSON.stringify(lines[0])).toContain('\\"fk_event\\"')
  })
})
