import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The built-in indicators as they were when this migration was written (libs/domain
 * BUILT_IN_INDICATORS then), for the museums that already exist; museums created later get
 * them from OrganisationsRepository.insert.
 */
const BUILT_IN_ROWS = `
('SESSIONS_DELIVERED', 'Sessions delivered', 'The number of sessions delivered in the period. Only delivered sessions count (planned and cancelled ones do not), by the session date.', 'COUNT', 'sessions', 'INCREASE', 'NON_CUMULATIVE', '{DELIVERY_MODE,SESSION_FORMAT}', NULL, 0),
('ATTENDANCES', 'Attendances', 'Every attendance counted at delivered sessions in the period (headcounts and estimates). A person who came to three sessions is three attendances: this is not a count of unique people. Only delivered sessions count (planned and cancelled ones do not), by the session date.', 'COUNT', 'attendances', 'INCREASE', 'NON_CUMULATIVE', '{AUDIENCE_TYPE,AGE_BAND,KEY_STAGE,DEPRIVATION_DECILE,DELIVERY_MODE,SESSION_FORMAT,FIRST_TIME,SEND}', NULL, 1),
('ATTENDANCES_BY_AUDIENCE_TYPE', 'Attendances by audience type', 'Attendances at delivered sessions in the period, always broken down by audience type (pupils, teachers, families, older adults and so on). Only delivered sessions count (planned and cancelled ones do not), by the session date.', 'COUNT', 'attendances', 'INCREASE', 'NON_CUMULATIVE', '{AUDIENCE_TYPE}', NULL, 2),
('CYP_ATTENDANCES', 'Children and young people (up to 25)', 'Attendances by children and young people up to 25, as Arts Council England counts them: a count in an age band from 0-4 to 20-24, or in a key stage from EYFS to KS5; a count with no age band (or "unknown") and no key stage counts when its audience type is pupil, early-years child or young person. Post-19 learners and adults are not counted. Only delivered sessions count (planned and cancelled ones do not), by the session date.', 'COUNT', 'attendances', 'INCREASE', 'NON_CUMULATIVE', '{AUDIENCE_TYPE,AGE_BAND,KEY_STAGE,DEPRIVATION_DECILE,DELIVERY_MODE,SESSION_FORMAT,FIRST_TIME,SEND}', NULL, 3),
('DISTINCT_SCHOOLS', 'Schools reached', 'The number of different partners of type school linked to at least one delivered session in the period. A school that came five times counts once. Only delivered sessions count (planned and cancelled ones do not), by the session date.', 'DISTINCT_COUNT', 'schools', 'INCREASE', 'NON_CUMULATIVE', '{DELIVERY_MODE,SESSION_FORMAT}', NULL, 4),
('DISTINCT_PARTNERS', 'Partners reached', 'The number of different partners (schools, colleges, community groups, charities, health bodies and others) linked to at least one delivered session in the period. Only delivered sessions count (planned and cancelled ones do not), by the session date.', 'DISTINCT_COUNT', 'partners', 'INCREASE', 'NON_CUMULATIVE', '{DELIVERY_MODE,SESSION_FORMAT}', NULL, 5),
('DEPRIVED_SHARE', 'Attendances from the most deprived areas', 'Attendances from areas in deprivation deciles 1 to 3 (the most deprived 30% of areas), as a percentage of attendances whose decile is known; n is the attendances with a known decile. Nationally 30% of areas are in deciles 1 to 3, so above 30 means the museum reaches deprived areas more than their share. A count''s deprivation decile is the one recorded on the attendance row, else the session''s (from its outreach postcode or partner). Only delivered sessions count (planned and cancelled ones do not), by the session date.', 'PERCENTAGE', '%', 'INCREASE', 'NON_CUMULATIVE', '{AUDIENCE_TYPE,AGE_BAND,KEY_STAGE,DELIVERY_MODE,SESSION_FORMAT,FIRST_TIME,SEND}', 30, 6),
('ONLINE_SHARE', 'Online share of attendances', 'Attendances at sessions delivered online, as a percentage of all attendances (hybrid sessions are not counted as online). Only delivered sessions count (planned and cancelled ones do not), by the session date.', 'PERCENTAGE', '%', 'MAINTAIN', 'NON_CUMULATIVE', '{AUDIENCE_TYPE,AGE_BAND,KEY_STAGE,DEPRIVATION_DECILE,SESSION_FORMAT,FIRST_TIME,SEND}', NULL, 7),
('CONTACT_HOURS', 'Contact hours', 'Hours of learning: for each session, its attendances multiplied by its duration, added up. Sessions without a duration are left out; n is the attendances at sessions with a duration. Only delivered sessions count (planned and cancelled ones do not), by the session date.', 'CONTACT_HOURS', 'hours', 'INCREASE', 'NON_CUMULATIVE', '{AUDIENCE_TYPE,AGE_BAND,KEY_STAGE,DEPRIVATION_DECILE,DELIVERY_MODE,SESSION_FORMAT,FIRST_TIME,SEND}', NULL, 8),
('FIRST_TIME_SHARE', 'First-time attendances', 'Attendances marked as first-time visitors, as a percentage of attendances where first-time was recorded (yes or no); n is those attendances. Only delivered sessions count (planned and cancelled ones do not), by the session date.', 'PERCENTAGE', '%', 'INCREASE', 'NON_CUMULATIVE', '{AUDIENCE_TYPE,AGE_BAND,KEY_STAGE,DEPRIVATION_DECILE,DELIVERY_MODE,SESSION_FORMAT,SEND}', NULL, 9),
('CO_DESIGNED_SHARE', 'Co-designed sessions', 'Sessions marked as co-designed with participants or communities, as a percentage of sessions delivered; n is the sessions delivered. Only delivered sessions count (planned and cancelled ones do not), by the session date.', 'PERCENTAGE', '%', 'INCREASE', 'NON_CUMULATIVE', '{DELIVERY_MODE,SESSION_FORMAT}', NULL, 10)`;

export class Impact1764500000000 implements MigrationInterface {
  name = 'Impact1764500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"indicator_type\" AS ENUM('COUNT', 'DISTINCT_COUNT', 'PERCENTAGE', 'RATIO', 'MEAN_SCORE', 'PRE_POST_CHANGE', 'PROPORTION_IMPROVED', 'NPS', 'MILESTONE', 'EVIDENCED_QUALITATIVE', 'EQUITY_RATIO', 'CONTACT_HOURS')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"indicator_source\" AS ENUM('BUILT_IN', 'MANUAL', 'SURVEY', 'MILESTONE')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"indicator_direction\" AS ENUM('INCREASE', 'DECREASE', 'MAINTAIN')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"cumulative_class\" AS ENUM('NON_CUMULATIVE', 'CUMULATIVE_WITHIN_YEAR', 'LIFETIME_CUMULATIVE')",
    );
    await queryRunner.query(
      'CREATE TABLE "indicators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "definition" text NOT NULL, "type" "public"."indicator_type" NOT NULL, "source" "public"."indicator_source" NOT NULL, "unit" text NOT NULL, "direction" "public"."indicator_direction" NOT NULL, "cumulative_class" "public"."cumulative_class" NOT NULL, "allowed_disaggregations" text array NOT NULL DEFAULT \'{}\', "owner_user_id" uuid, "survey_statistic" text, "survey_item_code" text, "survey_id" uuid, "benchmark" double precision, "position" smallint NOT NULL DEFAULT \'100\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e24383c110600564187e92042e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "indicators_organisation_id_code_key" ON "indicators" ("organisation_id", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "indicator_framework_elements" ("indicator_id" uuid NOT NULL, "element_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_575377c26306bb1800c79836808" PRIMARY KEY ("indicator_id", "element_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "indicator_framework_elements_organisation_id_indicator_id_idx" ON "indicator_framework_elements" ("organisation_id", "indicator_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"scope_kind\" AS ENUM('MUSEUM', 'SITE', 'PROGRAMME')",
    );
    await queryRunner.query(
      'CREATE TABLE "indicator_targets" ("scope_kind" "public"."scope_kind" NOT NULL, "scope_id" uuid, "scope_key" text NOT NULL, "period_type" text NOT NULL, "period_key" text NOT NULL, "period_label" text NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "target_value" double precision NOT NULL, "baseline_value" double precision, "baseline_label" text, "green_threshold" double precision NOT NULL, "amber_threshold" double precision NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9a02cd645eea6c99219c6896f5c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "indicator_targets_organisation_id_period_key_idx" ON "indicator_targets" ("organisation_id", "period_key") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "indicator_targets_org_indicator_scope_period_key" ON "indicator_targets" ("organisation_id", "indicator_id", "scope_key", "period_key") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"result_status\" AS ENUM('DRAFT', 'APPROVED', 'LOCKED')",
    );
    await queryRunner.query(
      'CREATE TABLE "indicator_results" ("scope_kind" "public"."scope_kind" NOT NULL, "scope_id" uuid, "scope_key" text NOT NULL, "period_type" text NOT NULL, "period_key" text NOT NULL, "period_label" text NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "disaggregation" text, "cell_key" text, "cell_label" text, "cell_slot" text NOT NULL, "value" double precision NOT NULL, "n" integer, "status" "public"."result_status" NOT NULL DEFAULT \'DRAFT\', "commentary" text, "entered_by_user_id" uuid, "approved_by_user_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ec875d1d5d21bfb47a2394e582f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "indicator_results_organisation_id_period_start_period_end_idx" ON "indicator_results" ("organisation_id", "period_start", "period_end") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "indicator_results_org_indicator_scope_period_cell_key" ON "indicator_results" ("organisation_id", "indicator_id", "scope_key", "period_key", "cell_slot") ',
    );
    await queryRunner.query(
      'CREATE TABLE "period_locks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "period_type" text NOT NULL, "period_key" text NOT NULL, "period_label" text NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "reason" text, "locked_by_user_id" uuid, "locked_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ec9e44eded83a9da92f16343202" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "period_locks_organisation_id_period_key_key" ON "period_locks" ("organisation_id", "period_key") ',
    );
    await queryRunner.query(
      'ALTER TABLE "indicators" ADD CONSTRAINT "FK_5ed90de40018cacf89e4569bac7" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicators" ADD CONSTRAINT "FK_a89e537b221475d55bf0acb91e5" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_framework_elements" ADD CONSTRAINT "FK_a5b745068836b2d71b7331b490c" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_framework_elements" ADD CONSTRAINT "FK_f4dae90a6bb1d773d7717248243" FOREIGN KEY ("element_id") REFERENCES "framework_elements"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_targets" ADD CONSTRAINT "FK_f0be503c12be41ed17bc50da74a" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_targets" ADD CONSTRAINT "FK_aae9c55c696fd41d52dd90b0295" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_results" ADD CONSTRAINT "FK_78db0ddc19d6a475d699c38b64d" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_results" ADD CONSTRAINT "FK_d5216aec5cd645897ab5c68fb56" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_results" ADD CONSTRAINT "FK_a249220ad64446611e6fd6c3a28" FOREIGN KEY ("entered_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_results" ADD CONSTRAINT "FK_1d1dde4fa6fe27fc887947b7c5b" FOREIGN KEY ("approved_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "period_locks" ADD CONSTRAINT "FK_47b5cca13b89755bb7ae4c69274" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "period_locks" ADD CONSTRAINT "FK_47bc0072b0193fac14079594f21" FOREIGN KEY ("locked_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'CREATE TABLE "indicator_data_changes" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b23fae0f017418415b967741c6c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "indicator_data_changes_organisation_id_id_idx" ON "indicator_data_changes" ("organisation_id", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_data_changes" ADD CONSTRAINT "FK_2092fb778c30c4ef2504b1f7ffb" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Every statement that changes what the built-ins are computed from notes the museum, so
    // cached figures are keyed by a version no write path can forget to move.
    await queryRunner.query(
      `CREATE FUNCTION "note_indicator_data_change"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO "indicator_data_changes" ("organisation_id")
         SELECT DISTINCT "organisation_id" FROM changed_rows;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      'CREATE TRIGGER "sessions_indicator_data_insert" AFTER INSERT ON "sessions" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "note_indicator_data_change"()',
    );
    await queryRunner.query(
      'CREATE TRIGGER "sessions_indicator_data_update" AFTER UPDATE ON "sessions" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "note_indicator_data_change"()',
    );
    await queryRunner.query(
      'CREATE TRIGGER "sessions_indicator_data_delete" AFTER DELETE ON "sessions" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "note_indicator_data_change"()',
    );
    await queryRunner.query(
      'CREATE TRIGGER "session_attendance_indicator_data_insert" AFTER INSERT ON "session_attendance" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "note_indicator_data_change"()',
    );
    await queryRunner.query(
      'CREATE TRIGGER "session_attendance_indicator_data_update" AFTER UPDATE ON "session_attendance" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "note_indicator_data_change"()',
    );
    await queryRunner.query(
      'CREATE TRIGGER "session_attendance_indicator_data_delete" AFTER DELETE ON "session_attendance" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "note_indicator_data_change"()',
    );
    await queryRunner.query(
      'CREATE TRIGGER "session_partners_indicator_data_insert" AFTER INSERT ON "session_partners" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "note_indicator_data_change"()',
    );
    await queryRunner.query(
      'CREATE TRIGGER "session_partners_indicator_data_update" AFTER UPDATE ON "session_partners" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "note_indicator_data_change"()',
    );
    await queryRunner.query(
      'CREATE TRIGGER "session_partners_indicator_data_delete" AFTER DELETE ON "session_partners" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "note_indicator_data_change"()',
    );
    await queryRunner.query(
      'CREATE TRIGGER "partners_indicator_data_insert" AFTER INSERT ON "partners" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "note_indicator_data_change"()',
    );
    await queryRunner.query(
      'CREATE TRIGGER "partners_indicator_data_update" AFTER UPDATE ON "partners" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "note_indicator_data_change"()',
    );
    await queryRunner.query(
      'CREATE TRIGGER "partners_indicator_data_delete" AFTER DELETE ON "partners" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "note_indicator_data_change"()',
    );
    await queryRunner.query(
      `INSERT INTO "indicators" ("organisation_id", "code", "name", "definition", "type", "source", "unit", "direction", "cumulative_class", "allowed_disaggregations", "benchmark", "position")
       SELECT o.id, v.code, v.name, v.definition, v.type::"public"."indicator_type", 'BUILT_IN', v.unit, v.direction::"public"."indicator_direction", v.cumulative_class::"public"."cumulative_class", v.allowed::text[], v.benchmark::double precision, v.position
       FROM "organisations" o CROSS JOIN (VALUES ${BUILT_IN_ROWS}) AS v(code, name, definition, type, unit, direction, cumulative_class, allowed, benchmark, position)
       ON CONFLICT DO NOTHING`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "sessions_indicator_data_insert" ON "sessions"');
    await queryRunner.query('DROP TRIGGER "sessions_indicator_data_update" ON "sessions"');
    await queryRunner.query('DROP TRIGGER "sessions_indicator_data_delete" ON "sessions"');
    await queryRunner.query(
      'DROP TRIGGER "session_attendance_indicator_data_insert" ON "session_attendance"',
    );
    await queryRunner.query(
      'DROP TRIGGER "session_attendance_indicator_data_update" ON "session_attendance"',
    );
    await queryRunner.query(
      'DROP TRIGGER "session_attendance_indicator_data_delete" ON "session_attendance"',
    );
    await queryRunner.query(
      'DROP TRIGGER "session_partners_indicator_data_insert" ON "session_partners"',
    );
    await queryRunner.query(
      'DROP TRIGGER "session_partners_indicator_data_update" ON "session_partners"',
    );
    await queryRunner.query(
      'DROP TRIGGER "session_partners_indicator_data_delete" ON "session_partners"',
    );
    await queryRunner.query('DROP TRIGGER "partners_indicator_data_insert" ON "partners"');
    await queryRunner.query('DROP TRIGGER "partners_indicator_data_update" ON "partners"');
    await queryRunner.query('DROP TRIGGER "partners_indicator_data_delete" ON "partners"');
    await queryRunner.query('DROP FUNCTION "note_indicator_data_change"()');
    await queryRunner.query(
      'ALTER TABLE "indicator_data_changes" DROP CONSTRAINT "FK_2092fb778c30c4ef2504b1f7ffb"',
    );
    await queryRunner.query('DROP INDEX "public"."indicator_data_changes_organisation_id_id_idx"');
    await queryRunner.query('DROP TABLE "indicator_data_changes"');
    await queryRunner.query(
      'ALTER TABLE "period_locks" DROP CONSTRAINT "FK_47bc0072b0193fac14079594f21"',
    );
    await queryRunner.query(
      'ALTER TABLE "period_locks" DROP CONSTRAINT "FK_47b5cca13b89755bb7ae4c69274"',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_results" DROP CONSTRAINT "FK_1d1dde4fa6fe27fc887947b7c5b"',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_results" DROP CONSTRAINT "FK_a249220ad64446611e6fd6c3a28"',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_results" DROP CONSTRAINT "FK_d5216aec5cd645897ab5c68fb56"',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_results" DROP CONSTRAINT "FK_78db0ddc19d6a475d699c38b64d"',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_targets" DROP CONSTRAINT "FK_aae9c55c696fd41d52dd90b0295"',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_targets" DROP CONSTRAINT "FK_f0be503c12be41ed17bc50da74a"',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_framework_elements" DROP CONSTRAINT "FK_f4dae90a6bb1d773d7717248243"',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_framework_elements" DROP CONSTRAINT "FK_a5b745068836b2d71b7331b490c"',
    );
    await queryRunner.query(
      'ALTER TABLE "indicators" DROP CONSTRAINT "FK_a89e537b221475d55bf0acb91e5"',
    );
    await queryRunner.query(
      'ALTER TABLE "indicators" DROP CONSTRAINT "FK_5ed90de40018cacf89e4569bac7"',
    );
    await queryRunner.query('DROP INDEX "public"."period_locks_organisation_id_period_key_key"');
    await queryRunner.query('DROP TABLE "period_locks"');
    await queryRunner.query(
      'DROP INDEX "public"."indicator_results_org_indicator_scope_period_cell_key"',
    );
    await queryRunner.query(
      'DROP INDEX "public"."indicator_results_organisation_id_period_start_period_end_idx"',
    );
    await queryRunner.query('DROP TABLE "indicator_results"');
    await queryRunner.query('DROP TYPE "public"."result_status"');
    await queryRunner.query(
      'DROP INDEX "public"."indicator_targets_org_indicator_scope_period_key"',
    );
    await queryRunner.query(
      'DROP INDEX "public"."indicator_targets_organisation_id_period_key_idx"',
    );
    await queryRunner.query('DROP TABLE "indicator_targets"');
    await queryRunner.query('DROP TYPE "public"."scope_kind"');
    await queryRunner.query(
      'DROP INDEX "public"."indicator_framework_elements_organisation_id_indicator_id_idx"',
    );
    await queryRunner.query('DROP TABLE "indicator_framework_elements"');
    await queryRunner.query('DROP INDEX "public"."indicators_organisation_id_code_key"');
    await queryRunner.query('DROP TABLE "indicators"');
    await queryRunner.query('DROP TYPE "public"."cumulative_class"');
    await queryRunner.query('DROP TYPE "public"."indicator_direction"');
    await queryRunner.query('DROP TYPE "public"."indicator_source"');
    await queryRunner.query('DROP TYPE "public"."indicator_type"');
  }
}
