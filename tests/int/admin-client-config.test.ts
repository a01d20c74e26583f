import { initI18n } from '@payloadcms/translations'
import { createClientConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'

/** Paths to every function inside a value: React cannot hand those to the admin's browser code. */
const functionsIn = (value: unknown, path = 'config', seen = new Set<unknown>()): string[] => {
  if (typeof value === 'function') return [path]
  if (!value || typeof value !== 'object' || seen.has(value)) return []
  seen.add(value)
  // React elements and the import map's component references are rendered, not serialised.
  if ('$$typeof' in value) return []
  return Object.entries(value).flatMap(([key, inner]) => functionsIn(inner, `${path}.${key}`, seen))
}

describe('the configuration the admin hands to the browser', () => {
  // A function in it (e.g. an upload `limitHandler`) makes every admin page fail in production:
  // "Functions cannot be passed directly to Client Components".
  it('holds no functions', async () => {
    const payload = await testPayload()
    const i18n = await initI18n({
      config: payload.config.i18n,
      context: 'client',
      language: 'de',
    })
    const clientConfig = createClientConfig({
      config: payload.config,
      i18n,
      // the admin's components come from the import map; the settings around them are what counts
      importMap: {},
      user: true,
    } as Parameters<typeof createClientConfig>[0])
    expect(functionsIn(clientConfig)).toEqual([])
  })
})
