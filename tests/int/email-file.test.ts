import { simpleParser } from 'mailparser'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'

describe('mail in development without SMTP', () => {
  it('is written as an .eml file into the mail folder, readable by a mail parser', async () => {
    delete process.env.SMTP_HOST
    const payload = await testPayload()
    await payload.sendEmail({
      to: 'gast@test.example',
      subject: 'Testnachricht für die Entwicklung',
      text: 'Diese Nachricht liegt als Datei vor.',
    })
    const mailDir = process.env.MAIL_DIR as string
    const files = (await readdir(mailDir)).filter((f) => f.endsWith('.eml'))
    expect(files).toHaveLength(1)
    const parsed = await simpleParser(await readFile(path.join(mailDir, files[0])))
    expect(parsed.subject).toBe('Testnachricht für die Entwicklung')
    expect(parsed.text?.trim()).toBe('Diese Nachricht liegt als Datei vor.')
  })
})
