import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue #3: sites, people, memberships, invitations, sessions, password resets, audit trail, mail outbox. */
export class People1764100000000 implements MigrationInterface {
  name = 'People1764100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "last_signed_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "users_email_key" ON "users" ("email")');
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "actor_user_id" uuid, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid, "summary" text NOT NULL, "changes" jsonb NOT NULL DEFAULT \'[]\', "request_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_events_organisation_id_action_idx" ON "audit_events" ("organisation_id", "action")',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_events_organisation_id_created_at_idx" ON "audit_events" ("organisation_id", "created_at", "id")',
    );
    await queryRunner.query(
      'CREATE TABLE "password_resets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4816377aa98211c1de34469e742" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "password_resets_user_id_idx" ON "password_resets" ("user_id")',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "password_resets_token_hash_key" ON "password_resets" ("token_hash")',
    );
    await queryRunner.query(
      'CREATE TABLE "user_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "current_organisation_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" text, "ip_address" text, CONSTRAINT "PK_e93e031a5fed190d4789b6bfd83" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "user_sessions_user_id_idx" ON "user_sessions" ("user_id")',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "user_sessions_token_hash_key" ON "user_sessions" ("token_hash")',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"role\" AS ENUM('ADMIN', 'HEAD_OF_LEARNING', 'LEARNING_OFFICER', 'TRUSTEE')",
    );
    await queryRunner.query(
      'CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" text NOT NULL, "role" "public"."role" NOT NULL, "token_hash" text NOT NULL, "invited_by_user_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations" ("token_hash")',
    );
    await queryRunner.query(
      'CREATE INDEX "invitations_organisation_id_created_at_idx" ON "invitations" ("organisation_id", "created_at")',
    );
    await queryRunner.query(
      'CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."role" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "memberships_user_id_idx" ON "memberships" ("user_id")');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "memberships_organisation_id_user_id_key" ON "memberships" ("organisation_id", "user_id")',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"site_type\" AS ENUM('MUSEUM', 'GALLERY', 'HERITAGE_SITE', 'LEARNING_CENTRE', 'LIBRARY_OR_ARCHIVE', 'OUTDOOR', 'OTHER')",
    );
    await queryRunner.query(
      'CREATE TABLE "sites" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" text NOT NULL, "type" "public"."site_type" NOT NULL DEFAULT \'MUSEUM\', "postcode" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4f5eccb1dfde10c9170502595a7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "sites_organisation_id_name_idx" ON "sites" ("organisation_id", "name")',
    );
    await queryRunner.query(
      'CREATE TABLE "dev_mailbox_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" text NOT NULL, "from_address" text NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_79f3c0b3aa0324050c3578450b7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "dev_mailbox_messages_received_at_idx" ON "dev_mailbox_messages" ("received_at")',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"mail_status\" AS ENUM('PENDING', 'SENT', 'FAILED')",
    );
    await queryRunner.query(
      'CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid, "kind" text NOT NULL, "to_address" text NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text, "status" "public"."mail_status" NOT NULL DEFAULT \'PENDING\', "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "mail_outbox_organisation_id_created_at_idx" ON "mail_outbox" ("organisation_id", "created_at")',
    );
    await queryRunner.query(
      'CREATE INDEX "mail_outbox_status_next_attempt_idx" ON "mail_outbox" ("status", "next_attempt_at")',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_events" ADD CONSTRAINT "FK_91d46044e4c934c1b5f1ea229d1" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_events" ADD CONSTRAINT "FK_da4e1f7755a2ab9a8b7ddefaa4d" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "password_resets" ADD CONSTRAINT "FK_f7a4c3bc48f24df007936d217be" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "user_sessions" ADD CONSTRAINT "FK_e9658e959c490b0a634dfc54783" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "user_sessions" ADD CONSTRAINT "FK_71b8ae515e24e0f51a532d2b414" FOREIGN KEY ("current_organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_db8eb6da8f383cb3443217d8536" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_e686620e08c4661e70a6b39b94a" FOREIGN KEY ("invited_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sites" ADD CONSTRAINT "FK_aae0bf4b5be17202d4f7c58918e" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Worker checks now belong to the museum that asked; earlier ones belonged to nobody.
    await queryRunner.query('DELETE FROM "worker_checks"');
    await queryRunner.query('DROP INDEX "public"."worker_checks_requested_at_id_idx"');
    await queryRunner.query('ALTER TABLE "worker_checks" ADD "organisation_id" uuid NOT NULL');
    await queryRunner.query(
      'CREATE INDEX "worker_checks_organisation_id_requested_at_id_idx" ON "worker_checks" ("organisation_id", "requested_at", "id")',
    );
    await queryRunner.query(
      'ALTER TABLE "worker_checks" ADD CONSTRAINT "FK_7857e1517b349f4cbd283baf70a" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "worker_checks" DROP CONSTRAINT "FK_7857e1517b349f4cbd283baf70a"',
    );
    await queryRunner.query(
      'DROP INDEX "public"."worker_checks_organisation_id_requested_at_id_idx"',
    );
    await queryRunner.query('ALTER TABLE "worker_checks" DROP COLUMN "organisation_id"');
    await queryRunner.query(
      'CREATE INDEX "worker_checks_requested_at_id_idx" ON "worker_checks" ("requested_at", "id")',
    );
    await queryRunner.query('ALTER TABLE "sites" DROP CONSTRAINT "FK_aae0bf4b5be17202d4f7c58918e"');
    await queryRunner.query(
      'ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" DROP CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc"',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" DROP CONSTRAINT "FK_e686620e08c4661e70a6b39b94a"',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" DROP CONSTRAINT "FK_db8eb6da8f383cb3443217d8536"',
    );
    await queryRunner.query(
      'ALTER TABLE "user_sessions" DROP CONSTRAINT "FK_71b8ae515e24e0f51a532d2b414"',
    );
    await queryRunner.query(
      'ALTER TABLE "user_sessions" DROP CONSTRAINT "FK_e9658e959c490b0a634dfc54783"',
    );
    await queryRunner.query(
      'ALTER TABLE "password_resets" DROP CONSTRAINT "FK_f7a4c3bc48f24df007936d217be"',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_events" DROP CONSTRAINT "FK_da4e1f7755a2ab9a8b7ddefaa4d"',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_events" DROP CONSTRAINT "FK_91d46044e4c934c1b5f1ea229d1"',
    );
    await queryRunner.query('DROP INDEX "public"."mail_outbox_status_next_attempt_idx"');
    await queryRunner.query('DROP INDEX "public"."mail_outbox_organisation_id_created_at_idx"');
    await queryRunner.query('DROP TABLE "mail_outbox"');
    await queryRunner.query('DROP TYPE "public"."mail_status"');
    await queryRunner.query('DROP INDEX "public"."dev_mailbox_messages_received_at_idx"');
    await queryRunner.query('DROP TABLE "dev_mailbox_messages"');
    await queryRunner.query('DROP INDEX "public"."sites_organisation_id_name_idx"');
    await queryRunner.query('DROP TABLE "sites"');
    await queryRunner.query('DROP TYPE "public"."site_type"');
    await queryRunner.query('DROP INDEX "public"."memberships_organisation_id_user_id_key"');
    await queryRunner.query('DROP INDEX "public"."memberships_user_id_idx"');
    await queryRunner.query('DROP TABLE "memberships"');
    await queryRunner.query('DROP INDEX "public"."invitations_organisation_id_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."invitations_token_hash_key"');
    await queryRunner.query('DROP TABLE "invitations"');
    await queryRunner.query('DROP INDEX "public"."user_sessions_token_hash_key"');
    await queryRunner.query('DROP INDEX "public"."user_sessions_user_id_idx"');
    await queryRunner.query('DROP TABLE "user_sessions"');
    await queryRunner.query('DROP INDEX "public"."password_resets_token_hash_key"');
    await queryRunner.query('DROP INDEX "public"."password_resets_user_id_idx"');
    await queryRunner.query('DROP TABLE "password_resets"');
    await queryRunner.query('DROP INDEX "public"."audit_events_organisation_id_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_events_organisation_id_action_idx"');
    await queryRunner.query('DROP TABLE "audit_events"');
    await queryRunner.query('DROP INDEX "public"."users_email_key"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TYPE "public"."role"');
  }
}
