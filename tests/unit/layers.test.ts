/**
 * The import rule of the house (STYLE.md "Layers"): an import never runs back up. Top to bottom:
 * pages → components → collections → services → domain → constants. `payload.config.ts` (outside
 * src/) is the one composition root that may see everything. A block is a config (read by the
 * collections) and a component (read by the pages), so its files sit on those two layers.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const layers = [
  { name: 'pages', folders: ['app', 'proxy.ts', 'seed'] },
  {
    name: 'components',
    folders: [
      'components',
      'blocks/*/Component.tsx',
      'blocks/RenderBlocks.tsx',
      'blocks/context.ts',
    ],
  },
  { name: 'collections', folders: ['collections', 'globals', 'fields', 'blocks'] },
  {
    name: 'services',
    folders: ['registration', 'email', 'privacy', 'jobs', 'lib', 'readiness', 'db', 'access'],
  },
  { name: 'domain', folders: ['domain'] },
  { name: 'constants', folders: ['config', 'messages', 'payload-types.ts'] },
]

const matches = (file: string, pattern: string) => {
  if (pattern.includes('*')) {
    const [dir, name] = pattern.split('/*/')
    const parts = file.split('/')
    return parts.length === 3 && parts[0] === dir && parts[2] === name
  }
  return file === pattern || file.startsWith(`${pattern}/`)
}

/** The layer of a file under src/: the most specific pattern wins (a block's Component.tsx). */
const layerOf = (file: string): number => {
  let best = { layer: -1, length: -1 }
  layers.forEach((layer, index) => {
    for (const pattern of layer.folders)
      if (matches(file, pattern) && pattern.length > best.length)
        best = { layer: index, length: pattern.length }
  })
  if (best.layer < 0) throw new Error(`${file} liegt in keiner Schicht`)
  return best.layer
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx|cjs)$/.test(entry.name) ? [full] : []
  })

const importTargets = (file: string, code: string): string[] =>
  [...code.matchAll(/(?:from|import\(|require\()\s*['"]([^'"]+)['"]/g)].flatMap(([, spec]) => {
    if (spec.startsWith('@/')) return [spec.slice(2)]
    if (spec.startsWith('.')) return [path.relative('src', path.join(path.dirname(file), spec))]
    return []
  })

const resolve = (target: string, files: Set<string>) =>
  [target, `${target}.ts`, `${target}.tsx`, `${target}/index.ts`, `${target}/index.tsx`].find(
    (candidate) => files.has(candidate),
  ) ?? target

describe('layers of src/', () => {
  it('no import runs back up a layer', () => {
    const files = sourceFiles('src').map((file) => path.relative('src', file))
    const known = new Set(files)
    const backImports: string[] = []
    for (const file of files) {
      const code = readFileSync(path.join('src', file), 'utf8')
      for (const target of importTargets(path.join('src', file), code)) {
        if (target.startsWith('..')) continue
        const resolved = resolve(target, known)
        const from = layerOf(file)
        const to = layerOf(resolved)
        if (to < from)
          backImports.push(`${file} (${layers[from]!.name}) → ${resolved} (${layers[to]!.name})`)
      }
    }
    expect(backImports).toEqual([])
  })
})
