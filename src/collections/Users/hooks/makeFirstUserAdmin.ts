import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/** The account created on an empty database (Payload's "create first user") must be able to manage users. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) return { ...data, role: 'admin' }
  return data
}
