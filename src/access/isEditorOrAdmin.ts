import type { Access } from 'payload'

import { hasRole } from '@/domain/roles'

export const isEditorOrAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
