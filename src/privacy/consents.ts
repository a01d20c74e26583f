import type { Payload } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import { type TokenProblem, verifyToken } from '@/domain/tokens'
import type { FormSubmission } from '@/payload-types'

export type ConsentLookup =
  { ok: true; submission: FormSubmission } | { ok: false; problem: TokenProblem | 'unknown' }

/** The submission a revocation link stands for; the signed token is the only authority. */
export const findByConsentToken = async (
  payload: Payload,
  token: unknown,
  now = new Date(),
): Promise<ConsentLookup> => {
  const verified = verifyToken(token, 'consent', payload.secret, now)
  if (!verified.ok) return verified
  const submission = await payload
    .findByID({
      collection: collectionSlugs.formSubmissions,
      id: Number(verified.token.subject),
      depth: 0,
      overrideAccess: true,
    })
    .catch(() => null)
  return submission ? { ok: true, submission } : { ok: false, problem: 'unknown' }
}

/**
 * Revokes every optional consent of the submission at once (Art. 7 Abs. 3 DSGVO: as easy as giving
 * it). The records stay, marked with the time of revocation, so the office can show both.
 */
export const revokeConsentsByToken = async (
  payload: Payload,
  token: unknown,
  now = new Date(),
): Promise<ConsentLookup> => {
  const found = await findByConsentToken(payload, token, now)
  if (!found.ok) return found
  const consents = found.submission.consents ?? []
  if (consents.every((consent) => consent.revokedAt)) return found
  const submission = await payload.update({
    collection: collectionSlugs.formSubmissions,
    id: found.submission.id,
    data: {
      consents: consents.map((consent) =>
        consent.revokedAt ? consent : { ...consent, revokedAt: now.toISOString() },
      ),
    },
    overrideAccess: true,
    depth: 0,
    context: { actor: 'Einwilligungen widerrufen (Link in der E-Mail)', disableMail: true },
  })
  return { ok: true, submission }
}
