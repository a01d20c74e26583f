import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import { executorFor, sql } from '@/db/sql'
import { hasNamingConsent } from '@/domain/partners/fromDeclaration'
import { relationId } from '@/domain/relations'
import { partnerMessages } from '@/messages/partners'
import type { Partner } from '@/payload-types'
import { declarationOf } from '../declarationOf'

/**
 * A partner entry made from a declaration is public only while the declarant's consent to be
 * named stands: the editor cannot publish it after a withdrawal (the withdrawal itself takes a
 * published entry off the site, see `unlistAfterWithdrawal`). The declaration's row is locked
 * until the save commits, in the order a withdrawal locks (declaration, then partner): a publish
 * and a withdrawal at the same moment run one after the other, and the withdrawal wins either way.
 * A declaration whose personal data is gone (retention period) has no consent left to check.
 */
export const requireNamingConsent: CollectionBeforeChangeHook<Partner> = async ({
  data,
  originalDoc,
  req,
}) => {
  const isPublic = data.isPublic ?? originalDoc?.isPublic
  const declarationId = relationId(data.declaration ?? originalDoc?.declaration)
  if (!isPublic || !declarationId) return data
  const db = await executorFor(req)
  await db.execute(sql`SELECT id FROM form_submissions WHERE id = ${declarationId} FOR UPDATE`)
  const declaration = await declarationOf(req, declarationId, {
    consents: true,
    anonymisedAt: true,
  })
  if (!declaration || declaration.anonymisedAt || hasNamingConsent(declaration.consents))
    return data
  throw new ValidationError(
    {
      collection: collectionSlugs.partners,
      errors: [{ path: 'isPublic', message: partnerMessages.publishWithoutConsent }],
    },
    req.t,
  )
}
