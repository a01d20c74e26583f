import type { Access } from 'payload'

import { hasRole } from '@/domain/roles'

export const isCoordinatorOrAdmin: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'coordinator')
