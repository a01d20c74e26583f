/**
 * Refused requests are logged as one line of information, as Payload means to, also where the
 * production build has shortened the error's class name; faults of ours stay errors with a stack.
 */
import { Writable } from 'node:stream'

import { pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { logRefusalsAsInfo } from '@/lib/refusalLogging'

const loggerWithLines = () => {
  const lines: Record<string, unknown>[] = []
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)))
      done()
    },
  })
  return { logger: pino({ hooks: { logMethod: logRefusalsAsInfo as never } }, sink), lines }
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
