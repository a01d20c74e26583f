import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_event_notices_kind" AS ENUM('message', 'changed', 'cancelled', 'postponed');
  CREATE TYPE "public"."enum_event_notices_audience" AS ENUM('active', 'confirmed', 'waitlisted', 'checkedIn');
  ALTER TYPE "public"."enum_mail_messages_template" ADD VALUE 'eventNotice';
  ALTER TYPE "public"."enum_mail_messages_template" ADD VALUE 'reminder';
  ALTER TYPE "public"."enum_mail_messages_template" ADD VALUE 'registrationChanged';
  ALTER TYPE "public"."enum_mail_messages_template" ADD VALUE 'cancelledByOffice';
  ALTER TYPE "public"."enum_mail_messages_template" ADD VALUE 'officeCancellationNotice';
  ALTER TYPE "public"."enum_form_submissions_status_history_from" ADD VALUE 'eventCancelled' BEFORE 'received';
  ALTER TYPE "public"."enum_form_submissions_status_history_to" ADD VALUE 'eventCancelled' BEFORE 'received';
  ALTER TYPE "public"."enum_form_submissions_status" ADD VALUE 'eventCancelled' BEFORE 'received';
  CREATE TABLE "event_notices_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"before" varchar,
  	"after" varchar
  );
  
  CREATE TABLE "event_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"kind" "enum_event_notices_kind" DEFAULT 'message' NOT NULL,
  	"audience" "enum_event_notices_audience" DEFAULT 'active' NOT NULL,
  	"subject" varchar NOT NULL,
  	"text" varchar,
  	"informed" boolean DEFAULT true,
  	"created_by_id" integer,
  	"recipient_count" numeric,
  	"queued_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "events" ADD COLUMN "registration_reminder_enabled" boolean DEFAULT true;
  ALTER TABLE "events" ADD COLUMN "registration_reminder_days_before" numeric DEFAULT 2;
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_reminder_enabled" boolean DEFAULT true;
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_reminder_days_before" numeric DEFAULT 2;
  ALTER TABLE "mail_messages" ADD COLUMN "notice_id" integer;
  ALTER TABLE "forms" ADD COLUMN "registration_changed_mail_subject" varchar DEFAULT 'Ihre Anmeldung wurde geändert: {{veranstaltung}}';
  ALTER TABLE "forms" ADD COLUMN "registration_changed_mail_text" varchar;
  ALTER TABLE "forms" ADD COLUMN "cancelled_by_office_mail_subject" varchar DEFAULT 'Ihre Anmeldung wurde storniert: {{veranstaltung}}';
  ALTER TABLE "forms" ADD COLUMN "cancelled_by_office_mail_text" varchar;
  ALTER TABLE "forms" ADD COLUMN "reminder_mail_subject" varchar DEFAULT 'Erinnerung: {{veranstaltung}} am {{datum}}';
  ALTER TABLE "forms" ADD COLUMN "reminder_mail_text" varchar;
  ALTER TABLE "forms" ADD COLUMN "event_changed_mail_subject" varchar DEFAULT 'Änderung: {{veranstaltung}}';
  ALTER TABLE "forms" ADD COLUMN "event_changed_mail_text" varchar;
  ALTER TABLE "forms" ADD COLUMN "event_postponed_mail_subject" varchar DEFAULT 'Verschoben: {{veranstaltung}}';
  ALTER TABLE "forms" ADD COLUMN "event_postponed_mail_text" varchar;
  ALTER TABLE "forms" ADD COLUMN "event_cancelled_mail_subject" varchar DEFAULT 'Abgesagt: {{veranstaltung}}';
  ALTER TABLE "forms" ADD COLUMN "event_cancelled_mail_text" varchar;
  ALTER TABLE "form_submissions" ADD COLUMN "reminded_for_start" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "event_notices_id" integer;
  ALTER TABLE "event_notices_changes" ADD CONSTRAINT "event_notices_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."event_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_notices" ADD CONSTRAINT "event_notices_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_notices" ADD CONSTRAINT "event_notices_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "event_notices_changes_order_idx" ON "event_notices_changes" USING btree ("_order");
  CREATE INDEX "event_notices_changes_parent_id_idx" ON "event_notices_changes" USING btree ("_parent_id");
  CREATE INDEX "event_notices_event_idx" ON "event_notices" USING btree ("event_id");
  CREATE INDEX "event_notices_created_by_idx" ON "event_notices" USING btree ("created_by_id");
  CREATE INDEX "event_notices_updated_at_idx" ON "event_notices" USING btree ("updated_at");
  CREATE INDEX "event_notices_created_at_idx" ON "event_notices" USING btree ("created_at");
  ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_notice_id_event_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."event_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_notices_fk" FOREIGN KEY ("event_notices_id") REFERENCES "public"."event_notices"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "mail_messages_notice_idx" ON "mail_messages" USING btree ("notice_id");
  CREATE UNIQUE INDEX "notice_submission_idx" ON "mail_messages" USING btree ("notice_id","submission_id");
  CREATE INDEX "payload_locked_documents_rels_event_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("event_notices_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "event_notices_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_notices" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "event_notices_changes" CASCADE;
  DROP TABLE "event_notices" CASCADE;
  ALTER TABLE "mail_messages" DROP CONSTRAINT "mail_messages_notice_id_event_notices_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_event_notices_fk";
  
  ALTER TABLE "mail_messages" ALTER COLUMN "template" SET DATA TYPE text;
  DROP TYPE "public"."enum_mail_messages_template";
  CREATE TYPE "public"."enum_mail_messages_template" AS ENUM('confirmation', 'waitlist', 'promotion', 'cancellation', 'duplicate', 'receipt', 'officeNotice');
  ALTER TABLE "mail_messages" ALTER COLUMN "template" SET DATA TYPE "public"."enum_mail_messages_template" USING "template"::"public"."enum_mail_messages_template";
  ALTER TABLE "form_submissions_status_history" ALTER COLUMN "from" SET DATA TYPE text;
  DROP TYPE "public"."enum_form_submissions_status_history_from";
  CREATE TYPE "public"."enum_form_submissions_status_history_from" AS ENUM('confirmed', 'waitlisted', 'cancelled', 'received', 'done');
  ALTER TABLE "form_submissions_status_history" ALTER COLUMN "from" SET DATA TYPE "public"."enum_form_submissions_status_history_from" USING "from"::"public"."enum_form_submissions_status_history_from";
  ALTER TABLE "form_submissions_status_history" ALTER COLUMN "to" SET DATA TYPE text;
  DROP TYPE "public"."enum_form_submissions_status_history_to";
  CREATE TYPE "public"."enum_form_submissions_status_history_to" AS ENUM('confirmed', 'waitlisted', 'cancelled', 'received', 'done');
  ALTER TABLE "form_submissions_status_history" ALTER COLUMN "to" SET DATA TYPE "public"."enum_form_submissions_status_history_to" USING "to"::"public"."enum_form_submissions_status_history_to";
  ALTER TABLE "form_submissions" ALTER COLUMN "status" SET DATA TYPE text;
  DROP TYPE "public"."enum_form_submissions_status";
  CREATE TYPE "public"."enum_form_submissions_status" AS ENUM('confirmed', 'waitlisted', 'cancelled', 'received', 'done');
  ALTER TABLE "form_submissions" ALTER COLUMN "status" SET DATA TYPE "public"."enum_form_submissions_status" USING "status"::"public"."enum_form_submissions_status";
  DROP INDEX "mail_messages_notice_idx";
  DROP INDEX "notice_submission_idx";
  DROP INDEX "payload_locked_documents_rels_event_notices_id_idx";
  ALTER TABLE "events" DROP COLUMN "registration_reminder_enabled";
  ALTER TABLE "events" DROP COLUMN "registration_reminder_days_before";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_reminder_enabled";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_reminder_days_before";
  ALTER TABLE "mail_messages" DROP COLUMN "notice_id";
  ALTER TABLE "forms" DROP COLUMN "registration_changed_mail_subject";
  ALTER TABLE "forms" DROP COLUMN "registration_changed_mail_text";
  ALTER TABLE "forms" DROP COLUMN "cancelled_by_office_mail_subject";
  ALTER TABLE "forms" DROP COLUMN "cancelled_by_office_mail_text";
  ALTER TABLE "forms" DROP COLUMN "reminder_mail_subject";
  ALTER TABLE "forms" DROP COLUMN "reminder_mail_text";
  ALTER TABLE "forms" DROP COLUMN "event_changed_mail_subject";
  ALTER TABLE "forms" DROP COLUMN "event_changed_mail_text";
  ALTER TABLE "forms" DROP COLUMN "event_postponed_mail_subject";
  ALTER TABLE "forms" DROP COLUMN "event_postponed_mail_text";
  ALTER TABLE "forms" DROP COLUMN "event_cancelled_mail_subject";
  ALTER TABLE "forms" DROP COLUMN "event_cancelled_mail_text";
  ALTER TABLE "form_submissions" DROP COLUMN "reminded_for_start";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "event_notices_id";
  DROP TYPE "public"."enum_event_notices_kind";
  DROP TYPE "public"."enum_event_notices_audience";`)
}
