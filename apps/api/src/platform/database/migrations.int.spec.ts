import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { createDataSource } from './data-source';
import {
  assertNoPendingMigrations,
  pendingMigrationNames,
  PendingMigrationsError,
} from './migration-guard';
import { MIGRATIONS } from './migrations';

describe('migrations', () => {
  let migrated: TestDatabase;
  let empty: TestDatabase;

  beforeAll(async () => {
    migrated = await createTestDatabase();
    empty = await createTestDatabase({ migrated: false });
  });
  afterAll(async () => {
    await migrated?.drop();
    await empty?.drop();
  });

  it('leave no drift between the entities and the migrated schema', async () => {
    const dataSource = createDataSource(migrated.url, 1);
    await dataSource.initialize();
    try {
      const sql = await dataSource.driver.createSchemaBuilder().log();
      expect(sql.upQueries.map((query) => query.query)).toEqual([]);
      await expect(assertNoPendingMigrations(dataSource)).resolves.toBeUndefined();
    } finally {
      await dataSource.destroy();
    }
  });

  it('are reported as pending on a database that has not run them, which refuses to boot', async () => {
    const dataSource = createDataSource(empty.url, 1);
    await dataSource.initialize();
    try {
      expect(await pendingMigrationNames(dataSource)).toEqual(MIGRATIONS.map((m) => m.name));
      await expect(assertNoPendingMigrations(dataSource)).rejects.toThrow(PendingMigrationsError);
      await expect(assertNoPendingMigrations(dataSource)).rejects.toThrow(
        /run "npm run migrate" first/,
      );

      await dataSource.runMigrations({ transaction: 'each' });
      expect(await pendingMigrationNames(dataSource)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('can be reverted and applied again', async () => {
    const dataSource = createDataSource(empty.url, 1);
    await dataSource.initialize();
    try {
      for (let i = 0; i < MIGRATIONS.length; i += 1)
        await dataSource.undoLastMigration({ transaction: 'each' });
      const tables = (await dataSource.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
      )) as unknown[];
      expect(tables).toEqual([]);
      await dataSource.runMigrations({ transaction: 'each' });
      expect(await pendingMigrationNames(dataSource)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
