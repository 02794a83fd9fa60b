import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #5 (proof of action): evidence with consent and tags, commitments under framework
 * elements, and the append-only action log whose entries are hash-chained per organisation.
 */
export class ProofOfAction1764700000000 implements MigrationInterface {
  name = 'ProofOfAction1764700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"evidence_kind\" AS ENUM('QUOTE', 'STORY', 'PHOTO', 'ARTWORK', 'OBSERVATION', 'DOCUMENT')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"consent_status\" AS ENUM('NOT_NEEDED', 'OBTAINED', 'NOT_OBTAINED', 'WITHDRAWN')",
    );
    await queryRunner.query(
      'CREATE TABLE "evidence_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "kind" "public"."evidence_kind" NOT NULL, "title" text NOT NULL, "body" text, "occurred_on" date NOT NULL, "consent_status" "public"."consent_status" NOT NULL, "consent_given_by" text, "consent_given_on" date, "consent_note" text, "publishable" boolean NOT NULL DEFAULT false, "file_storage_key" text, "file_name" text, "file_content_type" text, "file_byte_size" integer, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "evidence_items_file_check" CHECK ((file_storage_key IS NULL) = (file_content_type IS NULL) AND (file_storage_key IS NULL) = (file_byte_size IS NULL)), CONSTRAINT "evidence_items_publishable_consent_check" CHECK (NOT publishable OR consent_status IN (\'NOT_NEEDED\', \'OBTAINED\')), CONSTRAINT "PK_5c67144bedcbdc385c0716d8e50" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "evidence_items_organisation_id_occurred_on_idx" ON "evidence_items" ("organisation_id", "occurred_on", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "evidence_framework_elements" ("evidence_id" uuid NOT NULL, "element_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_da6773d480c3de131dd4b8bdc5e" PRIMARY KEY ("evidence_id", "element_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "evidence_framework_elements_organisation_id_element_id_idx" ON "evidence_framework_elements" ("organisation_id", "element_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "evidence_programmes" ("evidence_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_617d3e1f648e64e4cf39ea1b1ff" PRIMARY KEY ("evidence_id", "programme_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "evidence_programmes_organisation_id_programme_id_idx" ON "evidence_programmes" ("organisation_id", "programme_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "evidence_sessions" ("evidence_id" uuid NOT NULL, "session_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_c6040e5293404f875a68b37d1ed" PRIMARY KEY ("evidence_id", "session_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "evidence_sessions_organisation_id_session_id_idx" ON "evidence_sessions" ("organisation_id", "session_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"commitment_status\" AS ENUM('PLANNED', 'ACTIVE', 'AT_RISK', 'ACHIEVED', 'DROPPED')",
    );
    await queryRunner.query(
      'CREATE TABLE "commitments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "element_id" uuid NOT NULL, "title" text NOT NULL, "description" text, "owner_user_id" uuid, "review_date" date, "review_window_days" integer NOT NULL DEFAULT \'90\', "status" "public"."commitment_status" NOT NULL DEFAULT \'PLANNED\', "indicator_ids" uuid array NOT NULL DEFAULT \'{}\', "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "commitments_review_window_days_check" CHECK (review_window_days BETWEEN 1 AND 3650), CONSTRAINT "PK_82060edcfe810ce82b7565521af" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "commitments_organisation_id_element_id_idx" ON "commitments" ("organisation_id", "element_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "action_log_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "sequence" integer NOT NULL, "commitment_id" uuid NOT NULL, "occurred_on" date NOT NULL, "what_was_done" text NOT NULL, "with_whom" text, "evidence_ids" uuid array NOT NULL DEFAULT \'{}\', "observed_effect" text, "next_step" text, "amends_id" uuid, "author_user_id" uuid, "author_name" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "prev_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_afd7f0463bbba0901b2681539f0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "action_log_entries_organisation_id_commitment_id_idx" ON "action_log_entries" ("organisation_id", "commitment_id", "occurred_on") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "action_log_entries_organisation_id_sequence_key" ON "action_log_entries" ("organisation_id", "sequence") ',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_items" ADD CONSTRAINT "FK_c2ce51586ab29670f3a385c682b" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_framework_elements" ADD CONSTRAINT "FK_e0cab56c7f2214744226920acec" FOREIGN KEY ("evidence_id") REFERENCES "evidence_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_framework_elements" ADD CONSTRAINT "FK_60874142897e4716a332e128b60" FOREIGN KEY ("element_id") REFERENCES "framework_elements"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_programmes" ADD CONSTRAINT "FK_82b3d3e6e57e84610e58166f760" FOREIGN KEY ("evidence_id") REFERENCES "evidence_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_programmes" ADD CONSTRAINT "FK_75a4de1fe5625957efcb00fa605" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_sessions" ADD CONSTRAINT "FK_ef66e2427cc99bd2a411cef31e9" FOREIGN KEY ("evidence_id") REFERENCES "evidence_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_sessions" ADD CONSTRAINT "FK_4ff9f29ec9e0abd51f7c4f8d183" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commitments" ADD CONSTRAINT "FK_2c3d49240284aa832ee633c2a91" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commitments" ADD CONSTRAINT "FK_28d32ad3b06f0a5056b213e97a3" FOREIGN KEY ("element_id") REFERENCES "framework_elements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_log_entries" ADD CONSTRAINT "FK_3ff1816ab67c166a29e1adc316d" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_log_entries" ADD CONSTRAINT "FK_5d6f0626f75d330595c080407cf" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    // Append-only in the database too: UPDATE and DELETE are refused. The one exception is
    // the cascade from deleting the whole organisation (its row is already gone by then).
    await queryRunner.query(`CREATE FUNCTION "action_log_entries_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM organisations WHERE id = OLD.organisation_id) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'action_log_entries is append-only: record a correction as a new entry that amends this one (entry %)', OLD.id
    USING ERRCODE = 'restrict_violation';
END
$$`);
    await queryRunner.query(
      'CREATE TRIGGER "action_log_entries_append_only" BEFORE UPDATE OR DELETE ON "action_log_entries" FOR EACH ROW EXECUTE FUNCTION "action_log_entries_append_only"()',
    );
    await queryRunner.query(
      `COMMENT ON TABLE "action_log_entries" IS 'Append-only, hash-chained per organisation. Never UPDATE or DELETE (a trigger refuses both); treat as if UPDATE and DELETE were revoked. Corrections are new entries with amends_id set. verifyActionLog checks the chain.'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP TRIGGER "action_log_entries_append_only" ON "action_log_entries"',
    );
    await queryRunner.query('DROP FUNCTION "action_log_entries_append_only"()');
    await queryRunner.query(
      'ALTER TABLE "action_log_entries" DROP CONSTRAINT "FK_5d6f0626f75d330595c080407cf"',
    );
    await queryRunner.query(
      'ALTER TABLE "action_log_entries" DROP CONSTRAINT "FK_3ff1816ab67c166a29e1adc316d"',
    );
    await queryRunner.query(
      'ALTER TABLE "commitments" DROP CONSTRAINT "FK_28d32ad3b06f0a5056b213e97a3"',
    );
    await queryRunner.query(
      'ALTER TABLE "commitments" DROP CONSTRAINT "FK_2c3d49240284aa832ee633c2a91"',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_sessions" DROP CONSTRAINT "FK_4ff9f29ec9e0abd51f7c4f8d183"',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_sessions" DROP CONSTRAINT "FK_ef66e2427cc99bd2a411cef31e9"',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_programmes" DROP CONSTRAINT "FK_75a4de1fe5625957efcb00fa605"',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_programmes" DROP CONSTRAINT "FK_82b3d3e6e57e84610e58166f760"',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_framework_elements" DROP CONSTRAINT "FK_60874142897e4716a332e128b60"',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_framework_elements" DROP CONSTRAINT "FK_e0cab56c7f2214744226920acec"',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_items" DROP CONSTRAINT "FK_c2ce51586ab29670f3a385c682b"',
    );
    await queryRunner.query(
      'DROP INDEX "public"."action_log_entries_organisation_id_sequence_key"',
    );
    await queryRunner.query(
      'DROP INDEX "public"."action_log_entries_organisation_id_commitment_id_idx"',
    );
    await queryRunner.query('DROP TABLE "action_log_entries"');
    await queryRunner.query('DROP INDEX "public"."commitments_organisation_id_element_id_idx"');
    await queryRunner.query('DROP TABLE "commitments"');
    await queryRunner.query('DROP TYPE "public"."commitment_status"');
    await queryRunner.query(
      'DROP INDEX "public"."evidence_sessions_organisation_id_session_id_idx"',
    );
    await queryRunner.query('DROP TABLE "evidence_sessions"');
    await queryRunner.query(
      'DROP INDEX "public"."evidence_programmes_organisation_id_programme_id_idx"',
    );
    await queryRunner.query('DROP TABLE "evidence_programmes"');
    await queryRunner.query(
      'DROP INDEX "public"."evidence_framework_elements_organisation_id_element_id_idx"',
    );
    await queryRunner.query('DROP TABLE "evidence_framework_elements"');
    await queryRunner.query('DROP INDEX "public"."evidence_items_organisation_id_occurred_on_idx"');
    await queryRunner.query('DROP TABLE "evidence_items"');
    await queryRunner.query('DROP TYPE "public"."consent_status"');
    await queryRunner.query('DROP TYPE "public"."evidence_kind"');
  }
}
