import type { Payload, TypedUser } from 'payload'

import { collectionSlugs } from '@/config/slugs'

/**
 * Reported barriers not yet answered (status still "eingegangen"), the most urgent first. Read with
 * the viewer's own rights: only coordinators and admins see them.
 */
export const openBarrierReports = async (payload: Payload, user: TypedUser) =>
  (
    await payload.find({
      collection: collectionSlugs.formSubmissions,
      where: { and: [{ kind: { equals: 'barrier' } }, { status: { equals: 'received' } }] },
      sort: 'dueAt',
      limit: 50,
      depth: 0,
      overrideAccess: false,
      user,
    })
  ).docs
