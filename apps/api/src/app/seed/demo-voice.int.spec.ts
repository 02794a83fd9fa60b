import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { PasswordHasher } from '../../platform/auth/password-hasher';
import { createDataSource } from '../../platform/database/data-source';
import { SurveyResultsService } from '../../modules/surveys/survey-results.service';
import { SurveyStatisticsRepository } from '../../modules/surveys/survey-statistics.repository';
import { seedDemo } from './demo-seed';
import { seedDemoVoice } from './demo-voice';

describe('demo participant voice', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('adds two surveys with rising paired scores and follow-up waves, once', async () => {
    const dataSource = createDataSource(database.url, 2);
    await dataSource.initialize();
    try {
      const today = new Date('2026-03-01T12:00:00Z');
      const seeded = await seedDemo(dataSource, new PasswordHasher(), today);
      const orgId = seeded.organisation.id;
      expect(await dataSource.transaction((em) => seedDemoVoice(em, orgId, today))).toBeNull();

      const surveys = (await dataSource.query(
        'SELECT id, kind, title FROM surveys WHERE organisation_id = $1 ORDER BY kind',
        [orgId],
      )) as Array<{ id: string; kind: string; title: string }>;
      expect(surveys.map((s) => s.kind)).toEqual(['SINGLE', 'PRE_POST']);

      const results = new SurveyResultsService(new SurveyStatisticsRepository(dataSource));
      const prePost = await results.compute({
        organisationId: orgId,
        statistic: 'PRE_POST_CHANGE',
        itemCode: 'LO_KNOWLEDGE',
        surveyId: surveys[1]!.id,
        start: '2025-01-01',
        end: '2026-03-01',
        programmeId: null,
        siteId: null,
      });
      expect(prePost.n).toBe(60);
      expect(prePost.value).toBeGreaterThan(0.5);
      expect(prePost.ciLow).toBeGreaterThan(0);

      const waves = (await dataSource.query(
        `SELECT status, count(*)::int AS n FROM follow_up_invitations WHERE organisation_id = $1 GROUP BY status ORDER BY status`,
        [orgId],
      )) as Array<{ status: string; n: number }>;
      expect(waves.map((w) => w.status)).toEqual(['PENDING', 'SENT', 'RESPONDED', 'CANCELLED']);
      const contacts = (await dataSource.query(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE email IS NULL AND withdrawn_at IS NOT NULL)::int AS withdrawn,
                bool_and(email IS NULL OR email LIKE '%@example.org') AS synthetic
           FROM survey_contacts WHERE organisation_id = $1`,
        [orgId],
      )) as Array<{ n: number; withdrawn: number; synthetic: boolean }>;
      expect(contacts[0]).toEqual({ n: 24, withdrawn: 1, synthetic: true });
    } finally {
      await dataSource.destroy();
    }
  });
});
