import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  pushSchema: (schema: unknown, drizzle: unknown) => Promise<{ statementsToExecute: string[] }>
  upSnapshot?: (snapshot: unknown) => unknown
}

type Adapter = { requireDrizzleKit: () => DrizzleKit; schema: unknown; drizzle: unknown }

const fix = 'Run `npm run migrate:create -- <name>` and commit the migration.'

// drizzle-kit reads numeric column defaults back as text and then "changes" them to the number
// they already are: a known false positive of its introspection, not drift. (A changed numeric
// default still fails the snapshot test below.)
const introspectionNoise = /^ALTER TABLE "\w+" ALTER COLUMN "\w+" SET DEFAULT \d+;$/

describe('config and committed migrations', () => {
  it('leave nothing to change in a database built only from the migrations', async () => {
    const db = (await testPayload()).db as unknown as Adapter
    const { statementsToExecute } = await db.requireDrizzleKit().pushSchema(db.schema, db.drizzle)
    expect(
      statementsToExecute.filter((sql) => !introspectionNoise.test(sql)),
      fix,
    ).toEqual([])
  })

  it('match the snapshot of the newest migration, so the next migrate:create starts clean', async () => {
    const db = (await testPayload()).db as unknown as Adapter
    const kit = db.requireDrizzleKit()
    const dir = path.resolve('migrations')
    const newest = readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(newest, 'no migration snapshot committed').toBeDefined()
    const snapshot = JSON.parse(readFileSync(path.join(dir, newest as string), 'utf8'))
    const current = await kit.generateDrizzleJson(db.schema)
    const before =
      kit.upSnapshot && snapshot.version < current.version ? kit.upSnapshot(snapshot) : snapshot
    expect(await kit.generateMigration(before, current), fix).toEqual([])
  })
})
