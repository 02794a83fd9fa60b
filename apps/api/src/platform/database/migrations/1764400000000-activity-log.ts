import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue #4: sessions with attendance, partners, deprivation lookups and activity imports. */
export class ActivityLog1764400000000 implements MigrationInterface {
  name = 'ActivityLog1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"deprivation_index\" AS ENUM('IMD2019', 'IMD2025', 'SIMD2020', 'WIMD2019', 'NIMDM2017')",
    );
    await queryRunner.query(
      'CREATE TABLE "deprivation_lookup_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "index_version" "public"."deprivation_index" NOT NULL, "row_count" integer NOT NULL, "source_filename" text, "loaded_by_user_id" uuid, "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_12bd63511b30828462a8dda8930" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "deprivation_lookup_versions_organisation_id_index_version_key" ON "deprivation_lookup_versions" ("organisation_id", "index_version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "deprivation_lookups" ("organisation_id" uuid NOT NULL, "index_version" "public"."deprivation_index" NOT NULL, "postcode" text NOT NULL, "area_code" text NOT NULL, "decile" smallint NOT NULL, CONSTRAINT "deprivation_lookups_decile_check" CHECK (decile BETWEEN 1 AND 10), CONSTRAINT "PK_3a5effabade98860d8e599ea687" PRIMARY KEY ("organisation_id", "index_version", "postcode"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"import_status\" AS ENUM('UPLOADED', 'VALIDATING', 'READY', 'INVALID', 'COMMITTING', 'COMMITTED', 'FAILED')",
    );
    await queryRunner.query(
      'CREATE TABLE "activity_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "created_by_user_id" uuid, "filename" text NOT NULL, "format" text NOT NULL, "byte_size" bigint NOT NULL, "storage_key" text NOT NULL, "file_sha256" text NOT NULL, "headers" jsonb NOT NULL DEFAULT \'[]\', "mapping" jsonb NOT NULL DEFAULT \'{}\', "suggested_mapping" jsonb NOT NULL DEFAULT \'{}\', "revision" integer NOT NULL DEFAULT \'0\', "status" "public"."import_status" NOT NULL DEFAULT \'UPLOADED\', "processed_rows" integer NOT NULL DEFAULT \'0\', "total_rows" integer, "error_count" integer NOT NULL DEFAULT \'0\', "errors" jsonb NOT NULL DEFAULT \'[]\', "summary" jsonb, "preview" jsonb NOT NULL DEFAULT \'[]\', "failure_message" text, "committed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7874ec210a0e5c00e581b52cbe0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "activity_imports_organisation_id_created_at_idx" ON "activity_imports" ("organisation_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "import_column_mappings" ("organisation_id" uuid NOT NULL, "mapping" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8f051cd4a5b76cb04196ad58d83" PRIMARY KEY ("organisation_id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"partner_type\" AS ENUM('SCHOOL', 'COLLEGE', 'COMMUNITY_GROUP', 'CHARITY', 'HEALTH_BODY', 'LOCAL_AUTHORITY', 'OTHER')",
    );
    await queryRunner.query(
      'CREATE TABLE "partners" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" text NOT NULL, "name_key" text NOT NULL, "type" "public"."partner_type" NOT NULL DEFAULT \'OTHER\', "urn" text, "postcode" text, "deprivation_decile" smallint, "deprivation_index" "public"."deprivation_index", "notes" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "partners_deprivation_decile_check" CHECK (deprivation_decile BETWEEN 1 AND 10), CONSTRAINT "partners_deprivation_check" CHECK ((deprivation_decile IS NULL) = (deprivation_index IS NULL)), CONSTRAINT "PK_998645b20820e4ab99aeae03b41" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "partners_organisation_id_urn_key" ON "partners" ("organisation_id", "urn") WHERE urn IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "partners_organisation_id_name_key_key" ON "partners" ("organisation_id", "name_key") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"session_format\" AS ENUM('SCHOOL_WORKSHOP', 'SELF_LED_SCHOOL_VISIT', 'OUTREACH_VISIT', 'VIRTUAL_CLASSROOM', 'LOAN_BOX', 'TEACHER_CPD', 'EARLY_YEARS', 'FAMILY_DROP_IN', 'HOLIDAY_ACTIVITY', 'YOUTH_PANEL', 'WORK_PLACEMENT', 'ADULT_COURSE', 'TALK', 'TOUR', 'COMMUNITY_CO_CURATION', 'REMINISCENCE', 'SOCIAL_PRESCRIBING', 'WELLBEING_GROUP', 'VOLUNTEER_SESSION', 'LIVE_ONLINE_EVENT', 'DIGITAL_RESOURCE_RELEASE', 'CONSULTATION', 'OTHER')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"delivery_mode\" AS ENUM('ONSITE', 'OUTREACH', 'ONLINE', 'HYBRID', 'SELF_LED')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"session_status\" AS ENUM('PLANNED', 'DELIVERED', 'CANCELLED')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"participation_depth\" AS ENUM('INFORMED', 'CONSULTED', 'INVOLVED', 'COLLABORATING', 'COMMUNITY_LED')",
    );
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "title" text, "date" date NOT NULL, "start_time" TIME, "duration_minutes" integer, "format" "public"."session_format" NOT NULL, "delivery_mode" "public"."delivery_mode" NOT NULL, "status" "public"."session_status" NOT NULL DEFAULT \'DELIVERED\', "site_id" uuid, "outreach_postcode" text, "online_platform" text, "co_designed" boolean NOT NULL DEFAULT false, "participation_depth" "public"."participation_depth", "objects_used" text, "notes" text, "deprivation_decile" smallint, "deprivation_index" "public"."deprivation_index", "attendance_total" integer NOT NULL DEFAULT \'0\', "import_id" uuid, "import_fingerprint" text, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sessions_attendance_total_check" CHECK (attendance_total >= 0), CONSTRAINT "sessions_deprivation_decile_check" CHECK (deprivation_decile BETWEEN 1 AND 10), CONSTRAINT "sessions_deprivation_check" CHECK ((deprivation_decile IS NULL) = (deprivation_index IS NULL)), CONSTRAINT "sessions_duration_minutes_check" CHECK (duration_minutes > 0 AND duration_minutes <= 14400), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "sessions_organisation_id_import_fingerprint_key" ON "sessions" ("organisation_id", "import_fingerprint") WHERE import_fingerprint IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "sessions_organisation_id_site_id_idx" ON "sessions" ("organisation_id", "site_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "sessions_organisation_id_programme_id_date_idx" ON "sessions" ("organisation_id", "programme_id", "date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "sessions_organisation_id_date_id_idx" ON "sessions" ("organisation_id", "date", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"audience_type\" AS ENUM('PUPIL', 'TEACHER', 'EARLY_YEARS_CHILD', 'PARENT_CARER', 'YOUNG_PERSON', 'ADULT_LEARNER', 'OLDER_ADULT', 'PERSON_LIVING_WITH_DEMENTIA', 'CARER', 'COMMUNITY_MEMBER', 'VOLUNTEER', 'ONLINE_VIEWER', 'OTHER')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"age_band\" AS ENUM('AGE_0_4', 'AGE_5_10', 'AGE_11_15', 'AGE_16_19', 'AGE_20_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_64', 'AGE_65_74', 'AGE_75_PLUS', 'UNKNOWN')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"key_stage\" AS ENUM('EYFS', 'KS1', 'KS2', 'KS3', 'KS4', 'KS5', 'POST_19')",
    );
    await queryRunner.query(
      'CREATE TYPE "public"."count_kind" AS ENUM(\'HEADCOUNT\', \'ESTIMATE\')',
    );
    await queryRunner.query(
      'CREATE TABLE "session_attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "session_id" uuid NOT NULL, "position" smallint NOT NULL DEFAULT \'0\', "audience_type" "public"."audience_type" NOT NULL, "age_band" "public"."age_band", "key_stage" "public"."key_stage", "count" integer NOT NULL, "count_kind" "public"."count_kind" NOT NULL DEFAULT \'HEADCOUNT\', "first_time" boolean, "send" boolean, "deprivation_decile" smallint, "deprivation_index" "public"."deprivation_index", CONSTRAINT "session_attendance_deprivation_decile_check" CHECK (deprivation_decile BETWEEN 1 AND 10), CONSTRAINT "session_attendance_deprivation_check" CHECK ((deprivation_decile IS NULL) = (deprivation_index IS NULL)), CONSTRAINT "session_attendance_age_or_stage_check" CHECK (age_band IS NULL OR key_stage IS NULL), CONSTRAINT "session_attendance_count_check" CHECK (count >= 0), CONSTRAINT "PK_bc946a8e6bc80fd2531356f89e6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "session_attendance_organisation_id_session_id_idx" ON "session_attendance" ("organisation_id", "session_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "session_partners" ("session_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_aab829c4350ec293a20c3462532" PRIMARY KEY ("session_id", "partner_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "session_partners_organisation_id_partner_id_idx" ON "session_partners" ("organisation_id", "partner_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "session_partners_organisation_id_session_id_idx" ON "session_partners" ("organisation_id", "session_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"facilitator_type\" AS ENUM('STAFF', 'FREELANCER', 'VOLUNTEER', 'PARTNER')",
    );
    await queryRunner.query(
      'CREATE TABLE "session_facilitators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "session_id" uuid NOT NULL, "type" "public"."facilitator_type" NOT NULL, "user_id" uuid, "name" text NOT NULL, "position" smallint NOT NULL DEFAULT \'0\', CONSTRAINT "PK_6be7b7217de04784206f12fb9f5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "session_facilitators_organisation_id_session_id_idx" ON "session_facilitators" ("organisation_id", "session_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "session_framework_elements" ("session_id" uuid NOT NULL, "element_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_0ab108d66e9a5cf230883018998" PRIMARY KEY ("session_id", "element_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "session_framework_elements_organisation_id_session_id_idx" ON "session_framework_elements" ("organisation_id", "session_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "organisations" ADD "deprivation_index" "public"."deprivation_index"',
    );
    await queryRunner.query(
      'ALTER TABLE "deprivation_lookup_versions" ADD CONSTRAINT "FK_6ae7c9d95d3b3b85bca7cd3ba5e" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "deprivation_lookup_versions" ADD CONSTRAINT "FK_9eed16f0d73bf7045e603bfe3e2" FOREIGN KEY ("loaded_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "deprivation_lookups" ADD CONSTRAINT "FK_40f1eac6620fb1f7b208bd1ef1e" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_imports" ADD CONSTRAINT "FK_71d0ec853d747747292c8804424" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_imports" ADD CONSTRAINT "FK_e6ec56f7e5aa3a5752f2c7f3b86" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "import_column_mappings" ADD CONSTRAINT "FK_8f051cd4a5b76cb04196ad58d83" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "partners" ADD CONSTRAINT "FK_811562b8b7f6e91891e17c36906" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_3cd6ded154fa511ecd6651ccc40" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_c427e295b722a2bf6037baf65ad" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_3a61c5259b05d4b501d1c0159ba" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_2441c5280c624b36ee863fb7a0c" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_5bc33d329fbb850819631f40d04" FOREIGN KEY ("import_id") REFERENCES "activity_imports"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session_attendance" ADD CONSTRAINT "FK_fe13eeaaceb32f7ef9a269e1af2" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session_partners" ADD CONSTRAINT "FK_2855bd57cbc6889a9fa49cf286d" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session_partners" ADD CONSTRAINT "FK_5f5a70d1fb4754f20387c2f3d59" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session_facilitators" ADD CONSTRAINT "FK_a1c87052f910c95b33a1a252622" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session_facilitators" ADD CONSTRAINT "FK_0cd729aaa86356d5ecbe10222d6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session_framework_elements" ADD CONSTRAINT "FK_8749c18340ded4f2dc550446c59" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session_framework_elements" ADD CONSTRAINT "FK_d95ab9d33db414bffc4374e5a9c" FOREIGN KEY ("element_id") REFERENCES "framework_elements"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "session_framework_elements" DROP CONSTRAINT "FK_d95ab9d33db414bffc4374e5a9c"',
    );
    await queryRunner.query(
      'ALTER TABLE "session_framework_elements" DROP CONSTRAINT "FK_8749c18340ded4f2dc550446c59"',
    );
    await queryRunner.query(
      'ALTER TABLE "session_facilitators" DROP CONSTRAINT "FK_0cd729aaa86356d5ecbe10222d6"',
    );
    await queryRunner.query(
      'ALTER TABLE "session_facilitators" DROP CONSTRAINT "FK_a1c87052f910c95b33a1a252622"',
    );
    await queryRunner.query(
      'ALTER TABLE "session_partners" DROP CONSTRAINT "FK_5f5a70d1fb4754f20387c2f3d59"',
    );
    await queryRunner.query(
      'ALTER TABLE "session_partners" DROP CONSTRAINT "FK_2855bd57cbc6889a9fa49cf286d"',
    );
    await queryRunner.query(
      'ALTER TABLE "session_attendance" DROP CONSTRAINT "FK_fe13eeaaceb32f7ef9a269e1af2"',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" DROP CONSTRAINT "FK_5bc33d329fbb850819631f40d04"',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" DROP CONSTRAINT "FK_2441c5280c624b36ee863fb7a0c"',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" DROP CONSTRAINT "FK_3a61c5259b05d4b501d1c0159ba"',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" DROP CONSTRAINT "FK_c427e295b722a2bf6037baf65ad"',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" DROP CONSTRAINT "FK_3cd6ded154fa511ecd6651ccc40"',
    );
    await queryRunner.query(
      'ALTER TABLE "partners" DROP CONSTRAINT "FK_811562b8b7f6e91891e17c36906"',
    );
    await queryRunner.query(
      'ALTER TABLE "import_column_mappings" DROP CONSTRAINT "FK_8f051cd4a5b76cb04196ad58d83"',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_imports" DROP CONSTRAINT "FK_e6ec56f7e5aa3a5752f2c7f3b86"',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_imports" DROP CONSTRAINT "FK_71d0ec853d747747292c8804424"',
    );
    await queryRunner.query(
      'ALTER TABLE "deprivation_lookups" DROP CONSTRAINT "FK_40f1eac6620fb1f7b208bd1ef1e"',
    );
    await queryRunner.query(
      'ALTER TABLE "deprivation_lookup_versions" DROP CONSTRAINT "FK_9eed16f0d73bf7045e603bfe3e2"',
    );
    await queryRunner.query(
      'ALTER TABLE "deprivation_lookup_versions" DROP CONSTRAINT "FK_6ae7c9d95d3b3b85bca7cd3ba5e"',
    );
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "deprivation_index"');
    await queryRunner.query(
      'DROP INDEX "public"."session_framework_elements_organisation_id_session_id_idx"',
    );
    await queryRunner.query('DROP TABLE "session_framework_elements"');
    await queryRunner.query(
      'DROP INDEX "public"."session_facilitators_organisation_id_session_id_idx"',
    );
    await queryRunner.query('DROP TABLE "session_facilitators"');
    await queryRunner.query('DROP TYPE "public"."facilitator_type"');
    await queryRunner.query(
      'DROP INDEX "public"."session_partners_organisation_id_session_id_idx"',
    );
    await queryRunner.query(
      'DROP INDEX "public"."session_partners_organisation_id_partner_id_idx"',
    );
    await queryRunner.query('DROP TABLE "session_partners"');
    await queryRunner.query(
      'DROP INDEX "public"."session_attendance_organisation_id_session_id_idx"',
    );
    await queryRunner.query('DROP TABLE "session_attendance"');
    await queryRunner.query('DROP TYPE "public"."count_kind"');
    await queryRunner.query('DROP TYPE "public"."key_stage"');
    await queryRunner.query('DROP TYPE "public"."age_band"');
    await queryRunner.query('DROP TYPE "public"."audience_type"');
    await queryRunner.query('DROP INDEX "public"."sessions_organisation_id_date_id_idx"');
    await queryRunner.query('DROP INDEX "public"."sessions_organisation_id_programme_id_date_idx"');
    await queryRunner.query('DROP INDEX "public"."sessions_organisation_id_site_id_idx"');
    await queryRunner.query(
      'DROP INDEX "public"."sessions_organisation_id_import_fingerprint_key"',
    );
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP TYPE "public"."participation_depth"');
    await queryRunner.query('DROP TYPE "public"."session_status"');
    await queryRunner.query('DROP TYPE "public"."delivery_mode"');
    await queryRunner.query('DROP TYPE "public"."session_format"');
    await queryRunner.query('DROP INDEX "public"."partners_organisation_id_name_key_key"');
    await queryRunner.query('DROP INDEX "public"."partners_organisation_id_urn_key"');
    await queryRunner.query('DROP TABLE "partners"');
    await queryRunner.query('DROP TYPE "public"."partner_type"');
    await queryRunner.query('DROP TABLE "import_column_mappings"');
    await queryRunner.query(
      'DROP INDEX "public"."activity_imports_organisation_id_created_at_idx"',
    );
    await queryRunner.query('DROP TABLE "activity_imports"');
    await queryRunner.query('DROP TYPE "public"."import_status"');
    await queryRunner.query('DROP TABLE "deprivation_lookups"');
    await queryRunner.query(
      'DROP INDEX "public"."deprivation_lookup_versions_organisation_id_index_version_key"',
    );
    await queryRunner.query('DROP TABLE "deprivation_lookup_versions"');
    await queryRunner.query('DROP TYPE "public"."deprivation_index"');
  }
}
