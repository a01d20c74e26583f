import type { Payload } from 'payload'

import type { Role } from '@/domain/roles'

let counter = 0

/** Creates a staff account with the given role and returns it with a login token. */
export const createStaff = async (payload: Payload, role: Role) => {
  counter += 1
  const email = `${role}-${counter}@test.example`
  const password = `Passwort-${counter}-lang-genug`
  const user = await payload.create({
    collection: 'users',
    data: { email, password, name: `Test ${role} ${counter}`, role },
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { user, email, password, token: token as string }
}
