import crypto from 'node:crypto'

import type { CollectionBeforeOperationHook } from 'payload'

import { collectionSlugs } from '@/config/slugs'

// Payload 3.90.1 hashes with PBKDF2-SHA256, 600 000 rounds, 32 bytes
// (payload/dist/auth/strategies/local/generatePasswordSaltHash.js). tests/int/login-guards.test.ts
// compares these with the rounds Payload itself uses for a wrong password.
const payloadRounds = 600_000
const payloadKeyBytes = 32

/**
 * Payload answers a sign-in for an address without an account at once, but spends a noticeable
 * moment hashing the password when the account exists: the answer time told who has an account.
 * For unknown addresses the same hashing is done here, so both take the same way.
 */
export const hashPasswordForUnknownAddress: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { email, password } =
    (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  if (typeof email !== 'string' || typeof password !== 'string' || !password.trim()) return args
  const { totalDocs } = await req.payload.count({
    collection: collectionSlugs.users,
    where: { email: { equals: email.toLowerCase().trim() } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) return args
  const salt = crypto.randomBytes(32).toString('hex')
  await new Promise<void>((resolve) =>
    crypto.pbkdf2(password, salt, payloadRounds, payloadKeyBytes, 'sha256', () => resolve()),
  )
  return args
}
