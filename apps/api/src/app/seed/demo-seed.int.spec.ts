import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { createDataSource } from '../../platform/database/data-source';
import { DEMO_ORGANISATION_SLUG, seedDemo } from './demo-seed';

describe('demo seed', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('creates the demo museum once, however often it runs', async () => {
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
        { name: 'Riverside Museum (demo)', nation: 'ENGLAND', financial_year_start_month: 4, small_cell_threshold: 5 },
      ]);
    } finally {
      await dataSource.destroy();
    }
  });
});
