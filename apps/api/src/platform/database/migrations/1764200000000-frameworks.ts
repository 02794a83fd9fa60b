import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #4: frameworks and their elements, with the sector frameworks seeded as read-only
 * system taxonomies (organisation_id null). The seed is frozen here, as written on the day.
 */
export class Frameworks1764200000000 implements MigrationInterface {
  name = 'Frameworks1764200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "frameworks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid, "code" text NOT NULL, "name" text NOT NULL, "version" text, "publisher" text, "url" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_23e178ce62668c9ce2036b7a3c2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "frameworks_system_code_key" ON "frameworks" ("code") WHERE organisation_id IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "frameworks_organisation_id_code_key" ON "frameworks" ("organisation_id", "code")',
    );
    await queryRunner.query(
      'CREATE TABLE "framework_elements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid, "framework_id" uuid NOT NULL, "code" text NOT NULL, "label" text NOT NULL, "description" text, "position" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2ead2aec666c9183a286bd99917" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "framework_elements_organisation_id_framework_id_idx" ON "framework_elements" ("organisation_id", "framework_id")',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "framework_elements_framework_id_code_key" ON "framework_elements" ("framework_id", "code")',
    );
    await queryRunner.query(
      'ALTER TABLE "frameworks" ADD CONSTRAINT "FK_d6b2c883a94298c4363b2b0b157" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "framework_elements" ADD CONSTRAINT "FK_2d43d5f75a3e3285b9ea0daed28" FOREIGN KEY ("framework_id") REFERENCES "frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "framework_elements" ADD CONSTRAINT "FK_0b7f8e7a2f7a86d6a4360d45ff4" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'INSERT INTO "frameworks" ("code", "name", "version", "publisher", "url") VALUES (\'MA_LE_2020\', \'Learning and Engagement Manifesto\', \'2020\', \'Museums Association\', \'https://www.museumsassociation.org/campaigns/learning-and-engagement/\')',
    );
    await queryRunner.query(
      "INSERT INTO \"framework_elements\" (\"framework_id\", \"code\", \"label\", \"description\", \"position\") SELECT f.\"id\", v.code, v.label, v.description, v.position FROM \"frameworks\" f, (VALUES ('MA_LE.1', 'Cultural rights and cultural democracy', 'Taking part in culture is a right; communities decide how they engage.', 1), ('MA_LE.2', 'Social justice', 'Work with communities against poverty and exclusion, aiming for equal outcomes, not just equal access.', 2), ('MA_LE.3', 'Activism', 'Museums are not neutral; act by listening and delivering with communities.', 3), ('MA_LE.4', 'Community participation', 'Brave, innovative engagement; communities involved in every museum function.', 4), ('MA_LE.5', 'Collections', 'Collections belong to communities and are for public use.', 5), ('MA_LE.6', 'Research and evaluation', 'People-centred research that leads to change.', 6), ('MA_LE.7', 'Partnerships', 'Equitable partnerships, beyond the usual partners.', 7), ('MA_LE.8', 'Workforce', 'A workforce that is representative, respected and fairly rewarded.', 8)) AS v(code, label, description, position) WHERE f.\"code\" = 'MA_LE_2020' AND f.\"organisation_id\" IS NULL",
    );
    await queryRunner.query(
      'INSERT INTO "frameworks" ("code", "name", "version", "publisher", "url") VALUES (\'GLO\', \'Generic Learning Outcomes\', \'2008\', \'Inspiring Learning for All (Arts Council England)\', \'https://www.artscouncil.org.uk/measuring-outcomes/generic-learning-outcomes\')',
    );
    await queryRunner.query(
      "INSERT INTO \"framework_elements\" (\"framework_id\", \"code\", \"label\", \"description\", \"position\") SELECT f.\"id\", v.code, v.label, v.description, v.position FROM \"frameworks\" f, (VALUES ('GLO.KNOWLEDGE', 'Knowledge and understanding', 'Learning facts, making sense of something, deepening understanding.', 1), ('GLO.SKILLS', 'Skills', 'Knowing how to do something: practical, social, intellectual skills.', 2), ('GLO.ATTITUDES', 'Attitudes and values', 'Feelings, perceptions, opinions about ourselves and others.', 3), ('GLO.ENJOYMENT', 'Enjoyment, inspiration, creativity', 'Having fun, being surprised, innovative thoughts.', 4), ('GLO.ACTIVITY', 'Activity, behaviour and progression', 'What people do, intend to do, or have done differently.', 5)) AS v(code, label, description, position) WHERE f.\"code\" = 'GLO' AND f.\"organisation_id\" IS NULL",
    );
    await queryRunner.query(
      'INSERT INTO "frameworks" ("code", "name", "version", "publisher", "url") VALUES (\'GSO\', \'Generic Social Outcomes\', \'2008\', \'Inspiring Learning for All (Arts Council England)\', \'https://www.artscouncil.org.uk/measuring-outcomes/generic-social-outcomes\')',
    );
    await queryRunner.query(
      'INSERT INTO "framework_elements" ("framework_id", "code", "label", "description", "position") SELECT f."id", v.code, v.label, v.description, v.position FROM "frameworks" f, (VALUES (\'GSO.COMMUNITIES\', \'Stronger and safer communities\', \'Improving group and inter-group dialogue and understanding; supporting cultural diversity.\', 1), (\'GSO.HEALTH\', \'Health and wellbeing\', \'Encouraging healthy lifestyles and contributing to mental and physical wellbeing.\', 2), (\'GSO.PUBLIC_LIFE\', \'Strengthening public life\', \'Encouraging participation and civic engagement; improving services.\', 3)) AS v(code, label, description, position) WHERE f."code" = \'GSO\' AND f."organisation_id" IS NULL',
    );
    await queryRunner.query(
      'INSERT INTO "frameworks" ("code", "name", "version", "publisher", "url") VALUES (\'MCL\', \'Museums Change Lives\', \'2013\', \'Museums Association\', \'https://www.museumsassociation.org/campaigns/museums-change-lives/\')',
    );
    await queryRunner.query(
      'INSERT INTO "framework_elements" ("framework_id", "code", "label", "description", "position") SELECT f."id", v.code, v.label, v.description, v.position FROM "frameworks" f, (VALUES (\'MCL.WELLBEING\', \'Health and wellbeing\', \'Museums enhance health and wellbeing.\', 1), (\'MCL.PLACES\', \'Better places to live and work\', \'Museums create better places to live and work.\', 2), (\'MCL.DEBATE\', \'Engagement, debate and reflection\', \'Museums inspire engagement, debate and reflection.\', 3)) AS v(code, label, description, position) WHERE f."code" = \'MCL\' AND f."organisation_id" IS NULL',
    );
    await queryRunner.query(
      'INSERT INTO "frameworks" ("code", "name", "version", "publisher", "url") VALUES (\'ACE_LC\', \'Let\'\'s Create outcomes\', \'2020-2030\', \'Arts Council England\', \'https://www.artscouncil.org.uk/lets-create\')',
    );
    await queryRunner.query(
      'INSERT INTO "framework_elements" ("framework_id", "code", "label", "description", "position") SELECT f."id", v.code, v.label, v.description, v.position FROM "frameworks" f, (VALUES (\'ACE_LC.PEOPLE\', \'Creative people\', \'Everyone can develop and express creativity throughout their life.\', 1), (\'ACE_LC.COMMUNITIES\', \'Cultural communities\', \'Villages, towns and cities thrive through collaboration in culture.\', 2), (\'ACE_LC.COUNTRY\', \'A creative and cultural country\', \'The cultural sector is innovative, collaborative and international.\', 3)) AS v(code, label, description, position) WHERE f."code" = \'ACE_LC\' AND f."organisation_id" IS NULL',
    );
    await queryRunner.query(
      'INSERT INTO "frameworks" ("code", "name", "version", "publisher", "url") VALUES (\'NLHF\', \'Heritage Fund outcomes\', \'2019\', \'National Lottery Heritage Fund\', \'https://www.heritagefund.org.uk/\')',
    );
    await queryRunner.query(
      "INSERT INTO \"framework_elements\" (\"framework_id\", \"code\", \"label\", \"description\", \"position\") SELECT f.\"id\", v.code, v.label, v.description, v.position FROM \"frameworks\" f, (VALUES ('NLHF.WIDER_RANGE', 'A wider range of people involved in heritage (mandatory)', 'The outcome every grant must achieve.', 1), ('NLHF.CONDITION', 'Heritage in better condition', 'Heritage will be in better condition.', 2), ('NLHF.EXPLAINED', 'Heritage identified and better explained', 'Heritage will be identified and better explained.', 3), ('NLHF.SKILLS', 'People developed skills', 'People will have developed skills.', 4), ('NLHF.LEARNING', 'Learning that changes ideas and actions', 'People will have learnt about heritage, leading to change in ideas and actions.', 5), ('NLHF.WELLBEING', 'Greater wellbeing', 'People will have greater wellbeing.', 6), ('NLHF.RESILIENCE', 'More resilient organisation', 'The funded organisation will be more resilient.', 7), ('NLHF.PLACE', 'A better place to live, work or visit', 'The local area will be a better place to live, work or visit.', 8), ('NLHF.ECONOMY', 'Local economy boosted', 'The local economy will be boosted.', 9)) AS v(code, label, description, position) WHERE f.\"code\" = 'NLHF' AND f.\"organisation_id\" IS NULL",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "framework_elements" DROP CONSTRAINT "FK_0b7f8e7a2f7a86d6a4360d45ff4"',
    );
    await queryRunner.query(
      'ALTER TABLE "framework_elements" DROP CONSTRAINT "FK_2d43d5f75a3e3285b9ea0daed28"',
    );
    await queryRunner.query(
      'ALTER TABLE "frameworks" DROP CONSTRAINT "FK_d6b2c883a94298c4363b2b0b157"',
    );
    await queryRunner.query('DROP INDEX "public"."framework_elements_framework_id_code_key"');
    await queryRunner.query(
      'DROP INDEX "public"."framework_elements_organisation_id_framework_id_idx"',
    );
    await queryRunner.query('DROP TABLE "framework_elements"');
    await queryRunner.query('DROP INDEX "public"."frameworks_organisation_id_code_key"');
    await queryRunner.query('DROP INDEX "public"."frameworks_system_code_key"');
    await queryRunner.query('DROP TABLE "frameworks"');
  }
}
