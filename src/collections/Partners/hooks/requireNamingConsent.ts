import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { collectionSlugs } from '@/collections/slugs'
import { hasNamingConsent } from '@/domain/partners/fromDeclaration'
import { relationId } from '@/domain/relations'
import { partnerMessages } from '@/messages/partners'
import type { Partner } from '@/payload-types'

/**
 * A partner entry made from a declaration is public only while the declarant's consent to be
 * named stands: the editor cannot publish it after a withdrawal (the withdrawal itself takes a
 * published entry off the site, see `unlistAfterWithdrawal`).
 */
export const requireNamingConsent: CollectionBeforeChangeHook<Partner> = async ({
  data,
  originalDoc,
  req,
}) => {
  const isPublic = data.isPublic ?? originalDoc?.isPublic
  const declarationId = relationId(data.declaration ?? originalDoc?.declaration)
  if (!isPublic || !declarationId) return data
  const declaration = await req.payload
    .findByID({
      collection: collectionSlugs.formSubmissions,
      id: declarationId,
      depth: 0,
      overrideAccess: true,
      select: { consents: true },
      req,
    })
    .catch(() => null)
  if (!hasNamingConsent(declaration?.consents))
    throw new ValidationError(
      {
        collection: collectionSlugs.partners,
        errors: [{ path: 'isPublic', message: partnerMessages.publishWithoutConsent }],
      },
      req.t,
    )
  return data
}
