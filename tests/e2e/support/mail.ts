import { type ParsedMail, simpleParser } from 'mailparser'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { inject } from 'vitest'

/** Mails the SMTP sink received so far (it writes each as an .eml file). */
export const receivedMails = async (): Promise<ParsedMail[]> => {
  const dir = inject('mailDir')
  const files = (await readdir(dir)).filter((f) => f.endsWith('.eml')).sort()
  return Promise.all(files.map(async (f) => simpleParser(await readFile(path.join(dir, f)))))
}

const addressesOf = (mail: ParsedMail) =>
  [mail.to]
    .flat()
    .flatMap((to) => to?.value ?? [])
    .map((a) => a.address?.toLowerCase())

/** Waits until a mail to `to` whose subject matches arrives (the app sends within seconds). */
export const waitForMail = async (to: string, subject: RegExp, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const mail = (await receivedMails()).find(
      (m) => addressesOf(m).includes(to.toLowerCase()) && subject.test(m.subject ?? ''),
    )
    if (mail) return mail
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`Keine E-Mail an ${to} mit Betreff ${subject} angekommen.`)
}

export const cancellationLinkIn = (mail: ParsedMail) => {
  const match = mail.text?.match(/https?:\/\/\S+\/anmeldung\/abmelden\?token=\S+/)
  if (!match) throw new Error('Kein Abmelde-Link in der E-Mail.')
  return match[0]
}
