import type { PayloadRequest } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import { transactionOf, sql } from '@/db/sql'
import {
  hasNamingConsent,
  namingConsentWithdrawn,
  partnerDraftOf,
} from '@/domain/partners/fromDeclaration'
import { slugify } from '@/domain/slugify'
import { partnerMessages } from '@/messages/partners'
import type { FormSubmission } from '@/payload-types'

export type PartnerDraftResult =
  | { ok: true; created: boolean; partnerId: number; message: string }
  | { ok: false; status: 404 | 409 | 422; message: string }

const partnerOfDeclaration = async (req: PayloadRequest, declarationId: number) => {
  const { docs } = await req.payload.find({
    collection: collectionSlugs.partners,
    where: { declaration: { equals: declarationId } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]
}

/** A name another entry already uses gets the declaration's number, so both keep their address. */
const freeSlug = async (req: PayloadRequest, name: string, declarationId: number) => {
  const slug = slugify(name)
  const { totalDocs } = await req.payload.count({
    collection: collectionSlugs.partners,
    where: { slug: { equals: slug } },
    overrideAccess: true,
    req,
  })
  return totalDocs ? `${slug}-${declarationId}` : slug
}

/**
 * From a partnership declaration whose organisation agreed to be named: a partner entry that is
 * not public (the editor publishes it), linked to the declaration, and a line in the declaration's
 * history saying who made it. Runs inside the caller's transaction, with the declaration's row
 * locked, so two clicks at once make one entry (the unique link is the second guard).
 */
export const createPartnerDraft = async (
  req: PayloadRequest,
  declarationId: number,
): Promise<PartnerDraftResult> => {
  const db = await transactionOf(req)
  const { rows } = await db.execute(
    sql`SELECT id FROM form_submissions WHERE id = ${declarationId} FOR UPDATE`,
  )
  if (!rows.length) return { ok: false, status: 404, message: partnerMessages.notFound }
  const declaration = (await req.payload.findByID({
    collection: collectionSlugs.formSubmissions,
    id: declarationId,
    depth: 0,
    overrideAccess: true,
    req,
  })) as FormSubmission
  if (declaration.kind !== 'partnership')
    return { ok: false, status: 422, message: partnerMessages.notADeclaration }
  const existing = await partnerOfDeclaration(req, declarationId)
  if (existing)
    return { ok: true, created: false, partnerId: existing.id, message: partnerMessages.existing }
  if (declaration.anonymisedAt) return { ok: false, status: 409, message: partnerMessages.erased }
  if (!hasNamingConsent(declaration.consents))
    return { ok: false, status: 409, message: partnerMessages.noConsent }
  const draft = partnerDraftOf(declaration)
  if (!draft) return { ok: false, status: 422, message: partnerMessages.noName }
  const partner = await req.payload.create({
    collection: collectionSlugs.partners,
    data: {
      ...draft,
      slug: await freeSlug(req, draft.name, declarationId),
      isPublic: false,
      declaration: declarationId,
      partnerSince: declaration.createdAt,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await req.payload.update({
    collection: collectionSlugs.formSubmissions,
    id: declarationId,
    data: {},
    depth: 0,
    overrideAccess: true,
    req,
    context: { staffAction: partnerMessages.historyReason(partner.id), disableMail: true },
  })
  return { ok: true, created: true, partnerId: partner.id, message: partnerMessages.created }
}

/**
 * When a declarant withdraws the consent to be named, every entry made from that declaration
 * leaves the site at once, in the same transaction as the withdrawal. The partner collection's
 * own hook then drops the site's cache, so the partner page no longer shows it.
 */
export const unlistAfterWithdrawal = async (
  req: PayloadRequest,
  before: FormSubmission | undefined,
  after: FormSubmission,
) => {
  if (after.kind !== 'partnership' || !namingConsentWithdrawn(before?.consents, after.consents))
    return
  await req.payload.update({
    collection: collectionSlugs.partners,
    where: { and: [{ declaration: { equals: after.id } }, { isPublic: { equals: true } }] },
    data: { isPublic: false },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
