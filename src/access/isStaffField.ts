import type { FieldAccess } from 'payload'

import { hasRole } from '@/domain/roles'

/** For fields with internal data (contacts, notes): signed-in office staff only. */
export const isStaffField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'coordinator')
