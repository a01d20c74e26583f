import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminOrSelf, isStaff } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import { roleLabels, roles } from '@/domain/roles'
import { hashPasswordForUnknownAddress } from './hooks/hashPasswordForUnknownAddress'
import { keepOneAdmin, keepOneAdminOnDelete } from './hooks/keepOneAdmin'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { throttleLoginPerSender } from './hooks/throttleLoginPerSender'

const tenMinutes = 10 * 60 * 1000

export const Users: CollectionConfig = {
  slug: collectionSlugs.users,
  labels: {
    singular: { de: 'Benutzer:in', en: 'User' },
    plural: { de: 'Benutzer:innen', en: 'Users' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: { de: 'Verwaltung', en: 'Administration' },
  },
  auth: {
    // Lockout against password guessing: 5 failures lock the account for 10 minutes; the
    // senders of attempts are throttled too (throttleLoginPerSender).
    maxLoginAttempts: 5,
    lockTime: tenMinutes,
    tokenExpiration: 8 * 60 * 60,
    // The login cookie travels only over HTTPS in production (browsers treat http://localhost as
    // secure too, so local production runs still work).
    cookies: { secure: process.env.NODE_ENV === 'production' },
  },
  access: {
    admin: ({ req: { user } }) => isStaff({ user }),
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Payload lets any signed-in user unlock any account; that would turn the lockout into
    // unlimited guessing for whoever holds a staff login.
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [throttleLoginPerSender, hashPasswordForUnknownAddress],
    beforeChange: [makeFirstUserAdmin, keepOneAdmin],
    beforeDelete: [keepOneAdminOnDelete],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { de: 'Name', en: 'Name' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      label: { de: 'Rolle', en: 'Role' },
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      access: {
        // Only admins hand out or change roles; everyone may see their own.
        create: isAdmin,
        update: isAdmin,
      },
      admin: {
        description: {
          de: 'Redaktion pflegt Inhalte, Koordination bearbeitet Anmeldungen, Administrator:innen verwalten zusätzlich Benutzer:innen.',
          en: 'Editors maintain content, coordinators handle submissions, administrators also manage users.',
        },
      },
    },
  ],
}
