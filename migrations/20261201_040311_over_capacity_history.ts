import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "form_submissions_status_history" ADD COLUMN "over_capacity" boolean;
  ALTER TABLE "form_submissions_status_history" ADD COLUMN "reason" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "form_submissions_status_history" DROP COLUMN "over_capacity";
  ALTER TABLE "form_submissions_status_history" DROP COLUMN "reason";`)
}
