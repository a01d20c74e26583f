import type { Payload } from 'payload'

import { type DemoAccount, seedDemoAccounts } from './demoAccounts'

export type SeedOptions = {
  /** only on the embedded development database: never create known accounts in production */
  demoAccounts: boolean
  log: (line: string) => void
}

export type SeedResult = { demoAccounts: DemoAccount[] }

/** Fills an empty database with the site's starting content; running it again changes nothing. */
export const seed = async (
  payload: Payload,
  { demoAccounts, log }: SeedOptions,
): Promise<SeedResult> => {
  log('Seed: Startdaten werden geprüft …')
  const created = demoAccounts ? await seedDemoAccounts(payload, log) : []
  log('Seed: fertig.')
  return { demoAccounts: created }
}
