import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_mail_messages_template" ADD VALUE 'partnerListed';
  ALTER TABLE "partners" ADD COLUMN "declaration_id" integer;
  ALTER TABLE "partners" ADD COLUMN "listed_mail_queued_at" timestamp(3) with time zone;
  ALTER TABLE "partners" ADD CONSTRAINT "partners_declaration_id_form_submissions_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."form_submissions"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "partners_declaration_idx" ON "partners" USING btree ("declaration_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "partners" DROP CONSTRAINT "partners_declaration_id_form_submissions_id_fk";
  
  ALTER TABLE "mail_messages" ALTER COLUMN "template" SET DATA TYPE text;
  DROP TYPE "public"."enum_mail_messages_template";
  CREATE TYPE "public"."enum_mail_messages_template" AS ENUM('confirmation', 'waitlist', 'promotion', 'cancellation', 'duplicate', 'receipt', 'officeNotice', 'eventNotice', 'reminder', 'registrationChanged', 'cancelledByOffice', 'officeCancellationNotice');
  ALTER TABLE "mail_messages" ALTER COLUMN "template" SET DATA TYPE "public"."enum_mail_messages_template" USING "template"::"public"."enum_mail_messages_template";
  DROP INDEX "partners_declaration_idx";
  ALTER TABLE "partners" DROP COLUMN "declaration_id";
  ALTER TABLE "partners" DROP COLUMN "listed_mail_queued_at";`)
}
