import type { Access } from 'payload'

import { hasRole } from '@/domain/roles'

/** An organisation appears publicly only with its consent ("darf öffentlich genannt werden"). */
export const publicPartnerOrStaff: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'coordinator') || { isPublic: { equals: true } }
