import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'

/**
 * Counters of the per-IP and per-address limits on public forms. In PostgreSQL, so that several
 * app instances count together. Keys are keyed hashes; rows expire with their window.
 */
export const RateLimitBuckets: CollectionConfig = {
  slug: collectionSlugs.rateLimitBuckets,
  labels: {
    singular: { de: 'Zähler (Missbrauchsschutz)', en: 'Rate limit counter' },
    plural: { de: 'Zähler (Missbrauchsschutz)', en: 'Rate limit counters' },
  },
  admin: { hidden: true },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  graphQL: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
