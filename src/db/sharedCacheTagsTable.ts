import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

type SchemaHook = NonNullable<PostgresAdapterArgs['beforeSchemaInit']>[number]

/**
 * The table of Next.js' cache invalidations that all app instances share (read and written by
 * `sharedCacheTags.cjs`, outside Payload). Declared in Payload's schema so that migrations create
 * it and the schema check knows it. Times are milliseconds since 1970, as Next.js keeps them;
 * `numeric` keeps them exact.
 */
export const addSharedCacheTagsTable: SchemaHook = ({ adapter, schema }) => {
  adapter.rawTables.next_cache_tags = {
    name: 'next_cache_tags',
    columns: {
      tag: { name: 'tag', type: 'text', primaryKey: true },
      stale: { name: 'stale', type: 'numeric' },
      expired: { name: 'expired', type: 'numeric' },
      updated_at: {
        name: 'updated_at',
        type: 'timestamp',
        mode: 'string',
        precision: 3,
        withTimezone: true,
        defaultNow: true,
        notNull: true,
      },
    },
    indexes: {
      next_cache_tags_updated_at_idx: { name: 'next_cache_tags_updated_at_idx', on: 'updated_at' },
    },
  }
  return schema
}
