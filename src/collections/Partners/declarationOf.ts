import type { PayloadRequest } from 'payload'

import { collectionSlugs } from '@/config/slugs'

/**
 * The declaration a partner entry came from, with only the columns asked for (server code: the
 * editor may not read declarations). Null when it is gone.
 */
export const declarationOf = <S extends { email?: true; consents?: true; anonymisedAt?: true }>(
  req: PayloadRequest,
  id: number,
  select: S,
) =>
  req.payload
    .findByID({
      collection: collectionSlugs.formSubmissions,
      id,
      depth: 0,
      overrideAccess: true,
      select,
      req,
    })
    .catch(() => null)
