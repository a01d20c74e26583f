import type { Access, FieldAccess } from 'payload'

import { hasRole } from '@/domain/roles'

export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

/** For Payload's job queue endpoints, which pass only the request. */
export const isAdminRequest = ({ req }: { req: { user?: unknown } }) =>
  hasRole(req.user as { role?: 'admin' } | null, 'admin')
