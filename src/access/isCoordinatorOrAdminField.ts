import type { FieldAccess } from 'payload'

import { hasRole } from '@/domain/roles'

/** Personal or internal details of submissions: coordinators and admins only, not editors. */
export const isCoordinatorOrAdminField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'coordinator')
