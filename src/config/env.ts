import { parseTrustedProxies, type TrustedProxies } from './trustedProxies'

/**
 * Reads and checks the environment once. Every problem becomes a ConfigurationError whose message
 * is one German sentence naming the variable, so start scripts can print it without a stack trace.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
}

export type SmtpSettings = {
  host: string
  port: number
  secure: boolean
  user?: string
  pass?: string
}

export type S3Settings = {
  bucket: string
  region: string
  endpoint?: string
  accessKeyId: string
  secretAccessKey: string
  forcePathStyle: boolean
}

export type Environment = {
  isProduction: boolean
  databaseUrl: string
  payloadSecret: string
  serverUrl: string
  mailFrom: { name: string; address: string }
  smtp?: SmtpSettings
  mailDir: string
  dataDir: string
  /** uploads on S3-compatible storage instead of the local media/ folder */
  s3?: S3Settings
  /** largest media file accepted, in MB (1 MB = 1024 × 1024 bytes) */
  mediaMaxUploadMb: number
  /** proxies in front of the app whose `X-Forwarded-For` entries name the sender */
  trustedProxies: TrustedProxies
  /** Node.js processes `npm start` serves with (one port, one database; WEB_CONCURRENCY) */
  serverProcesses: number
  mailRetry: MailRetry
}

/** Attempts per mail in all (first try plus retries) and the wait before the first retry. */
export type MailRetry = { attempts: number; delaySeconds: number }

type Env = Record<string, string | undefined>

const devOnlySecret = 'nur-fuer-die-entwicklung-nicht-in-produktion-verwenden'
const defaultFrom = 'Partnerschaft für Demokratie OPR <demokratie@opr.de>'

const fail = (sentence: string): never => {
  throw new ConfigurationError(sentence)
}

const value = (env: Env, name: string) => {
  const raw = env[name]?.trim()
  return raw ? raw : undefined
}

const readDatabaseUrl = (env: Env): string => {
  const raw =
    value(env, 'DATABASE_URL') ??
    fail(
      'DATABASE_URL ist nicht gesetzt: Starten Sie mit „npm run dev“ (eingebettete Datenbank) oder setzen Sie die Adresse eines PostgreSQL-Servers.',
    )
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return fail(
      'DATABASE_URL ist keine gültige Adresse (erwartet: postgres://benutzer:passwort@host:5432/datenbank).',
    )
  }
  if (!['postgres:', 'postgresql:'].includes(url.protocol) || !url.hostname) {
    fail(
      'DATABASE_URL muss mit postgres:// oder postgresql:// beginnen und einen Host nennen (erwartet: postgres://benutzer:passwort@host:5432/datenbank).',
    )
  }
  if (url.pathname.length <= 1) {
    fail(
      'DATABASE_URL nennt keine Datenbank (erwartet: postgres://benutzer:passwort@host:5432/datenbank).',
    )
  }
  return raw
}

const readSecret = (env: Env, isProduction: boolean): string => {
  const secret = value(env, 'PAYLOAD_SECRET')
  if (!secret) {
    if (isProduction) {
      fail(
        'PAYLOAD_SECRET fehlt: Setzen Sie in Produktion eine geheime Zeichenkette mit mindestens 32 Zeichen (z. B. aus „openssl rand -hex 32“).',
      )
    }
    return devOnlySecret
  }
  if (isProduction && secret.length < 32) {
    fail('PAYLOAD_SECRET ist zu kurz: In Produktion sind mindestens 32 Zeichen nötig.')
  }
  return secret
}

const readServerUrl = (env: Env, isProduction: boolean): string => {
  // Login cookies and API answers are bound to this origin (csrf/cors), so production must name it.
  if (isProduction && !value(env, 'SERVER_URL'))
    return fail(
      'SERVER_URL fehlt: die öffentliche Adresse der Website, z. B. https://demokratie.opr.de.',
    )
  const raw = value(env, 'SERVER_URL') ?? 'http://localhost:3000'
  try {
    const url = new URL(raw)
    if (!['http:', 'https:'].includes(url.protocol)) throw new Error('protocol')
    return url.origin
  } catch {
    return fail('SERVER_URL ist keine gültige http(s)-Adresse (z. B. https://demokratie.opr.de).')
  }
}

const readPort = (env: Env): number => {
  const raw = value(env, 'SMTP_PORT') ?? '587'
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    fail(`SMTP_PORT „${raw}“ ist keine gültige Portnummer (1–65535).`)
  }
  return port
}

const readSmtp = (env: Env, isProduction: boolean): SmtpSettings | undefined => {
  const host = value(env, 'SMTP_HOST')
  if (!host) {
    if (isProduction) {
      fail('SMTP_HOST fehlt: In Produktion wird ein SMTP-Server für den E-Mail-Versand benötigt.')
    }
    return undefined
  }
  const port = readPort(env)
  const user = value(env, 'SMTP_USER')
  const pass = value(env, 'SMTP_PASS')
  if (Boolean(user) !== Boolean(pass)) {
    fail('SMTP_USER und SMTP_PASS müssen zusammen gesetzt sein (oder beide fehlen).')
  }
  const secureRaw = value(env, 'SMTP_SECURE')
  if (secureRaw && !['true', 'false'].includes(secureRaw)) {
    fail('SMTP_SECURE muss „true“ oder „false“ sein.')
  }
  const secure = secureRaw ? secureRaw === 'true' : port === 465
  return { host, port, secure, user, pass }
}

const readFrom = (env: Env): Environment['mailFrom'] => {
  const raw = value(env, 'SMTP_FROM') ?? defaultFrom
  const match = /^\s*(?:"?([^"<>\r\n]*?)"?\s*)?<([^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)>\s*$/.exec(raw)
  const bare = /^[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+$/.exec(raw)
  if (match)
    return { name: match[1]?.trim() || 'Partnerschaft für Demokratie OPR', address: match[2] }
  if (bare) return { name: 'Partnerschaft für Demokratie OPR', address: raw }
  return fail(
    `SMTP_FROM „${raw}“ ist keine gültige Absenderadresse (z. B. „Name <adresse@example.org>“).`,
  )
}

const readS3 = (env: Env): S3Settings | undefined => {
  const bucket = value(env, 'S3_BUCKET')
  if (!bucket) return undefined
  const accessKeyId =
    value(env, 'S3_ACCESS_KEY_ID') ?? fail('S3_ACCESS_KEY_ID fehlt, obwohl S3_BUCKET gesetzt ist.')
  const secretAccessKey =
    value(env, 'S3_SECRET_ACCESS_KEY') ??
    fail('S3_SECRET_ACCESS_KEY fehlt, obwohl S3_BUCKET gesetzt ist.')
  const endpoint = value(env, 'S3_ENDPOINT')
  if (endpoint) {
    try {
      new URL(endpoint)
    } catch {
      fail(`S3_ENDPOINT „${endpoint}“ ist keine gültige Adresse (z. B. https://s3.example.org).`)
    }
  }
  return {
    bucket,
    region: value(env, 'S3_REGION') ?? 'eu-central-1',
    endpoint,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: value(env, 'S3_FORCE_PATH_STYLE') === 'true',
  }
}

// Sign language videos run to several hundred MB; uploads are streamed to disk, so the limit
// guards the disk and the upload time, not the server's memory.
const readMediaMaxUploadMb = (env: Env): number => {
  const raw = value(env, 'MEDIA_MAX_UPLOAD_MB') ?? '600'
  const mb = Number(raw)
  if (!Number.isInteger(mb) || mb < 1 || mb > 100_000) {
    fail(
      `MEDIA_MAX_UPLOAD_MB „${raw}“ ist keine gültige Größe in MB (eine ganze Zahl ab 1, z. B. 600).`,
    )
  }
  return mb
}

const readServerProcesses = (env: Env): number => {
  const raw = value(env, 'WEB_CONCURRENCY') ?? '1'
  const count = Number(raw)
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    fail(
      `WEB_CONCURRENCY „${raw}“ ist keine gültige Zahl von Serverprozessen (eine ganze Zahl von 1 bis 64, z. B. die Zahl der Prozessorkerne).`,
    )
  }
  return count
}

// A wrong value here would stop all mail (a delay PostgreSQL cannot count, a cap never reached),
// so it is refused at start, not met by the first retry.
export const readMailRetry = (env: Env): MailRetry => {
  const attemptsRaw = value(env, 'MAIL_RETRY_ATTEMPTS') ?? '8'
  const attempts = Number(attemptsRaw)
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > 20) {
    fail(
      `MAIL_RETRY_ATTEMPTS „${attemptsRaw}“ ist keine gültige Zahl von Versuchen je E-Mail (eine ganze Zahl von 1 bis 20, z. B. 8).`,
    )
  }
  const delayRaw = value(env, 'MAIL_RETRY_DELAY_SECONDS') ?? '60'
  const delaySeconds = Number(delayRaw)
  if (!Number.isInteger(delaySeconds) || delaySeconds < 0 || delaySeconds > 86_400) {
    fail(
      `MAIL_RETRY_DELAY_SECONDS „${delayRaw}“ ist keine gültige Wartezeit in Sekunden (eine ganze Zahl von 0 bis 86400, z. B. 60).`,
    )
  }
  return { attempts, delaySeconds }
}

const readTrustedProxies = (env: Env): TrustedProxies => {
  const parsed = parseTrustedProxies(value(env, 'TRUSTED_PROXIES'))
  if (parsed.ok) return parsed.value
  return fail(
    `TRUSTED_PROXIES enthält „${parsed.entry}“: erwartet werden IP-Adressen oder Netze, durch Kommas getrennt (z. B. „127.0.0.1,10.0.0.0/8,fd00::/8“), oder die Anzahl der eigenen Proxys (1–10).`,
  )
}

export const readEnvironment = (env: Env = process.env): Environment => {
  // `next build` imports the config to collect pages; secrets and SMTP are runtime matters that
  // `npm start` checks, so the build needs only what it really uses.
  const isBuild = env.NEXT_PHASE === 'phase-production-build'
  const isProduction = env.NODE_ENV === 'production' && !isBuild
  const dataDir = value(env, 'OPR_DATA_DIR') ?? '.data'
  return {
    isProduction,
    databaseUrl: readDatabaseUrl(env),
    payloadSecret: readSecret(env, isProduction),
    serverUrl: readServerUrl(env, isProduction),
    smtp: readSmtp(env, isProduction),
    mailFrom: readFrom(env),
    mailDir: value(env, 'MAIL_DIR') ?? `${dataDir}/mail`,
    dataDir,
    s3: readS3(env),
    mediaMaxUploadMb: readMediaMaxUploadMb(env),
    trustedProxies: readTrustedProxies(env),
    serverProcesses: readServerProcesses(env),
    mailRetry: readMailRetry(env),
  }
}
