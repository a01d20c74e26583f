import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_blocks_a11y_statement_parts_reason" AS ENUM('nonCompliance', 'disproportionateBurden', 'outOfScope');
  CREATE TYPE "public"."enum_pages_blocks_a11y_statement_compliance" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum_pages_blocks_a11y_statement_assessment_method" AS ENUM('selfAssessment', 'thirdParty');
  CREATE TYPE "public"."enum__pages_blocks_a11y_statement_parts_v_reason" AS ENUM('nonCompliance', 'disproportionateBurden', 'outOfScope');
  CREATE TYPE "public"."enum__pages_blocks_a11y_statement_v_compliance" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum__pages_blocks_a11y_statement_v_assessment_method" AS ENUM('selfAssessment', 'thirdParty');
  ALTER TYPE "public"."enum_forms_blocks_email_column" ADD VALUE 'pageReference';
  ALTER TYPE "public"."enum_forms_blocks_number_column" ADD VALUE 'pageReference';
  ALTER TYPE "public"."enum_forms_blocks_select_column" ADD VALUE 'pageReference';
  ALTER TYPE "public"."enum_forms_blocks_text_column" ADD VALUE 'pageReference';
  ALTER TYPE "public"."enum_forms_blocks_textarea_column" ADD VALUE 'pageReference';
  ALTER TYPE "public"."enum_forms_kind" ADD VALUE 'barrier';
  ALTER TYPE "public"."enum_form_submissions_kind" ADD VALUE 'barrier';
  CREATE TABLE "pages_blocks_sign_language_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"video_id" integer,
  	"captions_id" integer,
  	"pending_notice" varchar DEFAULT 'Das Video in Deutscher Gebärdensprache wird derzeit erstellt und von der Koordinierungs- und Fachstelle hier ergänzt.',
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_a11y_statement_parts" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" varchar,
  	"reason" "enum_pages_blocks_a11y_statement_parts_reason",
  	"explanation" varchar,
  	"alternative" varchar
  );
  
  CREATE TABLE "pages_blocks_a11y_statement" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"scope" varchar,
  	"compliance" "enum_pages_blocks_a11y_statement_compliance" DEFAULT 'partial',
  	"assessment_assessed_on" timestamp(3) with time zone,
  	"assessment_reviewed_on" timestamp(3) with time zone,
  	"assessment_method" "enum_pages_blocks_a11y_statement_assessment_method" DEFAULT 'selfAssessment',
  	"assessment_method_details" varchar,
  	"feedback_text" varchar,
  	"feedback_email" varchar,
  	"feedback_phone" varchar,
  	"enforcement_text" varchar,
  	"enforcement_body" varchar,
  	"enforcement_address" varchar,
  	"enforcement_email" varchar,
  	"enforcement_url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_imprint" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"publisher" varchar,
  	"unit" varchar,
  	"address" varchar,
  	"representative" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"responsible_for_content" varchar,
  	"supervisory_authority" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_sign_language_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"video_id" integer,
  	"captions_id" integer,
  	"pending_notice" varchar DEFAULT 'Das Video in Deutscher Gebärdensprache wird derzeit erstellt und von der Koordinierungs- und Fachstelle hier ergänzt.',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_blocks_a11y_statement_parts_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"content" varchar,
  	"reason" "enum__pages_blocks_a11y_statement_parts_v_reason",
  	"explanation" varchar,
  	"alternative" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_blocks_a11y_statement_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"scope" varchar,
  	"compliance" "enum__pages_blocks_a11y_statement_v_compliance" DEFAULT 'partial',
  	"assessment_assessed_on" timestamp(3) with time zone,
  	"assessment_reviewed_on" timestamp(3) with time zone,
  	"assessment_method" "enum__pages_blocks_a11y_statement_v_assessment_method" DEFAULT 'selfAssessment',
  	"assessment_method_details" varchar,
  	"feedback_text" varchar,
  	"feedback_email" varchar,
  	"feedback_phone" varchar,
  	"enforcement_text" varchar,
  	"enforcement_body" varchar,
  	"enforcement_address" varchar,
  	"enforcement_email" varchar,
  	"enforcement_url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_imprint" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"publisher" varchar,
  	"unit" varchar,
  	"address" varchar,
  	"representative" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"responsible_for_content" varchar,
  	"supervisory_authority" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  ALTER TABLE "media" ADD COLUMN "duration" numeric;
  ALTER TABLE "form_submissions" ADD COLUMN "page_reference" varchar;
  ALTER TABLE "form_submissions" ADD COLUMN "due_at" timestamp(3) with time zone;
  ALTER TABLE "pages_blocks_sign_language_video" ADD CONSTRAINT "pages_blocks_sign_language_video_video_id_media_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_sign_language_video" ADD CONSTRAINT "pages_blocks_sign_language_video_captions_id_media_id_fk" FOREIGN KEY ("captions_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_sign_language_video" ADD CONSTRAINT "pages_blocks_sign_language_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_a11y_statement_parts" ADD CONSTRAINT "pages_blocks_a11y_statement_parts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_a11y_statement"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_a11y_statement" ADD CONSTRAINT "pages_blocks_a11y_statement_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_imprint" ADD CONSTRAINT "pages_blocks_imprint_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_sign_language_video" ADD CONSTRAINT "_pages_v_blocks_sign_language_video_video_id_media_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_sign_language_video" ADD CONSTRAINT "_pages_v_blocks_sign_language_video_captions_id_media_id_fk" FOREIGN KEY ("captions_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_sign_language_video" ADD CONSTRAINT "_pages_v_blocks_sign_language_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_blocks_a11y_statement_parts_v" ADD CONSTRAINT "_pages_blocks_a11y_statement_parts_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_blocks_a11y_statement_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_blocks_a11y_statement_v" ADD CONSTRAINT "_pages_blocks_a11y_statement_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_imprint" ADD CONSTRAINT "_pages_v_blocks_imprint_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_blocks_sign_language_video_order_idx" ON "pages_blocks_sign_language_video" USING btree ("_order");
  CREATE INDEX "pages_blocks_sign_language_video_parent_id_idx" ON "pages_blocks_sign_language_video" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_sign_language_video_path_idx" ON "pages_blocks_sign_language_video" USING btree ("_path");
  CREATE INDEX "pages_blocks_sign_language_video_video_idx" ON "pages_blocks_sign_language_video" USING btree ("video_id");
  CREATE INDEX "pages_blocks_sign_language_video_captions_idx" ON "pages_blocks_sign_language_video" USING btree ("captions_id");
  CREATE INDEX "pages_blocks_a11y_statement_parts_order_idx" ON "pages_blocks_a11y_statement_parts" USING btree ("_order");
  CREATE INDEX "pages_blocks_a11y_statement_parts_parent_id_idx" ON "pages_blocks_a11y_statement_parts" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_a11y_statement_order_idx" ON "pages_blocks_a11y_statement" USING btree ("_order");
  CREATE INDEX "pages_blocks_a11y_statement_parent_id_idx" ON "pages_blocks_a11y_statement" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_a11y_statement_path_idx" ON "pages_blocks_a11y_statement" USING btree ("_path");
  CREATE INDEX "pages_blocks_imprint_order_idx" ON "pages_blocks_imprint" USING btree ("_order");
  CREATE INDEX "pages_blocks_imprint_parent_id_idx" ON "pages_blocks_imprint" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_imprint_path_idx" ON "pages_blocks_imprint" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_sign_language_video_order_idx" ON "_pages_v_blocks_sign_language_video" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_sign_language_video_parent_id_idx" ON "_pages_v_blocks_sign_language_video" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_sign_language_video_path_idx" ON "_pages_v_blocks_sign_language_video" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_sign_language_video_video_idx" ON "_pages_v_blocks_sign_language_video" USING btree ("video_id");
  CREATE INDEX "_pages_v_blocks_sign_language_video_captions_idx" ON "_pages_v_blocks_sign_language_video" USING btree ("captions_id");
  CREATE INDEX "_pages_blocks_a11y_statement_parts_v_order_idx" ON "_pages_blocks_a11y_statement_parts_v" USING btree ("_order");
  CREATE INDEX "_pages_blocks_a11y_statement_parts_v_parent_id_idx" ON "_pages_blocks_a11y_statement_parts_v" USING btree ("_parent_id");
  CREATE INDEX "_pages_blocks_a11y_statement_v_order_idx" ON "_pages_blocks_a11y_statement_v" USING btree ("_order");
  CREATE INDEX "_pages_blocks_a11y_statement_v_parent_id_idx" ON "_pages_blocks_a11y_statement_v" USING btree ("_parent_id");
  CREATE INDEX "_pages_blocks_a11y_statement_v_path_idx" ON "_pages_blocks_a11y_statement_v" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_imprint_order_idx" ON "_pages_v_blocks_imprint" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_imprint_parent_id_idx" ON "_pages_v_blocks_imprint" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_imprint_path_idx" ON "_pages_v_blocks_imprint" USING btree ("_path");
  CREATE INDEX "form_submissions_due_at_idx" ON "form_submissions" USING btree ("due_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_blocks_sign_language_video" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_a11y_statement_parts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_a11y_statement" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_imprint" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_sign_language_video" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_blocks_a11y_statement_parts_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_blocks_a11y_statement_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_imprint" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages_blocks_sign_language_video" CASCADE;
  DROP TABLE "pages_blocks_a11y_statement_parts" CASCADE;
  DROP TABLE "pages_blocks_a11y_statement" CASCADE;
  DROP TABLE "pages_blocks_imprint" CASCADE;
  DROP TABLE "_pages_v_blocks_sign_language_video" CASCADE;
  DROP TABLE "_pages_blocks_a11y_statement_parts_v" CASCADE;
  DROP TABLE "_pages_blocks_a11y_statement_v" CASCADE;
  DROP TABLE "_pages_v_blocks_imprint" CASCADE;
  ALTER TABLE "forms_blocks_email" ALTER COLUMN "column" SET DATA TYPE text;
  ALTER TABLE "forms_blocks_email" ALTER COLUMN "column" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum_forms_blocks_email_column";
  CREATE TYPE "public"."enum_forms_blocks_email_column" AS ENUM('none', 'name', 'organisation', 'email', 'phone', 'persons', 'municipality', 'supportNeeds', 'message');
  ALTER TABLE "forms_blocks_email" ALTER COLUMN "column" SET DEFAULT 'none'::"public"."enum_forms_blocks_email_column";
  ALTER TABLE "forms_blocks_email" ALTER COLUMN "column" SET DATA TYPE "public"."enum_forms_blocks_email_column" USING "column"::"public"."enum_forms_blocks_email_column";
  ALTER TABLE "forms_blocks_number" ALTER COLUMN "column" SET DATA TYPE text;
  ALTER TABLE "forms_blocks_number" ALTER COLUMN "column" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum_forms_blocks_number_column";
  CREATE TYPE "public"."enum_forms_blocks_number_column" AS ENUM('none', 'name', 'organisation', 'email', 'phone', 'persons', 'municipality', 'supportNeeds', 'message');
  ALTER TABLE "forms_blocks_number" ALTER COLUMN "column" SET DEFAULT 'none'::"public"."enum_forms_blocks_number_column";
  ALTER TABLE "forms_blocks_number" ALTER COLUMN "column" SET DATA TYPE "public"."enum_forms_blocks_number_column" USING "column"::"public"."enum_forms_blocks_number_column";
  ALTER TABLE "forms_blocks_select" ALTER COLUMN "column" SET DATA TYPE text;
  ALTER TABLE "forms_blocks_select" ALTER COLUMN "column" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum_forms_blocks_select_column";
  CREATE TYPE "public"."enum_forms_blocks_select_column" AS ENUM('none', 'name', 'organisation', 'email', 'phone', 'persons', 'municipality', 'supportNeeds', 'message');
  ALTER TABLE "forms_blocks_select" ALTER COLUMN "column" SET DEFAULT 'none'::"public"."enum_forms_blocks_select_column";
  ALTER TABLE "forms_blocks_select" ALTER COLUMN "column" SET DATA TYPE "public"."enum_forms_blocks_select_column" USING "column"::"public"."enum_forms_blocks_select_column";
  ALTER TABLE "forms_blocks_text" ALTER COLUMN "column" SET DATA TYPE text;
  ALTER TABLE "forms_blocks_text" ALTER COLUMN "column" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum_forms_blocks_text_column";
  CREATE TYPE "public"."enum_forms_blocks_text_column" AS ENUM('none', 'name', 'organisation', 'email', 'phone', 'persons', 'municipality', 'supportNeeds', 'message');
  ALTER TABLE "forms_blocks_text" ALTER COLUMN "column" SET DEFAULT 'none'::"public"."enum_forms_blocks_text_column";
  ALTER TABLE "forms_blocks_text" ALTER COLUMN "column" SET DATA TYPE "public"."enum_forms_blocks_text_column" USING "column"::"public"."enum_forms_blocks_text_column";
  ALTER TABLE "forms_blocks_textarea" ALTER COLUMN "column" SET DATA TYPE text;
  ALTER TABLE "forms_blocks_textarea" ALTER COLUMN "column" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum_forms_blocks_textarea_column";
  CREATE TYPE "public"."enum_forms_blocks_textarea_column" AS ENUM('none', 'name', 'organisation', 'email', 'phone', 'persons', 'municipality', 'supportNeeds', 'message');
  ALTER TABLE "forms_blocks_textarea" ALTER COLUMN "column" SET DEFAULT 'none'::"public"."enum_forms_blocks_textarea_column";
  ALTER TABLE "forms_blocks_textarea" ALTER COLUMN "column" SET DATA TYPE "public"."enum_forms_blocks_textarea_column" USING "column"::"public"."enum_forms_blocks_textarea_column";
  ALTER TABLE "forms" ALTER COLUMN "kind" SET DATA TYPE text;
  ALTER TABLE "forms" ALTER COLUMN "kind" SET DEFAULT 'contact'::text;
  DROP TYPE "public"."enum_forms_kind";
  CREATE TYPE "public"."enum_forms_kind" AS ENUM('registration', 'partnership', 'contact');
  ALTER TABLE "forms" ALTER COLUMN "kind" SET DEFAULT 'contact'::"public"."enum_forms_kind";
  ALTER TABLE "forms" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_forms_kind" USING "kind"::"public"."enum_forms_kind";
  ALTER TABLE "form_submissions" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_form_submissions_kind";
  CREATE TYPE "public"."enum_form_submissions_kind" AS ENUM('registration', 'partnership', 'contact');
  ALTER TABLE "form_submissions" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_form_submissions_kind" USING "kind"::"public"."enum_form_submissions_kind";
  DROP INDEX "form_submissions_due_at_idx";
  ALTER TABLE "media" DROP COLUMN "duration";
  ALTER TABLE "form_submissions" DROP COLUMN "page_reference";
  ALTER TABLE "form_submissions" DROP COLUMN "due_at";
  DROP TYPE "public"."enum_pages_blocks_a11y_statement_parts_reason";
  DROP TYPE "public"."enum_pages_blocks_a11y_statement_compliance";
  DROP TYPE "public"."enum_pages_blocks_a11y_statement_assessment_method";
  DROP TYPE "public"."enum__pages_blocks_a11y_statement_parts_v_reason";
  DROP TYPE "public"."enum__pages_blocks_a11y_statement_v_compliance";
  DROP TYPE "public"."enum__pages_blocks_a11y_statement_v_assessment_method";`)
}
