import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_mail_messages_status" ADD VALUE 'skipped';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'queueNoticeMails' BEFORE 'applyRetention';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'queueNoticeMails' BEFORE 'applyRetention';
  ALTER TABLE "event_notices" ADD COLUMN "test" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "mail_messages" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "mail_messages" ALTER COLUMN "status" SET DEFAULT 'queued'::text;
  DROP TYPE "public"."enum_mail_messages_status";
  CREATE TYPE "public"."enum_mail_messages_status" AS ENUM('queued', 'sending', 'retrying', 'sent', 'failed');
  ALTER TABLE "mail_messages" ALTER COLUMN "status" SET DEFAULT 'queued'::"public"."enum_mail_messages_status";
  ALTER TABLE "mail_messages" ALTER COLUMN "status" SET DATA TYPE "public"."enum_mail_messages_status" USING "status"::"public"."enum_mail_messages_status";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendMail', 'applyRetention', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendMail', 'applyRetention', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "event_notices" DROP COLUMN "test";`)
}
