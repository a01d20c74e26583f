import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import { afterAll, describe, expect, it } from 'vitest'

const scratch = await mkdtemp(path.join(os.tmpdir(), 'opr-types-'))
afterAll(() => rm(scratch, { recursive: true, force: true }))

describe('generated files', () => {
  it('payload-types.ts matches the config (run `npm run generate:types`)', async () => {
    const { default: configPromise } = await import('@payload-config')
    const config = await configPromise
    const target = path.join(scratch, 'payload-types.ts')
    const previous = process.env.PAYLOAD_TS_OUTPUT_PATH
    process.env.PAYLOAD_TS_OUTPUT_PATH = target
    try {
      await generateTypes(config, { log: false })
    } finally {
      process.env.PAYLOAD_TS_OUTPUT_PATH = previous
    }
    const committed = readFileSync(path.resolve('src/payload-types.ts'), 'utf8')
    expect(await readFile(target, 'utf8')).toBe(committed)
  })

  it('the admin import map matches the config (run `npm run generate:importmap`)', async () => {
    const { default: configPromise } = await import('@payload-config')
    const config = await configPromise
    const target = path.join(scratch, 'importMap.js')
    await generateImportMap(
      {
        ...config,
        admin: { ...config.admin, importMap: { ...config.admin.importMap, importMapFile: target } },
      },
      { force: true, log: false },
    )
    const committed = readFileSync(path.resolve('src/app/(payload)/admin/importMap.js'), 'utf8')
    expect(await readFile(target, 'utf8')).toBe(committed)
  })
})
