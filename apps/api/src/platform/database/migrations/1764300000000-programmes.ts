import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue #4: programmes, with their sites and framework elements; funders and plan as validated JSON. */
export class Programmes1764300000000 implements MigrationInterface {
  name = 'Programmes1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"programme_strand\" AS ENUM('SCHOOLS', 'EARLY_YEARS', 'FAMILIES', 'YOUNG_PEOPLE', 'ADULT_LEARNING', 'COMMUNITY_PARTNERSHIPS', 'HEALTH_AND_WELLBEING', 'VOLUNTEERING_AND_SKILLS', 'DIGITAL', 'OUTREACH', 'TEACHER_CPD', 'ACCESS_SEND')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"programme_status\" AS ENUM('PLANNED', 'ACTIVE', 'COMPLETED', 'ARCHIVED')",
    );
    await queryRunner.query(
      'CREATE TABLE "programmes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" text NOT NULL, "strand" "public"."programme_strand" NOT NULL, "aims" text, "status" "public"."programme_status" NOT NULL DEFAULT \'PLANNED\', "start_date" date NOT NULL, "end_date" date, "lead_user_id" uuid, "target_audiences" text array NOT NULL DEFAULT \'{}\', "funders" jsonb NOT NULL DEFAULT \'[]\', "plan" jsonb NOT NULL DEFAULT \'[]\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_116b5f8dbb9f632d76bc144404f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "programmes_organisation_id_name_idx" ON "programmes" ("organisation_id", "name")',
    );
    await queryRunner.query(
      'CREATE TABLE "programme_sites" ("programme_id" uuid NOT NULL, "site_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_6f2bce90e1cae1450615a92628c" PRIMARY KEY ("programme_id", "site_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "programme_sites_organisation_id_programme_id_idx" ON "programme_sites" ("organisation_id", "programme_id")',
    );
    await queryRunner.query(
      'CREATE TABLE "programme_framework_elements" ("programme_id" uuid NOT NULL, "element_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_27dcf4fcdf5c7f6016023f600e5" PRIMARY KEY ("programme_id", "element_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "programme_framework_elements_organisation_id_programme_id_idx" ON "programme_framework_elements" ("organisation_id", "programme_id")',
    );
    await queryRunner.query(
      'ALTER TABLE "programmes" ADD CONSTRAINT "FK_728cc0f80b82980dbc95e814c4a" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programmes" ADD CONSTRAINT "FK_929e821d807bbbbc73c62954f58" FOREIGN KEY ("lead_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_sites" ADD CONSTRAINT "FK_147ef666f4a39f0b2bd01df7211" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_sites" ADD CONSTRAINT "FK_001f31cf91b34b446d62f8a604d" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_framework_elements" ADD CONSTRAINT "FK_a55e18e9d070e8bc1f34c3a44da" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_framework_elements" ADD CONSTRAINT "FK_1d549fe2cccc53fb85f3b5c1b45" FOREIGN KEY ("element_id") REFERENCES "framework_elements"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "programme_framework_elements" DROP CONSTRAINT "FK_1d549fe2cccc53fb85f3b5c1b45"',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_framework_elements" DROP CONSTRAINT "FK_a55e18e9d070e8bc1f34c3a44da"',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_sites" DROP CONSTRAINT "FK_001f31cf91b34b446d62f8a604d"',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_sites" DROP CONSTRAINT "FK_147ef666f4a39f0b2bd01df7211"',
    );
    await queryRunner.query(
      'ALTER TABLE "programmes" DROP CONSTRAINT "FK_929e821d807bbbbc73c62954f58"',
    );
    await queryRunner.query(
      'ALTER TABLE "programmes" DROP CONSTRAINT "FK_728cc0f80b82980dbc95e814c4a"',
    );
    await queryRunner.query(
      'DROP INDEX "public"."programme_framework_elements_organisation_id_programme_id_idx"',
    );
    await queryRunner.query('DROP TABLE "programme_framework_elements"');
    await queryRunner.query(
      'DROP INDEX "public"."programme_sites_organisation_id_programme_id_idx"',
    );
    await queryRunner.query('DROP TABLE "programme_sites"');
    await queryRunner.query('DROP INDEX "public"."programmes_organisation_id_name_idx"');
    await queryRunner.query('DROP TABLE "programmes"');
    await queryRunner.query('DROP TYPE "public"."programme_status"');
    await queryRunner.query('DROP TYPE "public"."programme_strand"');
  }
}
