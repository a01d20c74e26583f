import type { Access } from 'payload'

import { hasRole } from '@/domain/roles'

/** Admins see every account; everyone else only their own (a row-level `Where`). */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
