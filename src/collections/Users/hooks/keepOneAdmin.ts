import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'
import { ValidationError } from 'payload'

import type { User } from '@/payload-types'

const lastAdminMessage = 'Mindestens ein Konto muss die Rolle Administrator:in behalten.'

const countOtherAdmins = async (req: PayloadRequest, id: number | string) => {
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { and: [{ role: { equals: 'admin' } }, { id: { not_equals: id } }] },
    req,
  })
  return totalDocs
}

/** Without an admin nobody could manage accounts any more: refuse to demote the last one. */
export const keepOneAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || originalDoc?.role !== 'admin') return data
  if (!data.role || data.role === 'admin') return data
  if ((await countOtherAdmins(req, originalDoc.id)) === 0) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ message: lastAdminMessage, path: 'role' }],
      req,
    })
  }
  return data
}

export const keepOneAdminOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.findByID({ collection: 'users', id, req, depth: 0 })
  if (user.role === 'admin' && (await countOtherAdmins(req, id)) === 0) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ message: lastAdminMessage, path: 'role' }],
      req,
    })
  }
}
