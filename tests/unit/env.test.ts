import { describe, expect, it } from 'vitest'

import { ConfigurationError, readEnvironment } from '@/config/env'

const dev = { NODE_ENV: 'development', DATABASE_URL: 'postgres://u:p@localhost:5432/opr' }
const production = {
  ...dev,
  NODE_ENV: 'production',
  PAYLOAD_SECRET: 'x'.repeat(40),
  SMTP_HOST: 'mail.example.org',
  SERVER_URL: 'https://demokratie.opr.example',
}

const problemWith = (env: Record<string, string | undefined>) => {
  try {
    readEnvironment(env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('expected a ConfigurationError')
}

describe('reading the environment', () => {
  it('works in development with nothing but a database', () => {
    const env = readEnvironment(dev)
    expect(env.smtp).toBeUndefined()
    expect(env.mailDir).toBe('.data/mail')
    expect(env.serverUrl).toBe('http://localhost:3000')
    expect(env.mailFrom.address).toBe('demokratie@opr.de')
  })

  it('names PAYLOAD_SECRET when it is missing or short in production', () => {
    expect(problemWith({ ...production, PAYLOAD_SECRET: undefined })).toMatch(
      /^PAYLOAD_SECRET fehlt/,
    )
    expect(problemWith({ ...production, PAYLOAD_SECRET: 'kurz' })).toMatch(
      /^PAYLOAD_SECRET ist zu kurz/,
    )
  })

  it('names DATABASE_URL when it is missing, malformed, of another kind or without database', () => {
    expect(problemWith({ ...dev, DATABASE_URL: undefined })).toMatch(
      /^DATABASE_URL ist nicht gesetzt/,
    )
    expect(problemWith({ ...dev, DATABASE_URL: 'localhost:5432' })).toMatch(/^DATABASE_URL/)
    expect(problemWith({ ...dev, DATABASE_URL: 'mysql://u:p@h/db' })).toMatch(/^DATABASE_URL muss/)
    expect(problemWith({ ...dev, DATABASE_URL: 'postgres://u:p@h:5432' })).toMatch(
      /^DATABASE_URL nennt keine Datenbank/,
    )
  })

  it('requires the public address in production: login cookies and CORS are bound to it', () => {
    expect(problemWith({ ...production, SERVER_URL: undefined })).toMatch(/^SERVER_URL fehlt/)
    expect(readEnvironment(production).serverUrl).toBe('https://demokratie.opr.example')
  })

  it('requires SMTP in production and checks its settings', () => {
    expect(problemWith({ ...production, SMTP_HOST: undefined })).toMatch(/^SMTP_HOST fehlt/)
    expect(problemWith({ ...production, SMTP_PORT: 'abc' })).toMatch(/^SMTP_PORT „abc“/)
    expect(problemWith({ ...production, SMTP_USER: 'nur-name' })).toMatch(
      /^SMTP_USER und SMTP_PASS/,
    )
    expect(problemWith({ ...production, SMTP_FROM: 'kein absender' })).toMatch(/^SMTP_FROM/)
    expect(problemWith({ ...production, SMTP_SECURE: 'ja' })).toMatch(/^SMTP_SECURE/)
  })

  it('derives implicit TLS from port 465 and reads the sender', () => {
    const env = readEnvironment({
      ...production,
      SMTP_PORT: '465',
      SMTP_FROM: 'Büro Landrat <buero@opr.example>',
    })
    expect(env.smtp).toMatchObject({ host: 'mail.example.org', port: 465, secure: true })
    expect(env.mailFrom).toEqual({ name: 'Büro Landrat', address: 'buero@opr.example' })
  })

  it('names SERVER_URL when it is not an http(s) address', () => {
    expect(problemWith({ ...dev, SERVER_URL: 'ftp://x' })).toMatch(/^SERVER_URL/)
  })

  it('accepts media files up to 600 MB unless MEDIA_MAX_UPLOAD_MB says otherwise', () => {
    expect(readEnvironment(dev).mediaMaxUploadMb).toBe(600)
    expect(readEnvironment({ ...dev, MEDIA_MAX_UPLOAD_MB: '2000' }).mediaMaxUploadMb).toBe(2000)
    expect(problemWith({ ...dev, MEDIA_MAX_UPLOAD_MB: '500MB' })).toMatch(/^MEDIA_MAX_UPLOAD_MB/)
    expect(problemWith({ ...dev, MEDIA_MAX_UPLOAD_MB: '0' })).toMatch(/^MEDIA_MAX_UPLOAD_MB/)
  })

  it('serves with one process unless WEB_CONCURRENCY names a whole number from 1 to 64', () => {
    expect(readEnvironment(dev).serverProcesses).toBe(1)
    expect(readEnvironment({ ...dev, WEB_CONCURRENCY: '2' }).serverProcesses).toBe(2)
    for (const wrong of ['0', '2.5', 'zwei', '65'])
      expect(problemWith({ ...dev, WEB_CONCURRENCY: wrong })).toMatch(/^WEB_CONCURRENCY/)
  })

  it('retries a mail 8 times, first after 60 s, unless MAIL_RETRY_* name whole numbers in range', () => {
    expect(readEnvironment(dev).mailRetry).toEqual({ attempts: 8, delaySeconds: 60 })
    expect(
      readEnvironment({ ...dev, MAIL_RETRY_ATTEMPTS: '3', MAIL_RETRY_DELAY_SECONDS: '0' })
        .mailRetry,
    ).toEqual({ attempts: 3, delaySeconds: 0 })
    // NaN, Infinity or a huge count would make the outbox's due query fail for every mail
    for (const wrong of ['0', '2.5', 'acht', '21', '1e400'])
      expect(problemWith({ ...dev, MAIL_RETRY_ATTEMPTS: wrong })).toMatch(/^MAIL_RETRY_ATTEMPTS/)
    for (const wrong of ['-1', 'sechzig', '1e400', '86401'])
      expect(problemWith({ ...dev, MAIL_RETRY_DELAY_SECONDS: wrong })).toMatch(
        /^MAIL_RETRY_DELAY_SECONDS/,
      )
  })
})

describe('reading the environment during `next build`', () => {
  it('does not demand runtime secrets, which `npm start` checks', () => {
    const env = readEnvironment({
      ...dev,
      NODE_ENV: 'production',
      NEXT_PHASE: 'phase-production-build',
    })
    expect(env.isProduction).toBe(false)
  })
})
