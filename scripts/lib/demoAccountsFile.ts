import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { DemoAccount } from '@/seed/demoAccounts'

import { dataDir } from './database'

// Kept beside the embedded database (git-ignored) so every `npm run dev` can show the logins again.
const file = () => path.join(dataDir(), 'demo-accounts.json')

export const readDemoAccounts = async (): Promise<DemoAccount[]> =>
  existsSync(file()) ? JSON.parse(await readFile(file(), 'utf8')) : []

export const rememberDemoAccounts = async (created: DemoAccount[]) => {
  if (!created.length) return
  const known = (await readDemoAccounts()).filter((a) => !created.some((c) => c.email === a.email))
  await writeFile(file(), JSON.stringify([...known, ...created], null, 2), { mode: 0o600 })
}
