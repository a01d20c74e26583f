/**
 * Switches that exist only for tests cannot be reached in production: their checks start with
 * `process.env.NODE_ENV === 'test'`, which `next build` replaces by "production" and compiles
 * away. Were a switch checked without it, its name would stay in the server code of the build.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const testOnlySwitches = ['skipRegistrationLock', 'setJobGuardsForTest', 'jobGuards']

const serverCodeFiles = async (folder: string): Promise<string[]> => {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && /\.(js|mjs|cjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

describe('the production build', () => {
  it('holds none of the switches that exist only for tests', async () => {
    const files = await serverCodeFiles(path.join('.next', 'server'))
    expect(files.length).toBeGreaterThan(50)
    const found: string[] = []
    for (const file of files) {
      const code = await readFile(file, 'utf8')
      for (const name of testOnlySwitches) if (code.includes(name)) found.push(`${name} in ${file}`)
    }
    expect(found).toEqual([])
  })
})
