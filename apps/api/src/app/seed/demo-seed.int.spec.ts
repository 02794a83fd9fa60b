import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { PasswordHasher } from '../../platform/auth/password-hasher';
import { createDataSource } from '../../platform/database/data-source';
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
});
