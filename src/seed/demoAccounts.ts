import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import type { Role } from '@/domain/roles'

export type DemoAccount = { role: Role; name: string; email: string; password: string }

// `.example` is reserved (RFC 2606): these addresses can never reach a real person.
const demoAccounts: Omit<DemoAccount, 'password'>[] = [
  { role: 'admin', name: 'Demo Administration', email: 'admin@demo.example' },
  { role: 'editor', name: 'Demo Redaktion', email: 'redaktion@demo.example' },
  { role: 'coordinator', name: 'Demo Koordination', email: 'koordination@demo.example' },
]

/** Creates the missing demo accounts (one per role) and returns them with their new passwords. */
export const seedDemoAccounts = async (
  payload: Payload,
  log: (line: string) => void,
): Promise<DemoAccount[]> => {
  const created: DemoAccount[] = []
  for (const account of demoAccounts) {
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: account.email } },
    })
    if (totalDocs > 0) continue
    const password = randomBytes(12).toString('base64url')
    await payload.create({ collection: 'users', data: { ...account, password } })
    log(`Demo-Konto angelegt: ${account.email} (${account.role})`)
    created.push({ ...account, password })
  }
  return created
}
