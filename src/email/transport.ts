import nodemailer from 'nodemailer'

import type { Environment } from '@/config/env'
import { createFileTransport } from './fileTransport'

// Mail content never loads files or URLs on the server's behalf (user input must not reach them).
const sandbox = { disableFileAccess: true, disableUrlAccess: true } as const

/** SMTP when configured; otherwise (development only, env.ts enforces that) .eml files on disk. */
export const createMailTransport = (env: Environment, log: (line: string) => void) => {
  if (env.smtp) {
    const { host, port, secure, user, pass } = env.smtp
    return nodemailer.createTransport({
      host,
      port,
      secure,
      auth: user && pass ? { user, pass } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
      ...sandbox,
    })
  }
  return nodemailer.createTransport(createFileTransport(env.mailDir, log), sandbox)
}

/** One German sentence about why SMTP cannot be reached, or undefined when it answers. */
export const checkSmtpReachable = async (env: Environment): Promise<string | undefined> => {
  if (!env.smtp) return undefined
  const transport = nodemailer.createTransport({
    host: env.smtp.host,
    port: env.smtp.port,
    secure: env.smtp.secure,
    auth: env.smtp.user && env.smtp.pass ? { user: env.smtp.user, pass: env.smtp.pass } : undefined,
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
