import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."organisation_kind" AS ENUM('MUSEUM', 'GALLERY', 'HERITAGE_SITE', 'MUSEUM_SERVICE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."nation" AS ENUM('ENGLAND', 'SCOTLAND', 'WALES', 'NORTHERN_IRELAND')`,
    );
    await queryRunner.query(`CREATE TABLE "organisations" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" text NOT NULL,
      "slug" text NOT NULL,
      "kind" "public"."organisation_kind" NOT NULL DEFAULT 'MUSEUM',
      "nation" "public"."nation" NOT NULL DEFAULT 'ENGLAND',
      "financial_year_start_month" smallint NOT NULL DEFAULT '4',
      "academic_year_start_month" smallint NOT NULL DEFAULT '9',
      "small_cell_threshold" smallint NOT NULL DEFAULT '5',
      "time_zone" text NOT NULL DEFAULT 'Europe/London',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_organisations" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organisations_slug_key" ON "organisations" ("slug")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."worker_check_status" AS ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')`,
    );
    await queryRunner.query(`CREATE TABLE "worker_checks" (
      "id" uuid NOT NULL,
      "status" "public"."worker_check_status" NOT NULL DEFAULT 'QUEUED',
      "note" text,
      "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "started_at" TIMESTAMP WITH TIME ZONE,
      "completed_at" TIMESTAMP WITH TIME ZONE,
      "queue_wait_ms" integer,
      "round_trip_ms" integer,
      "worker_host" text,
      "database_version" text,
      "error" text,
      "attempts" integer NOT NULL DEFAULT '0',
      CONSTRAINT "PK_worker_checks" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "worker_checks_requested_at_id_idx" ON "worker_checks" ("requested_at", "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "worker_checks"`);
    await queryRunner.query(`DROP TYPE "public"."worker_check_status"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP TYPE "public"."nation"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
  }
}
