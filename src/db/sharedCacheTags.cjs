// @ts-check
/**
 * Next.js' cache handler with invalidations shared through PostgreSQL.
 *
 * Each instance keeps its own copy of the cached pages (Next.js' file-system cache, unchanged).
 * What must be shared is *which tags were dropped when*: a publish or a registration on one
 * instance calls `revalidateTag`, which Next.js records only in that process. Here the record also
 * goes into the table `next_cache_tags` (declared in `sharedCacheTagsTable.ts`), and every instance reads the table's new rows at most a
 * second after its last look, before serving a cached page, and merges them into Next.js' own tag
 * record. So another instance drops the page within about a second.
 *
 * Plain CommonJS because Next.js loads this file at run time by its path, without compiling it.
 * It leans on two modules inside Next.js (checked against 16.4.6): the file-system cache it extends
 * and the process-wide tag record both the cache and Next.js read. tests/e2e/scale-out.test.ts
 * publishes on one instance and reads on the other: it fails if either changes shape.
 *
 * The database being away never fails a page: the last known tags stay in force and the next look
 * tries again (a stale page is better than none; seats are checked again on submit anyway).
 */
const { Pool } = require('pg')
const FileSystemCache =
  require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')

/** How often an instance looks for other instances' invalidations, at most. */
const refreshIntervalMs = 1000
/**
 * Rows are read again from a little before the last look: a write whose statement began before
 * that look may commit after it. Merging a row twice changes nothing.
 */
const overlapMs = 10_000

/**
 * Counts every change of the tag record in this process, for the app server's short page cache
 * (scripts/lib/pageCache.ts reads it under the same key): a change drops every page kept there.
 */
const tagChangesKey = Symbol.for('buendnis.cacheTagChanges')
const noteTagsChanged = () => {
  globalThis[tagChangesKey] = (globalThis[tagChangesKey] ?? 0) + 1
}

/** @type {import('pg').Pool | undefined} */
let pool
let lastLookStartedAt = 0
/** The database's clock at the last successful look; undefined until the first one. */
/** @type {Date | undefined} */
let readUpTo
/** @type {Promise<void> | undefined} */
let firstLook
let failing = false

const poolOf = () => {
  const connectionString = process.env.DATABASE_URL
  if (!connectionString) return undefined
  if (!pool) {
    pool = new Pool({
      connectionString,
      max: 2,
      connectionTimeoutMillis: 2000,
      query_timeout: 2000,
      allowExitOnIdle: true,
    })
    pool.on('error', () => undefined) // an idle connection lost with the database: next look retries
  }
  return pool
}

/** @param {unknown} error */
const noteFailure = (error) => {
  if (failing) return
  failing = true
  console.error('Geteilte Zwischenspeicher-Markierungen nicht lesbar/schreibbar:', String(error))
}

/** @param {{ tag: string, stale: number | null, expired: number | null }} row */
const mergeRow = (row) => {
  const local = tagsManifest.get(row.tag) ?? {}
  const merged = { ...local }
  if (row.stale != null && !(typeof local.stale === 'number' && local.stale >= row.stale))
    merged.stale = row.stale
  if (row.expired != null && !(typeof local.expired === 'number' && local.expired >= row.expired))
    merged.expired = row.expired
  if (merged.stale === local.stale && merged.expired === local.expired) return false
  tagsManifest.set(row.tag, merged)
  return true
}

const look = async () => {
  const db = poolOf()
  if (!db) return
  try {
    const since = readUpTo ? new Date(readUpTo.getTime() - overlapMs) : new Date(0)
    const { rows } = await db.query(
      `SELECT tag, stale, expired, clock_timestamp() AS read_at FROM next_cache_tags
       WHERE updated_at >= $1`,
      [since],
    )
    // numeric columns arrive as text: exact milliseconds, as Next.js wrote them
    const number = (value) => (value == null ? null : Number(value))
    let changed = false
    for (const row of rows)
      if (mergeRow({ tag: row.tag, stale: number(row.stale), expired: number(row.expired) }))
        changed = true
    if (changed) noteTagsChanged()
    readUpTo = rows[0]?.read_at ?? (await db.query('SELECT clock_timestamp() AS now')).rows[0].now
    failing = false
  } catch (error) {
    noteFailure(error)
  }
}

/**
 * Looks for new invalidations without making the request wait, except for the very first look of
 * this process (pages kept on disk from before a restart may have been dropped meanwhile).
 */
const refreshTags = async () => {
  const now = Date.now()
  if (now - lastLookStartedAt >= refreshIntervalMs) {
    lastLookStartedAt = now
    const current = look()
    firstLook ??= current
    if (unsharedTags.size > 0) void shareTags([])
  }
  await firstLook
}

/** @param {string[]} tags */
const writeTags = async (tags) => {
  if (tags.length === 0) return
  // the record as it is now: a later change of a tag in the same batch is written with it
  const rows = tags.map((tag) => {
    const entry = tagsManifest.get(tag) ?? {}
    return [tag, entry.stale ?? null, entry.expired ?? null]
  })
  // Never rejects: a rejected write would stop every later one (they are chained).
  try {
    const db = poolOf()
    if (!db) return
    await db.query(
      `INSERT INTO next_cache_tags (tag, stale, expired, updated_at)
       SELECT tag, stale, expired, clock_timestamp()
       FROM unnest($1::text[], $2::numeric[], $3::numeric[]) AS t(tag, stale, expired)
       ON CONFLICT (tag) DO UPDATE SET
         stale = GREATEST(next_cache_tags.stale, EXCLUDED.stale),
         expired = GREATEST(next_cache_tags.expired, EXCLUDED.expired),
         updated_at = EXCLUDED.updated_at`,
      [rows.map((row) => row[0]), rows.map((row) => row[1]), rows.map((row) => row[2])],
    )
  } catch (error) {
    noteFailure(error)
    // written with the next batch (the next invalidation, or the next look for new rows)
    for (const tag of tags) unsharedTags.add(tag)
  }
}

/** Tags whose write failed: they go with the next one, so other instances learn of them late, not never. */
const unsharedTags = new Set()

/**
 * One write at a time; tags invalidated while it runs go together in the next one. A burst of
 * registrations (each drops its event's seat tag) so writes a few statements instead of one per
 * registration on the same row (tests/int/shared-cache-tags.test.ts: 30 at once in two). Each
 * caller waits for the write that carries its tags.
 * @type {Promise<void>}
 */
let writeInFlight = Promise.resolve()
/** @type {{ tags: Set<string>, written: Promise<void> } | undefined} */
let nextBatch

/** @param {string[]} tags */
const shareTags = (tags) => {
  if (!nextBatch) {
    /** @type {{ tags: Set<string>, written: Promise<void> }} */
    const batch = { tags: new Set(unsharedTags), written: Promise.resolve() }
    unsharedTags.clear()
    batch.written = writeInFlight.then(() => {
      // from here on, new tags wait for the write after this one
      if (nextBatch === batch) nextBatch = undefined
      return writeTags([...batch.tags])
    })
    writeInFlight = batch.written
    nextBatch = batch
  }
  for (const tag of tags) nextBatch.tags.add(tag)
  return nextBatch.written
}

/*
 * A render that overlaps an invalidation of its own tags. Next.js stamps a stored entry with the
 * moment it is stored, and an entry counts as fresh if none of its tags changed after that stamp.
 * A render that read its data (seats, content) before a registration or a publish but is stored
 * after it would so pass as fresh and show the old state until the page's own refresh a minute
 * later (found by the attack on 07.12.: old seat counts for 60 s after a burst of registrations).
 * So the handler notes when Next.js looked up an entry it is about to build, and if one of the
 * built entry's tags changed since then, it hands the entry out as of that moment: the next
 * request builds it once more, with data read after the change.
 */

/** Keys remembered at most, per record below (a key is a page path or a data read). */
const rememberedKeysLimit = 10_000

/**
 * @template T
 * @param {Map<string, T>} record @param {string} key @param {T} value
 */
const remember = (record, key, value) => {
  if (!record.has(key) && record.size >= rememberedKeysLimit)
    record.delete(/** @type {string} */ (record.keys().next().value))
  record.set(key, value)
}

/**
 * Builds of an entry under way: since the earliest lookup among them, and how many. Several can
 * overlap: a data read shared by two pages is looked up by both renders (found by the second
 * attack: the second store wiped the first one's mark). Every store is judged by the earliest.
 * @type {Map<string, { since: number, lastLookup: number, builds: number }>}
 */
const buildsUnderWay = new Map()
/**
 * A build Next.js looks up but never stores (a render that failed) would hold `since` forever and
 * mark every later store: after this long without a lookup, a record starts afresh.
 */
const buildRecordLifetimeMs = 10_000

/** @param {string} key @param {number} lookedUpAt */
const noteBuild = (key, lookedUpAt) => {
  const underWay = buildsUnderWay.get(key)
  if (underWay && lookedUpAt - underWay.lastLookup < buildRecordLifetimeMs) {
    underWay.builds += 1
    underWay.lastLookup = lookedUpAt
  } else remember(buildsUnderWay, key, { since: lookedUpAt, lastLookup: lookedUpAt, builds: 1 })
}

/** The earliest lookup of the builds under way for `key`, counting one of them as stored. */
/** @param {string} key */
const takeBuild = (key) => {
  const underWay = buildsUnderWay.get(key)
  if (!underWay) return undefined
  underWay.builds -= 1
  if (underWay.builds <= 0) buildsUnderWay.delete(key)
  return underWay.since
}

/** Entries built from data read before one of their tags changed: the moment they count as of. */
/** @type {Map<string, number>} */
const storedAsOf = new Map()

/** @param {string[]} tags @param {number} since */
const tagsChangedSince = (tags, since) =>
  tags.some((tag) => {
    const entry = tagsManifest.get(tag)
    return (entry?.expired ?? -Infinity) >= since || (entry?.stale ?? -Infinity) >= since
  })

/** The tags of a page or route entry (Next.js keeps them in a header of its own), or of a data read. */
/** @param {any} value @param {any} ctx */
const tagsOf = (value, ctx) => {
  const header = value?.headers?.['x-next-cache-tags']
  if (typeof header === 'string') return header.split(',')
  return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]
}

/**
 * For requests our HTTP server answers without Next.js (src/lib/directRoutes.ts): it carries out
 * their invalidations through the handler Next.js made last, as Next.js would after a request.
 */
const invalidateKey = Symbol.for('buendnis.invalidateCacheTags')

class SharedTagsCacheHandler extends FileSystemCache {
  /** @param {ConstructorParameters<typeof FileSystemCache>} args */
  constructor(...args) {
    super(...args)
    /**
     * This process' record at once; the other instances learn through the table without the
     * answer waiting for the write (a slow database would hold every registration's answer up to
     * its timeouts).
     * @param {string[]} tags @param {{ expire?: number }} [durations]
     */
    globalThis[invalidateKey] = async (tags, durations) => {
      await this.revalidateHere(tags, durations)
      void shareTags(tags)
    }
  }

  /** @param {Parameters<FileSystemCache['get']>} args */
  async get(...args) {
    const [key, ctx] = args
    const lookedUpAt = Date.now()
    await refreshTags()
    let data = await super.get(...args)
    const asOf = storedAsOf.get(key)
    if (data && asOf !== undefined && data.lastModified > asOf)
      data = { ...data, lastModified: asOf }
    // Next.js builds the entry anew if there is none or one of its tags changed since it was stored.
    const rebuilt = !data || tagsChangedSince(tagsOf(data.value, ctx), data.lastModified)
    if (rebuilt) noteBuild(key, lookedUpAt)
    return data
  }

  /** @param {Parameters<FileSystemCache['set']>} args */
  async set(...args) {
    const [key, data, ctx] = args
    const since = takeBuild(key)
    // Decided before the entry is stored: no request may find it fresh in between. A store without
    // a lookup of its own (a rebuild Next.js began because time ran out) leaves any mark as it is.
    if (since !== undefined) {
      if (tagsChangedSince(tagsOf(data, ctx), since)) remember(storedAsOf, key, since)
      else storedAsOf.delete(key)
    }
    return super.set(...args)
  }

  /**
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    await this.revalidateHere(tags, durations)
    await shareTags(typeof tags === 'string' ? [tags] : tags)
  }

  /**
   * This process' record only: Next.js' tag record and the count the page cache watches.
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateHere(tags, durations) {
    await super.revalidateTag(tags, durations)
    // after Next.js' own record: a page rendered from now on already sees the change
    noteTagsChanged()
  }
}

module.exports = SharedTagsCacheHandler
