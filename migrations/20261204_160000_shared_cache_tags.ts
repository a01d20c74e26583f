import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Not part of Payload's schema: Next.js' cache invalidations, shared by all app instances
 * (src/db/sharedCacheTags.cjs). Times are milliseconds since 1970, as Next.js keeps them.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "next_cache_tags" (
    "tag" text PRIMARY KEY,
    "stale" double precision,
    "expired" double precision,
    "updated_at" timestamp(3) with time zone NOT NULL DEFAULT now()
  );
  CREATE INDEX IF NOT EXISTS "next_cache_tags_updated_at_idx" ON "next_cache_tags" ("updated_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "next_cache_tags";`)
}
