/**
 * Creates the three staff accounts the browser tests log in with, in a process of its own
 * (static config import, as scripts/run-task.ts explains). Prints them as JSON.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import type { Role } from '@/domain/roles'

const roles: Role[] = ['admin', 'editor', 'coordinator']

const main = async () => {
  const payload = await getPayload({ config })
  const accounts = []
  for (const role of roles) {
    const email = `${role}@e2e.example`
    const password = `E2e-${role}-Passwort-lang-genug`
    await payload.create({
      collection: 'users',
      data: { email, password, name: `E2E ${role}`, role },
    })
    accounts.push({ role, email, password })
  }
  process.stdout.write(`${JSON.stringify(accounts)}\n`)
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error)
    process.exit(1)
  })
