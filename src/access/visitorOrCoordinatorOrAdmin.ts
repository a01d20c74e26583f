import type { Access } from 'payload'

import { hasRole } from '@/domain/roles'

/**
 * Visitors (not signed in) send forms, coordinators and admins may enter one for someone (e.g. a
 * phone registration). Editors are communications staff and create no submissions.
 */
export const visitorOrCoordinatorOrAdmin: Access = ({ req: { user } }) =>
  !user || hasRole(user, 'admin', 'coordinator')
