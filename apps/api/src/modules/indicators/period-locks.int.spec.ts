/**
 * Period locks on real PostgreSQL: which dates are refused, and that a lock being taken waits
 * for writes under the museum's periods already in flight (and they for it).
 */
import type { DataSource, QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { createDataSource } from '../../platform/database/data-source';
import { PeriodLockedError, PeriodLocksService } from './period-locks.service';

describe('period locks', () => {
  let database: TestDatabase;
  let ds: DataSource;
  let org: string;
  const locks = new PeriodLocksService();

  beforeAll(async () => {
    database = await createTestDatabase();
    ds = createDataSource(database.url, 4);
    await ds.initialize();
    const [row] = (await ds.query(
      `INSERT INTO organisations (name, slug) VALUES ('Locks', 'locks') RETURNING id`,
    )) as Array<{ id: string }>;
    org = row!.id;
    await ds.query(
      `INSERT INTO period_locks (organisation_id, period_type, period_key, period_label, period_start, period_end, locked_at)
       VALUES ($1, 'FINANCIAL_QUARTER', 'FQ2025-1', 'Q1 2025/26', '2025-04-01', '2025-06-30', now())`,
      [org],
    );
  });

  afterAll(async () => {
    await ds?.destroy();
    await database?.drop();
  });

  it('refuses dates inside a locked period, naming it and the field', async () => {
    await ds.transaction(async (em) => {
      await expect(locks.assertOpen(em, org, ['2025-07-01', null])).resolves.toBeUndefined();
      const refused = await locks
        .assertOpen(em, org, ['2025-03-31', '2025-06-30'], ['input', 'date'])
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(PeriodLockedError);
      expect((refused as PeriodLockedError).extensions).toMatchObject({
        periodKey: 'FQ2025-1',
        fieldErrors: [{ path: ['input', 'date'] }],
      });
      expect((refused as Error).message).toMatch(/^Q1 2025\/26 is locked: /);
    });
  });

  it('makes a lock wait for a write already in flight, so nothing slips in', async () => {
    const writer: QueryRunner = ds.createQueryRunner();
    const locker: QueryRunner = ds.createQueryRunner();
    await writer.startTransaction();
    await locker.startTransaction();
    try {
      await locks.assertOpen(writer.manager, org, ['2025-08-01']);
      let locked = false;
      const locking = locks.holdExclusive(locker.manager, org).then(() => {
        locked = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(locked).toBe(false);
      await writer.commitTransaction();
      await locking;
      expect(locked).toBe(true);
    } finally {
      if (writer.isTransactionActive) await writer.rollbackTransaction();
      await locker.rollbackTransaction();
      await writer.release();
      await locker.release();
    }
  });
});
