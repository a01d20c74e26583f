import type { Payload } from 'payload'

import type { RateLimitBucket } from '@/domain/rateLimit'

import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { postgresOf } from './adapter'

type Pool = InstanceType<PostgresAdapter['pg']['Pool']>

const pools = new WeakMap<Payload, Pool>()

/**
 * A small pool of its own for the abuse counters. A count must outlive the request's transaction
 * (a refused submission still counts, though its transaction is rolled back), so it is written
 * outside it. Taking that second connection from Payload's pool could deadlock a burst: every
 * pooled connection held by a request transaction waiting for one more. Nothing here ever waits
 * for a request's transaction (these rows are written nowhere else), so this pool always drains.
 */
const counterPool = (payload: Payload): Pool => {
  let pool = pools.get(payload)
  if (!pool) {
    // The adapter's own node-postgres and connection settings.
    const { pg, poolOptions } = postgresOf(payload)
    pool = new pg.Pool({ ...poolOptions, max: 2, idleTimeoutMillis: 1_000, allowExitOnIdle: true })
    pool.on('error', (error) =>
      payload.logger.warn(`Verbindung der Zähler zur Datenbank unterbrochen (${error.message}).`),
    )
    pools.set(payload, pool)
  }
  return pool
}

/**
 * Adds one to each bucket in one statement, committed at once whatever happens to the request
 * afterwards. Rows are locked in key order so two callers never wait on each other crosswise.
 * True while every bucket is within its limit.
 */
export const countAgainstLimits = async (
  payload: Payload,
  buckets: RateLimitBucket[],
): Promise<boolean> => {
  if (buckets.length === 0) return true
  const sorted = [...buckets].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const { rows } = await counterPool(payload).query<{ key: string; count: number }>(
    `INSERT INTO rate_limit_buckets (key, count, expires_at, updated_at, created_at)
     SELECT key, 1, expires_at, now(), now()
     FROM unnest($1::varchar[], $2::timestamptz[]) WITH ORDINALITY AS b(key, expires_at, n)
     ORDER BY n
     ON CONFLICT (key) DO UPDATE SET count = rate_limit_buckets.count + 1, updated_at = now()
     RETURNING key, count`,
    [sorted.map((b) => b.key), sorted.map((b) => b.expiresAt.toISOString())],
  )
  const counts = new Map(rows.map((row) => [row.key, Number(row.count)]))
  return sorted.every((bucket) => (counts.get(bucket.key) ?? 0) <= bucket.limit)
}
