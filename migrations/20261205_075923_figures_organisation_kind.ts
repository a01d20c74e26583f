import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_form_submissions_organisation_kind" AS ENUM('administration', 'civil-society', 'education', 'religion', 'business', 'politics', 'other', 'none');
  ALTER TYPE "public"."enum_forms_blocks_email_column" ADD VALUE 'organisationKind' BEFORE 'supportNeeds';
  ALTER TYPE "public"."enum_forms_blocks_number_column" ADD VALUE 'organisationKind' BEFORE 'supportNeeds';
  ALTER TYPE "public"."enum_forms_blocks_select_column" ADD VALUE 'organisationKind' BEFORE 'supportNeeds';
  ALTER TYPE "public"."enum_forms_blocks_text_column" ADD VALUE 'organisationKind' BEFORE 'supportNeeds';
  ALTER TYPE "public"."enum_forms_blocks_textarea_column" ADD VALUE 'organisationKind' BEFORE 'supportNeeds';
  ALTER TABLE "form_submissions" ADD COLUMN "organisation_kind" "enum_form_submissions_organisation_kind";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "forms_blocks_email" ALTER COLUMN "column" SET DATA TYPE text;
  ALTER TABLE "forms_blocks_email" ALTER COLUMN "column" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum_forms_blocks_email_column";
  CREATE TYPE "public"."enum_forms_blocks_email_column" AS ENUM('none', 'name', 'organisation', 'email', 'phone', 'persons', 'municipality', 'supportNeeds', 'message', 'pageReference');
  ALTER TABLE "forms_blocks_email" ALTER COLUMN "column" SET DEFAULT 'none'::"public"."enum_forms_blocks_email_column";
  ALTER TABLE "forms_blocks_email" ALTER COLUMN "column" SET DATA TYPE "public"."enum_forms_blocks_email_column" USING "column"::"public"."enum_forms_blocks_email_column";
  ALTER TABLE "forms_blocks_number" ALTER COLUMN "column" SET DATA TYPE text;
  ALTER TABLE "forms_blocks_number" ALTER COLUMN "column" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum_forms_blocks_number_column";
  CREATE TYPE "public"."enum_forms_blocks_number_column" AS ENUM('none', 'name', 'organisation', 'email', 'phone', 'persons', 'municipality', 'supportNeeds', 'message', 'pageReference');
  ALTER TABLE "forms_blocks_number" ALTER COLUMN "column" SET DEFAULT 'none'::"public"."enum_forms_blocks_number_column";
  ALTER TABLE "forms_blocks_number" ALTER COLUMN "column" SET DATA TYPE "public"."enum_forms_blocks_number_column" USING "column"::"public"."enum_forms_blocks_number_column";
  ALTER TABLE "forms_blocks_select" ALTER COLUMN "column" SET DATA TYPE text;
  ALTER TABLE "forms_blocks_select" ALTER COLUMN "column" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum_forms_blocks_select_column";
  CREATE TYPE "public"."enum_forms_blocks_select_column" AS ENUM('none', 'name', 'organisation', 'email', 'phone', 'persons', 'municipality', 'supportNeeds', 'message', 'pageReference');
  ALTER TABLE "forms_blocks_select" ALTER COLUMN "column" SET DEFAULT 'none'::"public"."enum_forms_blocks_select_column";
  ALTER TABLE "forms_blocks_select" ALTER COLUMN "column" SET DATA TYPE "public"."enum_forms_blocks_select_column" USING "column"::"public"."enum_forms_blocks_select_column";
  ALTER TABLE "forms_blocks_text" ALTER COLUMN "column" SET DATA TYPE text;
  ALTER TABLE "forms_blocks_text" ALTER COLUMN "column" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum_forms_blocks_text_column";
  CREATE TYPE "public"."enum_forms_blocks_text_column" AS ENUM('none', 'name', 'organisation', 'email', 'phone', 'persons', 'municipality', 'supportNeeds', 'message', 'pageReference');
  ALTER TABLE "forms_blocks_text" ALTER COLUMN "column" SET DEFAULT 'none'::"public"."enum_forms_blocks_text_column";
  ALTER TABLE "forms_blocks_text" ALTER COLUMN "column" SET DATA TYPE "public"."enum_forms_blocks_text_column" USING "column"::"public"."enum_forms_blocks_text_column";
  ALTER TABLE "forms_blocks_textarea" ALTER COLUMN "column" SET DATA TYPE text;
  ALTER TABLE "forms_blocks_textarea" ALTER COLUMN "column" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum_forms_blocks_textarea_column";
  CREATE TYPE "public"."enum_forms_blocks_textarea_column" AS ENUM('none', 'name', 'organisation', 'email', 'phone', 'persons', 'municipality', 'supportNeeds', 'message', 'pageReference');
  ALTER TABLE "forms_blocks_textarea" ALTER COLUMN "column" SET DEFAULT 'none'::"public"."enum_forms_blocks_textarea_column";
  ALTER TABLE "forms_blocks_textarea" ALTER COLUMN "column" SET DATA TYPE "public"."enum_forms_blocks_textarea_column" USING "column"::"public"."enum_forms_blocks_textarea_column";
  ALTER TABLE "form_submissions" DROP COLUMN "organisation_kind";
  DROP TYPE "public"."enum_form_submissions_organisation_kind";`)
}
