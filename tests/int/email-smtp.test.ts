import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { startSmtpSink } from '../helpers/smtpSink'

let sink: Awaited<ReturnType<typeof startSmtpSink>>
let payload: Payload

beforeAll(async () => {
  sink = await startSmtpSink()
  // Read by payload.config.ts when it is first imported, which happens in testPayload().
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(sink.port)
  process.env.SMTP_SECURE = 'false'
  process.env.SMTP_FROM = 'Partnerschaft für Demokratie OPR <demokratie@opr.example>'
  payload = await testPayload()
})

afterAll(() => sink.stop())

describe('mail through SMTP', () => {
  it('delivers HTML and plain text with German umlauts from the configured sender', async () => {
    await payload.sendEmail({
      to: 'gast@test.example',
      subject: 'Ihre Anmeldung zur Auftaktkonferenz „Bündnis für OPR“',
      html: '<p>Wir freuen uns über Ihre Teilnahme.</p>',
      text: 'Wir freuen uns über Ihre Teilnahme.',
    })
    const [mail] = await sink.waitFor(1)
    expect(mail.envelopeTo).toEqual(['gast@test.example'])
    expect(mail.parsed.subject).toBe('Ihre Anmeldung zur Auftaktkonferenz „Bündnis für OPR“')
    expect(mail.parsed.from?.value[0]).toEqual({
      address: 'demokratie@opr.example',
      name: 'Partnerschaft für Demokratie OPR',
    })
    expect(mail.parsed.html).toContain('Wir freuen uns über Ihre Teilnahme.')
    expect(mail.parsed.text?.trim()).toBe('Wir freuen uns über Ihre Teilnahme.')
  })

  it('cannot be turned into a mail to someone else through line breaks in a subject', async () => {
    const before = sink.received.length
    await payload.sendEmail({
      to: 'gast@test.example',
      subject: 'Hallo\r\nBcc: fremde@test.example\r\n\r\nGefälschter Inhalt',
      text: 'Echter Inhalt',
    })
    const mails = await sink.waitFor(before + 1)
    const mail = mails[before]
    expect(mail.envelopeTo).toEqual(['gast@test.example'])
    expect(mail.parsed.bcc).toBeUndefined()
    expect(mail.parsed.text?.trim()).toBe('Echter Inhalt')
  })

  it('never attaches files from the server’s disk named in a message', async () => {
    const before = sink.received.length
    await payload
      .sendEmail({
        to: 'gast@test.example',
        subject: 'Anhang',
        text: 'Mit Anhang',
        attachments: [{ filename: 'passwd.txt', path: '/etc/passwd' }],
      })
      .catch(() => undefined)
    await new Promise((r) => setTimeout(r, 300))
    const leaked = sink.received
      .slice(before)
      .some((m) => m.parsed.attachments.some((a) => a.content.toString('utf8').includes('root:')))
    expect(leaked).toBe(false)
  })
})
