import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sayDoGapOf } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { ChainVerifier, type StoredActionEntry } from '../../modules/commitments/action-chain';
import { createDataSource } from '../../platform/database/data-source';
import { LocalDiskStorage } from '../../platform/storage/local-disk.storage';
import { DEMO_ORGANISATION_SLUG, seedDemo } from './demo-seed';

describe('demo seed: proof of action', () => {
  let database: TestDatabase;
  let storageDir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    storageDir = await mkdtemp(join(tmpdir(), 'lantern-demo-proof-'));
  });
  afterAll(async () => {
    await database?.drop();
    await rm(storageDir, { recursive: true, force: true });
  });

  it('adds evidence with pictures, commitments and a valid chain of actions, once', async () => {
    const dataSource = createDataSource(database.url, 2);
    await dataSource.initialize();
    const storage = new LocalDiskStorage(storageDir);
    const today = new Date('2026-11-24T10:00:00Z');
    try {
      await seedDemo(dataSource, undefined, today, storage);
      await seedDemo(dataSource, undefined, today, storage);
      const [org] = (await dataSource.query('SELECT id FROM organisations WHERE slug = $1', [
        DEMO_ORGANISATION_SLUG,
      ])) as Array<{ id: string }>;
      const [counts] = (await dataSource.query(
        `SELECT (SELECT count(*)::int FROM evidence_items WHERE organisation_id = $1) AS evidence,
                (SELECT count(*)::int FROM evidence_items WHERE organisation_id = $1 AND file_storage_key IS NOT NULL) AS images,
                (SELECT count(*)::int FROM evidence_items WHERE organisation_id = $1 AND NOT publishable) AS drafts,
                (SELECT count(*)::int FROM commitments WHERE organisation_id = $1) AS commitments,
                (SELECT count(*)::int FROM action_log_entries WHERE organisation_id = $1) AS actions,
                (SELECT count(*)::int FROM action_log_entries WHERE organisation_id = $1 AND amends_id IS NOT NULL) AS corrections`,
        [org!.id],
      )) as Array<Record<string, number>>;
      expect(counts).toEqual({
        evidence: 12,
        images: 3,
        drafts: 2,
        commitments: 6,
        actions: 20,
        corrections: 1,
      });
      const keys = (await dataSource.query(
        'SELECT file_storage_key FROM evidence_items WHERE organisation_id = $1 AND file_storage_key IS NOT NULL',
        [org!.id],
      )) as Array<{ file_storage_key: string }>;
      for (const { file_storage_key } of keys) {
        const chunks: Buffer[] = [];
        for await (const chunk of await storage.get(file_storage_key)) chunks.push(chunk as Buffer);
        expect(Buffer.concat(chunks).subarray(1, 4).toString('ascii')).toBe('PNG');
      }

      const entries = (await dataSource.query(
        `SELECT id, organisation_id AS "organisationId", sequence, commitment_id AS "commitmentId",
                occurred_on::text AS "occurredOn", what_was_done AS "whatWasDone", with_whom AS "withWhom",
                evidence_ids AS "evidenceIds", observed_effect AS "observedEffect", next_step AS "nextStep",
                amends_id AS "amendsId", author_user_id AS "authorUserId", author_name AS "authorName",
                recorded_at AS "recordedAt", prev_hash AS "prevHash", hash
           FROM action_log_entries WHERE organisation_id = $1 ORDER BY sequence`,
        [org!.id],
      )) as StoredActionEntry[];
      const verifier = new ChainVerifier();
      entries.forEach((entry) => verifier.check(entry));
      expect(verifier.firstBreak).toBeNull();
      expect(verifier.checked).toBe(20);

      // Exactly one open commitment has a say/do gap today.
      const commitments = (await dataSource.query(
        `SELECT c.status, (c.created_at AT TIME ZONE 'Europe/London')::date::text AS created_on,
                c.review_date::text AS review_date, c.review_window_days,
                (SELECT max(occurred_on)::text FROM action_log_entries a WHERE a.commitment_id = c.id) AS last
           FROM commitments c WHERE c.organisation_id = $1`,
        [org!.id],
      )) as Array<{
        status: 'ACTIVE';
        created_on: string;
        review_date: string | null;
        review_window_days: number;
        last: string | null;
      }>;
      const gaps = commitments.filter((c) =>
        sayDoGapOf(
          {
            status: c.status,
            createdOn: c.created_on,
            lastActionOn: c.last,
            reviewDate: c.review_date,
            reviewWindowDays: c.review_window_days,
          },
          '2026-11-24',
        ),
      );
      expect(gaps.map((g) => g.status)).toEqual(['AT_RISK']);
    } finally {
      await dataSource.destroy();
    }
  });
});
