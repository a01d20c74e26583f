import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_data_requests_kind" AS ENUM('export', 'erase');
  CREATE TABLE "data_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_data_requests_kind" NOT NULL,
  	"by_id" integer NOT NULL,
  	"submissions" numeric,
  	"mails" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "form_submissions" ADD COLUMN "checked_in" boolean DEFAULT false;
  ALTER TABLE "form_submissions" ADD COLUMN "checked_in_at" timestamp(3) with time zone;
  ALTER TABLE "form_submissions" ADD COLUMN "checked_in_by_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "data_requests_id" integer;
  ALTER TABLE "data_requests" ADD CONSTRAINT "data_requests_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "data_requests_by_idx" ON "data_requests" USING btree ("by_id");
  CREATE INDEX "data_requests_updated_at_idx" ON "data_requests" USING btree ("updated_at");
  CREATE INDEX "data_requests_created_at_idx" ON "data_requests" USING btree ("created_at");
  ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_checked_in_by_id_users_id_fk" FOREIGN KEY ("checked_in_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_data_requests_fk" FOREIGN KEY ("data_requests_id") REFERENCES "public"."data_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "form_submissions_checked_in_by_idx" ON "form_submissions" USING btree ("checked_in_by_id");
  CREATE INDEX "event_status_idx" ON "form_submissions" USING btree ("event_id","status");
  CREATE INDEX "payload_locked_documents_rels_data_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("data_requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "data_requests" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "data_requests" CASCADE;
  ALTER TABLE "form_submissions" DROP CONSTRAINT "form_submissions_checked_in_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_data_requests_fk";
  
  DROP INDEX "form_submissions_checked_in_by_idx";
  DROP INDEX "event_status_idx";
  DROP INDEX "payload_locked_documents_rels_data_requests_id_idx";
  ALTER TABLE "form_submissions" DROP COLUMN "checked_in";
  ALTER TABLE "form_submissions" DROP COLUMN "checked_in_at";
  ALTER TABLE "form_submissions" DROP COLUMN "checked_in_by_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "data_requests_id";
  DROP TYPE "public"."enum_data_requests_kind";`)
}
