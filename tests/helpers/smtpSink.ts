import { type ParsedMail, simpleParser } from 'mailparser'
import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { envelopeTo: string[]; parsed: ParsedMail; raw: string }

/** A real SMTP server in the test process that keeps every message it accepts (and, with
 * `saveTo`, writes it as an .eml file for other processes to read). */
export const startSmtpSink = async (port = 0, saveTo?: string) => {
  const received: ReceivedMail[] = []
  let connections = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // The app keeps its SMTP connections open for the next mail; a sink told to stop drops them
    // at once, as a mail server going away would, instead of waiting for them to be closed.
    closeTimeout: 100,
    onConnect(_session, callback) {
      connections += 1
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address)
        received.push({ envelopeTo, parsed: await simpleParser(raw), raw })
        if (saveTo) await writeFile(path.join(saveTo, `${Date.now()}-${randomUUID()}.eml`), raw)
        callback()
      })
    },
  })
  // A client that goes away mid-conversation (an app instance stopped while sending) resets its
  // connection; that is the client's business, and unhandled it would end the whole process.
  // Anything else (the port taken, say) still ends it.
  server.on('error', (error: Error & { remoteAddress?: string }) => {
    if (!error.remoteAddress) throw error
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const actualPort = (server.server.address() as AddressInfo).port

  const waitFor = async (count: number, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs
    while (received.length < count) {
      if (Date.now() > deadline) throw new Error(`SMTP sink: ${received.length}/${count} mails`)
      await new Promise((r) => setTimeout(r, 50))
    }
    return received
  }

  return {
    port: actualPort,
    received,
    /** SMTP connections opened to the sink so far */
    connections: () => connections,
    waitFor,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * A sink that the app's own mail goes to: the transport reads these variables when Payload
 * starts, so call this before `testPayload()`. Retries happen at once; `env` adds or overrides.
 */
export const startMailSink = async (env: Record<string, string> = {}) => {
  const sink = await startSmtpSink()
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_SECURE: 'false',
    SMTP_FROM: 'Partnerschaft für Demokratie OPR <demokratie@opr.example>',
    MAIL_RETRY_DELAY_SECONDS: '0',
    ...env,
  })
  return sink
}
