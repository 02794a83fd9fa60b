import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { PasswordHasher } from '../../platform/auth/password-hasher';
import { createDataSource } from '../../platform/database/data-source';
import { seedDemoActivity } from './demo-activity';
import { seedDemoImpact } from './demo-impact';
import { DEMO_ORGANISATION_SLUG, DEMO_PASSWORD, seedDemo } from './demo-seed';

describe('demo seed', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('creates the demo museum, its sites and one person per role once, however often it runs', async () => {
    const dataSource = createDataSource(database.url, 2);
    await dataSource.initialize();
    try {
      const first = await seedDemo(dataSource);
      const second = await seedDemo(dataSource);
      expect(first.organisation.created).toBe(true);
      expect(second.organisation).toEqual({ ...first.organisation, created: false });
      const rows = (await dataSource.query(
        `SELECT name, nation, financial_year_start_month, small_cell_threshold FROM organisations WHERE slug = $1`,
        [DEMO_ORGANISATION_SLUG],
      )) as unknown[];
      expect(rows).toEqual([
        {
          name: 'Riverside Museum (demo)',
          nation: 'ENGLAND',
          financial_year_start_month: 4,
          small_cell_threshold: 5,
        },
      ]);
      const roles = (await dataSource.query(
        `SELECT m.role, u.email, u.password_hash FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE m.organisation_id = $1 ORDER BY m.role`,
        [first.organisation.id],
      )) as Array<{ role: string; email: string; password_hash: string }>;
      expect(roles.map((r) => r.role)).toEqual([
        'ADMIN',
        'HEAD_OF_LEARNING',
        'LEARNING_OFFICER',
        'TRUSTEE',
      ]);
      expect(await new PasswordHasher().verify(roles[0]!.password_hash, DEMO_PASSWORD)).toBe(true);
      const sites = (await dataSource.query(
        `SELECT count(*)::int AS n FROM sites WHERE organisation_id = $1`,
        [first.organisation.id],
      )) as Array<{ n: number }>;
      expect(sites[0]?.n).toBe(3);
    } finally {
      await dataSource.destroy();
    }
  });

  it('adds two years of programmes, partners and sessions once, consistent with their attendance', async () => {
    const dataSource = createDataSource(database.url, 2);
    await dataSource.initialize();
    try {
      const today = new Date('2026-11-24T09:00:00Z');
      const first = await seedDemo(dataSource, new PasswordHasher(), today);
      const orgId = first.organisation.id;
      // The first test already seeded this database: the activity is there once, not twice.
      expect(first.activity).toBeNull();
      const [counts] = (await dataSource.query(
        `SELECT (SELECT count(*)::int FROM programmes WHERE organisation_id = $1) AS programmes,
                (SELECT count(*)::int FROM partners WHERE organisation_id = $1) AS partners,
                (SELECT count(*)::int FROM sessions WHERE organisation_id = $1) AS sessions,
                (SELECT min(date)::text FROM sessions WHERE organisation_id = $1) AS first_date,
                (SELECT count(*)::int FROM sessions WHERE organisation_id = $1 AND status = 'DELIVERED'
                   AND attendance_total <> (SELECT coalesce(sum(count), 0) FROM session_attendance a
                                             WHERE a.session_id = sessions.id)) AS wrong_totals,
                (SELECT count(*)::int FROM sessions WHERE organisation_id = $1 AND status <> 'DELIVERED'
                   AND EXISTS (SELECT 1 FROM session_attendance a WHERE a.session_id = sessions.id)) AS undelivered_with_attendance,
                (SELECT count(*)::int FROM sessions s JOIN session_partners sp ON sp.session_id = s.id
                   JOIN partners p ON p.id = sp.partner_id
                  WHERE s.organisation_id = $1 AND s.outreach_postcode IS NULL
                    AND s.deprivation_decile IS DISTINCT FROM p.deprivation_decile) AS decile_mismatches`,
        [orgId],
      )) as Array<Record<string, number | string>>;
      expect(counts).toMatchObject({
        programmes: 9,
        partners: 17,
        wrong_totals: 0,
        undelivered_with_attendance: 0,
        decile_mismatches: 0,
      });
      expect(Number(counts!['sessions'])).toBeGreaterThan(500);
    } finally {
      await dataSource.destroy();
    }
  });

  it('dates the activity from the day it is seeded: two years back, delivered only in the past', async () => {
    const dataSource = createDataSource(database.url, 2);
    await dataSource.initialize();
    try {
      const orgId = randomUUID();
      await dataSource.query(
        `INSERT INTO organisations (id, name, slug) VALUES ($1, 'Seed check', 'seed-check')`,
        [orgId],
      );
      const today = new Date('2026-11-24T09:00:00Z');
      const activity = await dataSource.transaction((em) => seedDemoActivity(em, orgId, [], today));
      expect(activity?.programmes).toBe(9);
      const [range] = (await dataSource.query(
        `SELECT min(date)::text AS first, max(date) FILTER (WHERE status = 'DELIVERED')::text AS last_delivered,
                count(*) FILTER (WHERE status = 'PLANNED' AND date < '2026-11-24')::int AS planned_in_past,
                count(DISTINCT programme_id)::int AS programmes_with_sessions
           FROM sessions WHERE organisation_id = $1`,
        [orgId],
      )) as Array<Record<string, string | number>>;
      expect(String(range!['first']) >= '2024-11-24').toBe(true);
      expect(String(range!['last_delivered']) < '2026-11-24').toBe(true);
      expect(range).toMatchObject({ planned_in_past: 0, programmes_with_sessions: 9 });
      expect(
        await dataSource.transaction((em) => seedDemoActivity(em, orgId, [], today)),
      ).toBeNull();
    } finally {
      await dataSource.destroy();
    }
  });
  it('adds indicators, targets, approved results and a locked quarter once, matching the sessions', async () => {
    const dataSource = createDataSource(database.url, 2);
    await dataSource.initialize();
    try {
      const today = new Date('2026-11-24T09:00:00Z');
      const first = await seedDemo(dataSource, new PasswordHasher(), today);
      const orgId = first.organisation.id;
      // Already seeded by the tests above: nothing is added twice.
      expect(await dataSource.transaction((em) => seedDemoImpact(em, orgId, today))).toBeNull();
      const [counts] = (await dataSource.query(
        `SELECT (SELECT count(*)::int FROM indicators WHERE organisation_id = $1 AND source = 'BUILT_IN') AS built_in,
                (SELECT array_agg(source::text || ':' || code ORDER BY code) FROM indicators
                  WHERE organisation_id = $1 AND source <> 'BUILT_IN') AS custom,
                (SELECT array_agg(DISTINCT period_key ORDER BY period_key) FROM indicator_targets WHERE organisation_id = $1) AS target_periods,
                (SELECT count(*)::int FROM indicator_targets WHERE organisation_id = $1 AND scope_kind = 'PROGRAMME') AS programme_targets,
                (SELECT array_agg(DISTINCT period_key || ':' || status ORDER BY period_key || ':' || status) FROM indicator_results WHERE organisation_id = $1) AS results,
                (SELECT array_agg(period_key) FROM period_locks WHERE organisation_id = $1) AS locks,
                (SELECT survey_statistic || ':' || survey_item_code FROM indicators WHERE organisation_id = $1 AND source = 'SURVEY') AS survey`,
        [orgId],
      )) as Array<Record<string, unknown>>;
      expect(counts).toEqual({
        built_in: 11,
        custom: [
          'SURVEY:KNOWLEDGE_CHANGE',
          'MANUAL:TEACHER_CONFIDENCE',
          'MILESTONE:YOUTH_PANEL_DISPLAY',
        ],
        target_periods: ['FY2025', 'FY2026'],
        programme_targets: 1,
        results: ['FQ2025-1:LOCKED', 'FQ2025-2:APPROVED', 'FQ2025-3:APPROVED', 'FQ2025-4:APPROVED'],
        locks: ['FQ2025-1'],
        survey: 'PRE_POST_CHANGE:LO_KNOWLEDGE',
      });
      // The recorded quarter figures are the sessions' own.
      const [check] = (await dataSource.query(
        `SELECT r.value::int AS recorded,
                (SELECT coalesce(sum(a.count), 0)::int FROM sessions s JOIN session_attendance a ON a.session_id = s.id
                  WHERE s.organisation_id = $1 AND s.status = 'DELIVERED' AND s.date BETWEEN r.period_start AND r.period_end) AS actual
           FROM indicator_results r JOIN indicators i ON i.id = r.indicator_id
          WHERE r.organisation_id = $1 AND i.code = 'ATTENDANCES' AND r.period_key = 'FQ2025-2'`,
        [orgId],
      )) as Array<{ recorded: number; actual: number }>;
      expect(check!.recorded).toBe(check!.actual);
      expect(check!.actual).toBeGreaterThan(0);
    } finally {
      await dataSource.destroy();
    }
  });
});
