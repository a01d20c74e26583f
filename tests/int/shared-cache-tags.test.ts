/**
 * The shared cache handler (src/db/sharedCacheTags.cjs) outside Next.js, on a real PostgreSQL: it
 * takes other instances' invalidations from `next_cache_tags` into Next.js' tag record, and counts
 * every change of that record for the app server's page cache (scripts/lib/pageCache.ts), which
 * drops its pages on each one; and it never lets a page built from data read before one of its
 * tags changed pass as fresh. tests/e2e/scale-out.test.ts checks the sharing with two instances.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import * as fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cacheTagChangesKey } from '../../scripts/lib/pageCache'

const require = createRequire(import.meta.url)

type Entry = { lastModified: number; value: unknown }
type Handler = {
  get: (key: string, ctx: { kind: string }) => Promise<Entry | null>
  set: (key: string, data: object, ctx: object) => Promise<void>
  revalidateTag: (tags: string | string[], durations?: { expire?: number }) => Promise<void>
}
const SharedTagsCacheHandler = require('../../src/db/sharedCacheTags.cjs') as new (
  ctx: object,
) => Handler
const { areTagsExpired, tagsManifest } =
  require('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as {
    areTagsExpired: (tags: string[], timestamp: number) => boolean
    tagsManifest: Map<string, { stale?: number; expired?: number }>
  }

const tagChanges = () => (globalThis as { [cacheTagChangesKey]?: number })[cacheTagChangesKey] ?? 0
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let handler: Handler
let distDir: string
let db: pg.Client

beforeAll(async () => {
  distDir = await mkdtemp(path.join(os.tmpdir(), 'opr-cache-'))
  handler = new SharedTagsCacheHandler({
    fs: { ...fs.promises, existsSync: fs.existsSync, readFileSync: fs.readFileSync },
    flushToDisk: false,
    serverDistDir: distDir,
    revalidatedTags: [],
    maxMemoryCacheSize: 10 * 1024 * 1024,
  })
  db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
})

afterAll(async () => {
  await db.end()
  await rm(distDir, { recursive: true, force: true })
})

/** Another instance's `revalidateTag(tag, { expire: 0 })`, as it lands in the table. */
const invalidateElsewhere = (tag: string, at: number) =>
  db.query(
    `INSERT INTO next_cache_tags (tag, stale, expired, updated_at)
     VALUES ($1, NULL, $2, clock_timestamp())`,
    [tag, at],
  )

/** A cached page being served: the moment the handler looks at the table (at most once a second). */
const servePage = () => handler.get('/index', { kind: 'APP_PAGE' }).catch(() => null)

describe('the shared cache tags', () => {
  it("take another instance's invalidation and count it once, for the page cache", async () => {
    const before = tagChanges()
    const first = Date.now()
    await invalidateElsewhere('seats-elsewhere', first)
    await servePage() // the first look of a process is awaited
    expect(tagsManifest.get('seats-elsewhere')?.expired).toBe(first)
    expect(tagChanges()).toBe(before + 1)

    // The next look re-reads the same row (the overlap): nothing new, so nothing counted.
    await pause(1100)
    await servePage()
    await pause(300)
    const second = Date.now()
    await invalidateElsewhere('site-content-elsewhere', second)
    await pause(1100)
    await servePage()
    await expect
      .poll(() => tagsManifest.get('site-content-elsewhere')?.expired, { timeout: 3000 })
      .toBe(second)
    expect(tagChanges()).toBe(before + 2)
  })

  it("count this process's own invalidation and share it with the others", async () => {
    const before = tagChanges()
    await handler.revalidateTag('seats-here', { expire: 0 })
    expect(tagChanges()).toBe(before + 1)
    const { rows } = await db.query('SELECT expired FROM next_cache_tags WHERE tag = $1', [
      'seats-here',
    ])
    expect(Number(rows[0]?.expired)).toBe(tagsManifest.get('seats-here')?.expired)
  })

  it('share a burst of invalidations in a few writes, each with its latest state', async () => {
    const tags = Array.from({ length: 30 }, (_, i) => `seats-burst-${i}`)
    // every registration of a burst drops a tag; each waits until its tag is written
    await Promise.all(tags.map((tag) => handler.revalidateTag(tag, { expire: 0 })))
    const { rows } = await db.query<{ tag: string; expired: string; xmin: string }>(
      'SELECT tag, expired, xmin::text FROM next_cache_tags WHERE tag = ANY($1)',
      [tags],
    )
    expect(rows.map((row) => row.tag).sort()).toEqual([...tags].sort())
    for (const row of rows) expect(Number(row.expired)).toBe(tagsManifest.get(row.tag)?.expired)
    // one transaction per write: the first tag alone, the other 29 together
    expect(new Set(rows.map((row) => row.xmin)).size).toBeLessThanOrEqual(3)
  })

  it("write a failed write's tags with the next one", async () => {
    await db.query('ALTER TABLE next_cache_tags RENAME TO next_cache_tags_away')
    try {
      await handler.revalidateTag('seats-lost-once', { expire: 0 }) // the write fails
    } finally {
      await db.query('ALTER TABLE next_cache_tags_away RENAME TO next_cache_tags')
    }
    await handler.revalidateTag('seats-after', { expire: 0 })
    const { rows } = await db.query<{ tag: string }>(
      `SELECT tag FROM next_cache_tags WHERE tag IN ('seats-lost-once', 'seats-after')`,
    )
    expect(rows.map((row) => row.tag).sort()).toEqual(['seats-after', 'seats-lost-once'])
  })

  it("carry out a direct answer's invalidation here at once, without waiting for the write", async () => {
    const invalidate = (
      globalThis as {
        [key: symbol]: ((tags: string[], d?: { expire?: number }) => Promise<void>) | undefined
      }
    )[Symbol.for('buendnis.invalidateCacheTags')]!
    const before = tagChanges()
    const locker = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await locker.connect()
    try {
      // a database that is slow to take the write
      await locker.query('BEGIN; LOCK TABLE next_cache_tags IN ACCESS EXCLUSIVE MODE')
      const done = await Promise.race([
        invalidate(['seats-direct'], { expire: 0 }).then(() => 'answered'),
        pause(1000).then(() => 'waited'),
      ])
      expect(done).toBe('answered')
      expect(tagsManifest.get('seats-direct')?.expired).toBeTypeOf('number')
      expect(tagChanges()).toBe(before + 1)
      await locker.query('COMMIT')
    } finally {
      await locker.end()
    }
    // the other instances still learn of it, once the write gets through
    await expect
      .poll(
        async () =>
          (await db.query(`SELECT 1 FROM next_cache_tags WHERE tag = 'seats-direct'`)).rowCount,
        { timeout: 3000 },
      )
      .toBe(1)
  })

  /** A page as Next.js stores it after a render: the HTML and the tags of everything it read. */
  const builtPage = (tags: string[], text: string) => ({
    kind: 'APP_PAGE',
    html: `<p>${text}</p>`,
    rscData: Buffer.from(text),
    headers: { 'x-next-cache-tags': tags.join(',') },
    status: 200,
  })
  const pageContext = { cacheControl: { revalidate: 60, expire: 31_536_000 } }

  it('hand out a page built across an invalidation of its tags as of when its build began', async () => {
    const tags = ['seats-race', '_N_T_/veranstaltungen/race']
    expect(await handler.get('/race', { kind: 'APP_PAGE' })).toBeNull() // Next.js must build it
    await pause(5)
    // the build reads "5 seats"; meanwhile a registration takes one and drops the tag
    await handler.revalidateTag('seats-race', { expire: 0 })
    await pause(5)
    await handler.set('/race', builtPage(tags, 'Noch 5 Plätze frei.'), pageContext)
    const entry = await handler.get('/race', { kind: 'APP_PAGE' })
    // so Next.js takes it for expired and builds the page once more, with the new count
    expect(areTagsExpired(tags, entry!.lastModified)).toBe(true)
    await handler.set('/race', builtPage(tags, 'Noch 4 Plätze frei.'), pageContext)
    const rebuilt = await handler.get('/race', { kind: 'APP_PAGE' })
    expect(areTagsExpired(tags, rebuilt!.lastModified)).toBe(false)
  })

  it('judge every store by the earliest of overlapping builds (a data read two pages share)', async () => {
    const tags = ['seats-shared']
    const read = { kind: 'FETCH', tags }
    const stored = (count: number) => ({
      kind: 'FETCH',
      data: { headers: {}, body: String(count), status: 200 },
      revalidate: 60,
    })
    // two renders look the count up, a registration lands, both store what they read before it
    expect(await handler.get('confirmed-persons-7', read)).toBeNull()
    expect(await handler.get('confirmed-persons-7', read)).toBeNull()
    await pause(5)
    await handler.revalidateTag('seats-shared', { expire: 0 })
    await pause(5)
    await handler.set('confirmed-persons-7', stored(5), { fetchCache: true, tags })
    await handler.set('confirmed-persons-7', stored(5), { fetchCache: true, tags })
    const entry = await handler.get('confirmed-persons-7', read)
    expect(areTagsExpired(tags, entry!.lastModified)).toBe(true)
  })

  it('keep a page built without an invalidation in between as it is', async () => {
    const tags = ['seats-calm', '_N_T_/veranstaltungen/calm']
    await handler.revalidateTag('seats-calm', { expire: 0 })
    await pause(5)
    expect(await handler.get('/calm', { kind: 'APP_PAGE' })).toBeNull()
    await pause(5)
    await handler.set('/calm', builtPage(tags, 'Noch 5 Plätze frei.'), pageContext)
    const entry = await handler.get('/calm', { kind: 'APP_PAGE' })
    expect(areTagsExpired(tags, entry!.lastModified)).toBe(false)
  })
})
