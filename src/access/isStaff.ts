import type { Access } from 'payload'

import { hasRole } from '@/domain/roles'

/** Any signed-in member of the office, whatever the role. */
export const isStaff: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'coordinator')
