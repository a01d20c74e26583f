import type { Access } from 'payload'

import { hasRole } from '@/domain/roles'

/** Staff see drafts too; everyone else only what is published (a row-level `Where`). */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'coordinator') || { _status: { equals: 'published' } }
