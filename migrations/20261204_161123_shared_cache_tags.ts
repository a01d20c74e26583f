import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "next_cache_tags" (
  	"tag" text PRIMARY KEY NOT NULL,
  	"stale" numeric,
  	"expired" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE INDEX "next_cache_tags_updated_at_idx" ON "next_cache_tags" USING btree ("updated_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "next_cache_tags" CASCADE;`)
}
