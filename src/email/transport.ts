import nodemailer from 'nodemailer'
import type SMTPPool from 'nodemailer/lib/smtp-pool'

import type { Environment, SmtpSettings } from '@/config/env'
import { createFileTransport } from './fileTransport'

// Mail content never loads files or URLs on the server's behalf (user input must not reach them).
const sandbox = { disableFileAccess: true, disableUrlAccess: true } as const

const connectionTo = ({ host, port, secure, user, pass }: SmtpSettings) => ({
  host,
  port,
  secure,
  auth: user && pass ? { user, pass } : undefined,
})

/**
 * SMTP over a few kept connections. A burst of registrations sends hundreds of mails within
 * seconds: each over a connection of its own would pay for connecting, greeting and (in
 * production) TLS every time. One that the server closes is replaced.
 */
const pooledSmtp = (smtp: SmtpSettings) => {
  // maxRequeues is nodemailer's (9.x), not yet in its type definitions.
  const options: SMTPPool.Options & { maxRequeues: number } = {
    ...connectionTo(smtp),
    pool: true,
    maxConnections: 5,
    maxMessages: 100,
    // A connection closed before the server answered fails the send (the outbox retries it later,
    // counted), instead of nodemailer's default of queueing it again without limit: against a
    // server that dropped every connection, that never ended, and sent copies once it was back.
    maxRequeues: 0,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    ...sandbox,
  }
  return nodemailer.createTransport(options)
}

/** SMTP when configured; otherwise (development only, env.ts enforces that) .eml files on disk. */
export const createMailTransport = (env: Environment, log: (line: string) => void) =>
  env.smtp
    ? pooledSmtp(env.smtp)
    : nodemailer.createTransport(createFileTransport(env.mailDir, log), sandbox)

/** One German sentence about why SMTP cannot be reached, or undefined when it answers. */
export const checkSmtpReachable = async (env: Environment): Promise<string | undefined> => {
  if (!env.smtp) return undefined
  const transport = nodemailer.createTransport({
    ...connectionTo(env.smtp),
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
  })
  try {
    await transport.verify()
    return undefined
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as Error).message
    return `SMTP_HOST ${env.smtp.host}:${env.smtp.port} ist nicht erreichbar (${code}); E-Mails können erst versendet werden, wenn er antwortet.`
  } finally {
    transport.close()
  }
}
