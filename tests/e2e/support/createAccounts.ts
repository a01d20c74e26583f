/**
 * Creates the staff accounts the browser tests log in with, in a process of its own
 * (static config import, as scripts/run-task.ts explains). Prints them as JSON.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import type { Role } from '@/domain/roles'

// One account per role, plus one that the lockout test may lock without hindering the others.
const accounts: { role: Role; name: string }[] = [
  { role: 'admin', name: 'admin' },
  { role: 'editor', name: 'editor' },
  { role: 'coordinator', name: 'coordinator' },
  { role: 'coordinator', name: 'lockout' },
]

const main = async () => {
  const payload = await getPayload({ config })
  const created = []
  for (const { role, name } of accounts) {
    const email = `${name}@e2e.example`
    const password = `E2e-${name}-Passwort-lang-genug`
    await payload.create({
      collection: 'users',
      data: { email, password, name: `E2E ${name}`, role },
    })
    created.push({ role, email, password })
  }
  process.stdout.write(`${JSON.stringify(created)}\n`)
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error)
    process.exit(1)
  })
