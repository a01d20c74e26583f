import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Transport } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

export type FileTransportInfo = { envelope: object; messageId: string; path: string }

const readAll = async (stream: NodeJS.ReadableStream) => {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks)
}

/**
 * A nodemailer transport for development without SMTP: every message is written as an .eml file
 * (openable in any mail program) and its path logged, so nothing that would be sent goes unseen.
 */
export const createFileTransport = (
  directory: string,
  log: (line: string) => void,
): Transport<FileTransportInfo | undefined> => ({
  name: 'eml-file',
  version: '1.0.0',
  send(mail: MailMessage, callback) {
    const messageId = mail.message.messageId()
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const file = path.resolve(directory, `${stamp}-${messageId.replace(/[^a-zA-Z0-9.-]/g, '')}.eml`)
    mkdir(directory, { recursive: true })
      .then(() => readAll(mail.message.createReadStream()))
      .then((raw) => writeFile(file, raw))
      .then(() => {
        log(`E-Mail als Datei gespeichert: ${file}`)
        callback(null, { envelope: mail.message.getEnvelope(), messageId, path: file })
      })
      .catch((error: Error) => callback(error, undefined))
  },
})
