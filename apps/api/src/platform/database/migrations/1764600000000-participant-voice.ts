import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue #5: surveys, responses and answers, follow-up contacts and invitations. */
export class ParticipantVoice1764600000000 implements MigrationInterface {
  name = 'ParticipantVoice1764600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."survey_kind" AS ENUM(\'SINGLE\', \'PRE_POST\')');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"survey_status\" AS ENUM('DRAFT', 'OPEN', 'CLOSED')",
    );
    await queryRunner.query(
      'CREATE TABLE "surveys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "title" text NOT NULL, "intro" text, "programme_id" uuid, "session_id" uuid, "kind" "public"."survey_kind" NOT NULL, "status" "public"."survey_status" NOT NULL DEFAULT \'DRAFT\', "item_codes" text array NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE, "offers_follow_up" boolean NOT NULL DEFAULT false, "follow_up_months" integer array NOT NULL DEFAULT \'{3,6,12}\', "public_token" text NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "surveys_link_check" CHECK ((programme_id IS NULL) <> (session_id IS NULL)), CONSTRAINT "PK_1b5e3d4aaeb2321ffa98498c971" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "surveys_public_token_key" ON "surveys" ("public_token") ',
    );
    await queryRunner.query(
      'CREATE INDEX "surveys_organisation_id_created_at_idx" ON "surveys" ("organisation_id", "created_at") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"survey_wave\" AS ENUM('SINGLE', 'PRE', 'POST', 'FOLLOW_UP')",
    );
    await queryRunner.query(
      'CREATE TABLE "survey_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "survey_id" uuid NOT NULL, "wave" "public"."survey_wave" NOT NULL, "follow_up_months" integer, "pairing_hash" text, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "local_date" date NOT NULL, CONSTRAINT "PK_349995c51959d139d8e485a58ea" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "survey_responses_organisation_id_local_date_idx" ON "survey_responses" ("organisation_id", "local_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "survey_responses_organisation_id_survey_id_wave_idx" ON "survey_responses" ("organisation_id", "survey_id", "wave") ',
    );
    await queryRunner.query(
      'CREATE TABLE "survey_answers" ("response_id" uuid NOT NULL, "item_code" text NOT NULL, "organisation_id" uuid NOT NULL, "value" numeric(5,2), "text" text, CONSTRAINT "PK_dcff9f58aa04bac228275c8f79a" PRIMARY KEY ("response_id", "item_code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "survey_answers_organisation_id_item_code_idx" ON "survey_answers" ("organisation_id", "item_code") ',
    );
    await queryRunner.query('CREATE TYPE "public"."lawful_basis" AS ENUM(\'CONSENT\')');
    await queryRunner.query(
      'CREATE TYPE "public"."consent_giver" AS ENUM(\'SELF\', \'PARENT_GUARDIAN\')',
    );
    await queryRunner.query(
      'CREATE TABLE "survey_contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "survey_id" uuid NOT NULL, "email" text, "purpose" text NOT NULL, "lawful_basis" "public"."lawful_basis" NOT NULL DEFAULT \'CONSENT\', "given_by" "public"."consent_giver" NOT NULL, "consented_at" TIMESTAMP WITH TIME ZONE NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdraw_token_hash" text NOT NULL, CONSTRAINT "survey_contacts_withdrawn_check" CHECK ((withdrawn_at IS NULL) OR (email IS NULL)), CONSTRAINT "PK_16ecbd4501f27da3f6bbe64384c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "survey_contacts_withdraw_token_hash_key" ON "survey_contacts" ("withdraw_token_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "survey_contacts_organisation_id_survey_id_idx" ON "survey_contacts" ("organisation_id", "survey_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"follow_up_status\" AS ENUM('PENDING', 'SENT', 'RESPONDED', 'CANCELLED')",
    );
    await queryRunner.query(
      'CREATE TABLE "follow_up_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "survey_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "months" integer NOT NULL, "due_on" date NOT NULL, "status" "public"."follow_up_status" NOT NULL DEFAULT \'PENDING\', "sent_at" TIMESTAMP WITH TIME ZONE, "responded_at" TIMESTAMP WITH TIME ZONE, "token_hash" text, CONSTRAINT "PK_463804a4f17dcb1619b1b552a82" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "follow_up_invitations_token_hash_key" ON "follow_up_invitations" ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "follow_up_invitations_contact_id_months_key" ON "follow_up_invitations" ("contact_id", "months") ',
    );
    await queryRunner.query(
      'CREATE INDEX "follow_up_invitations_status_due_on_idx" ON "follow_up_invitations" ("status", "due_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "follow_up_invitations_organisation_id_survey_id_idx" ON "follow_up_invitations" ("organisation_id", "survey_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "surveys" ADD CONSTRAINT "FK_6f909804f28725c208119212a18" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "surveys" ADD CONSTRAINT "FK_7517126774a9b9ba8b9edd5f602" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "surveys" ADD CONSTRAINT "FK_05a2711bff11ff1d9896c7f6722" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_responses" ADD CONSTRAINT "FK_2b4e3f83ce0b4a0d7617ac0cd44" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_answers" ADD CONSTRAINT "FK_17c609d07c16be4606cd579c5aa" FOREIGN KEY ("response_id") REFERENCES "survey_responses"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_contacts" ADD CONSTRAINT "FK_f3bd4910b6b4db83acec0927dc4" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_invitations" ADD CONSTRAINT "FK_a710fef98bea165ef94b9e4c98f" FOREIGN KEY ("contact_id") REFERENCES "survey_contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_invitations" ADD CONSTRAINT "FK_71a6b4334ad8710792f1caefa4e" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "follow_up_invitations" DROP CONSTRAINT "FK_71a6b4334ad8710792f1caefa4e"',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_up_invitations" DROP CONSTRAINT "FK_a710fef98bea165ef94b9e4c98f"',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_contacts" DROP CONSTRAINT "FK_f3bd4910b6b4db83acec0927dc4"',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_answers" DROP CONSTRAINT "FK_17c609d07c16be4606cd579c5aa"',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_responses" DROP CONSTRAINT "FK_2b4e3f83ce0b4a0d7617ac0cd44"',
    );
    await queryRunner.query(
      'ALTER TABLE "surveys" DROP CONSTRAINT "FK_05a2711bff11ff1d9896c7f6722"',
    );
    await queryRunner.query(
      'ALTER TABLE "surveys" DROP CONSTRAINT "FK_7517126774a9b9ba8b9edd5f602"',
    );
    await queryRunner.query(
      'ALTER TABLE "surveys" DROP CONSTRAINT "FK_6f909804f28725c208119212a18"',
    );
    await queryRunner.query(
      'DROP INDEX "public"."follow_up_invitations_organisation_id_survey_id_idx"',
    );
    await queryRunner.query('DROP INDEX "public"."follow_up_invitations_status_due_on_idx"');
    await queryRunner.query('DROP INDEX "public"."follow_up_invitations_contact_id_months_key"');
    await queryRunner.query('DROP INDEX "public"."follow_up_invitations_token_hash_key"');
    await queryRunner.query('DROP TABLE "follow_up_invitations"');
    await queryRunner.query('DROP TYPE "public"."follow_up_status"');
    await queryRunner.query('DROP INDEX "public"."survey_contacts_organisation_id_survey_id_idx"');
    await queryRunner.query('DROP INDEX "public"."survey_contacts_withdraw_token_hash_key"');
    await queryRunner.query('DROP TABLE "survey_contacts"');
    await queryRunner.query('DROP TYPE "public"."consent_giver"');
    await queryRunner.query('DROP TYPE "public"."lawful_basis"');
    await queryRunner.query('DROP INDEX "public"."survey_answers_organisation_id_item_code_idx"');
    await queryRunner.query('DROP TABLE "survey_answers"');
    await queryRunner.query(
      'DROP INDEX "public"."survey_responses_organisation_id_survey_id_wave_idx"',
    );
    await queryRunner.query(
      'DROP INDEX "public"."survey_responses_organisation_id_local_date_idx"',
    );
    await queryRunner.query('DROP TABLE "survey_responses"');
    await queryRunner.query('DROP TYPE "public"."survey_wave"');
    await queryRunner.query('DROP INDEX "public"."surveys_organisation_id_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."surveys_public_token_key"');
    await queryRunner.query('DROP TABLE "surveys"');
    await queryRunner.query('DROP TYPE "public"."survey_status"');
    await queryRunner.query('DROP TYPE "public"."survey_kind"');
  }
}
