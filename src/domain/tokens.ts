import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Signed, expiring, single-purpose tokens (links in mails, form timing). A token names what it is
 * for; one made for `form` can never cancel a registration. Nothing is stored server-side.
 */
export type TokenPurpose = 'cancel' | 'form' | 'consent'

type Claims = { p: TokenPurpose; s: string; iat: number; exp: number }

export type VerifiedToken = { subject: string; issuedAt: Date; expiresAt: Date }

export type TokenProblem = 'malformed' | 'signature' | 'purpose' | 'expired'

const keyFor = (secret: string) => createHash('sha256').update(`opr-token:${secret}`).digest()

const sign = (body: string, secret: string) =>
  createHmac('sha256', keyFor(secret)).update(body).digest('base64url')

export const createToken = (
  args: { purpose: TokenPurpose; subject: string; expiresAt: Date; issuedAt?: Date },
  secret: string,
): string => {
  const claims: Claims = {
    p: args.purpose,
    s: args.subject,
    iat: Math.floor((args.issuedAt ?? new Date()).getTime() / 1000),
    exp: Math.floor(args.expiresAt.getTime() / 1000),
  }
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${body}.${sign(body, secret)}`
}

export const verifyToken = (
  token: unknown,
  purpose: TokenPurpose,
  secret: string,
  now = new Date(),
): { ok: true; token: VerifiedToken } | { ok: false; problem: TokenProblem } => {
  if (typeof token !== 'string' || token.length > 1000) return { ok: false, problem: 'malformed' }
  const [body, signature, ...rest] = token.split('.')
  if (!body || !signature || rest.length) return { ok: false, problem: 'malformed' }
  const expected = Buffer.from(sign(body, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, problem: 'signature' }
  let claims: Claims
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, problem: 'malformed' }
  }
  if (claims.p !== purpose || typeof claims.s !== 'string') return { ok: false, problem: 'purpose' }
  if (claims.exp * 1000 <= now.getTime()) return { ok: false, problem: 'expired' }
  return {
    ok: true,
    token: {
      subject: claims.s,
      issuedAt: new Date(claims.iat * 1000),
      expiresAt: new Date(claims.exp * 1000),
    },
  }
}
