/**
 * The action log, say/do gaps and manifesto coverage on real PostgreSQL: the append-only
 * trigger, concurrent appends, tamper detection by verify, the gap SQL against the domain
 * rule, and coverage counts to the exact number.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { sayDoGapOf, type CommitmentStatus } from '@lantern/domain';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { createQueuePrefix } from '../../../test/support/test-redis';
import { PlatformModule } from '../../app/platform.module';
import type { OrgActor } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { AppConfig } from '../../platform/config';
import { ConflictError } from '../../platform/graphql/app-errors';
import { CoverageModule } from '../manifesto-coverage/coverage.module';
import { CoverageService } from '../manifesto-coverage/coverage.service';
import { contentOf, hashActionEntry } from './action-chain';
import { ActionLogService } from './action-log.service';
import { CommitmentsModule } from './commitments.module';
import { CommitmentsService } from './commitments.service';

const NOW = new Date('2025-11-20T12:00:00Z'); // today in Europe/London: 2025-11-20

describe('action log, gaps and coverage (PostgreSQL)', () => {
  let database: TestDatabase;
  let db: Client;
  let app: INestApplicationContext;
  let actions: ActionLogService;
  let commitments: CommitmentsService;
  let coverage: CoverageService;
  let queue: ReturnType<typeof createQueuePrefix>;
  let elements: Record<string, string>;

  async function museum(name: string): Promise<OrgActor> {
    const org = await db.query<{ id: string }>(
      `INSERT INTO organisations (name, slug) VALUES ($1, $2) RETURNING id`,
      [
        name,
        `${name.toLowerCase().replace(/\W+/g, '-')}-${Math.random().toString(36).slice(2, 8)}`,
      ],
    );
    const user = await db.query<{ id: string }>(
      `INSERT INTO users (email, name, password_hash) VALUES ($1, 'Hana Head', 'x') RETURNING id`,
      [`head-${org.rows[0]!.id}@museum.example`],
    );
    return {
      userId: user.rows[0]!.id,
      userName: 'Hana Head',
      sessionId: '00000000-0000-4000-8000-000000000002',
      organisationId: org.rows[0]!.id,
      role: 'HEAD_OF_LEARNING',
      permissions: ['drafts.read'],
      requestId: null,
    };
  }

  const commitment = (actor: OrgActor, code: string, extra: Record<string, unknown> = {}) =>
    commitments.create(actor, {
      frameworkElementId: elements[code],
      title: `Commitment under ${code}`,
      status: 'ACTIVE',
      ...extra,
    });

  const append = (actor: OrgActor, commitmentId: string, occurredOn: string, what = 'Did it') =>
    actions.append(actor, { commitmentId, occurredOn, whatWasDone: what });

  beforeAll(async () => {
    database = await createTestDatabase();
    queue = createQueuePrefix();
    db = new Client({ connectionString: database.url });
    await db.connect();
    const rows = await db.query<{ code: string; id: string }>(
      `SELECT e.code, e.id FROM framework_elements e JOIN frameworks f ON f.id = e.framework_id
        WHERE f.code = 'MA_LE_2020' AND f.organisation_id IS NULL`,
    );
    elements = Object.fromEntries(rows.rows.map((row) => [row.code, row.id]));
    const config = AppConfig.forTest({
      DATABASE_URL: database.url,
      REDIS_URL: inject('redisUrl'),
      QUEUE_PREFIX: queue.prefix,
    });
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forRoot(config, 'api'), CommitmentsModule, CoverageModule],
    })
      .overrideProvider(Clock)
      .useValue({ now: () => new Date(NOW) })
      .compile();
    app = await moduleRef.init();
    actions = app.get(ActionLogService);
    commitments = app.get(CommitmentsService);
    coverage = app.get(CoverageService);
  });

  afterAll(async () => {
    await app?.close();
    await db?.end();
    await queue?.cleanup();
    await database?.drop();
  });

  describe('append-only', () => {
    let actor: OrgActor;
    beforeEach(async () => {
      actor = await museum('Trigger Museum');
    });

    it('refuses UPDATE and DELETE in the database itself', async () => {
      const c = await commitment(actor, 'MA_LE.1');
      const entry = await append(actor, c.id, '2025-11-01');
      await expect(
        db.query(`UPDATE action_log_entries SET what_was_done = 'Rewritten' WHERE id = $1`, [
          entry.id,
        ]),
      ).rejects.toThrow(/append-only/);
      await expect(
        db.query(`DELETE FROM action_log_entries WHERE id = $1`, [entry.id]),
      ).rejects.toThrow(/append-only/);
      const { rows } = await db.query(
        `SELECT what_was_done FROM action_log_entries WHERE id = $1`,
        [entry.id],
      );
      expect(rows).toEqual([{ what_was_done: 'Did it' }]);
    });

    it('lets the whole organisation be deleted, entries and all', async () => {
      const c = await commitment(actor, 'MA_LE.2');
      await append(actor, c.id, '2025-11-01');
      await db.query(`DELETE FROM organisations WHERE id = $1`, [actor.organisationId]);
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM action_log_entries WHERE organisation_id = $1`,
        [actor.organisationId],
      );
      expect(rows[0].n).toBe(0);
    });

    it('refuses to delete a commitment with actions, suggesting Dropped', async () => {
      const c = await commitment(actor, 'MA_LE.3');
      await append(actor, c.id, '2025-11-01');
      await expect(commitments.remove(actor, c.id)).rejects.toThrow(ConflictError);
      await expect(commitments.remove(actor, c.id)).rejects.toThrow(/Dropped/);
    });
  });

  describe('the chain', () => {
    it('does not fork under concurrent appends: one gapless sequence that verifies', async () => {
      const actor = await museum('Busy Museum');
      const c = await commitment(actor, 'MA_LE.4');
      await Promise.all(
        Array.from({ length: 16 }, (_, i) => append(actor, c.id, '2025-11-02', `Action ${i}`)),
      );
      const { rows } = await db.query<{ sequence: number; prev_hash: string; hash: string }>(
        `SELECT sequence, prev_hash, hash FROM action_log_entries WHERE organisation_id = $1 ORDER BY sequence`,
        [actor.organisationId],
      );
      expect(rows.map((row) => row.sequence)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
      rows.slice(1).forEach((row, i) => expect(row.prev_hash).toBe(rows[i]!.hash));
      expect(new Set(rows.map((row) => row.prev_hash)).size).toBe(16);
      await expect(actions.verify(actor)).resolves.toMatchObject({
        ok: true,
        checkedCount: 16,
        firstBreak: null,
      });
    });

    it('keeps one chain per museum', async () => {
      const a = await museum('Chain A');
      const b = await museum('Chain B');
      const ca = await commitment(a, 'MA_LE.5');
      const cb = await commitment(b, 'MA_LE.5');
      await append(a, ca.id, '2025-11-01');
      const first = await append(b, cb.id, '2025-11-01');
      expect(first.sequence).toBe(1);
      expect((await actions.verify(b)).checkedCount).toBe(1);
    });

    it('records a correction as a new entry and refuses a second correction of the same entry', async () => {
      const actor = await museum('Correcting Museum');
      const c = await commitment(actor, 'MA_LE.6');
      const original = await append(actor, c.id, '2025-11-01', 'Met 3 schools');
      const correction = await actions.amend(actor, {
        amendsId: original.id,
        occurredOn: '2025-11-01',
        whatWasDone: 'Met 4 schools',
      });
      expect(correction).toMatchObject({ sequence: 2, amendsId: original.id, commitmentId: c.id });
      await expect(
        actions.amend(actor, { amendsId: original.id, occurredOn: '2025-11-01', whatWasDone: 'x' }),
      ).rejects.toThrow(/already been corrected/);
      const [facts] = await commitments.facts(actor, [c.id]);
      expect(facts?.actionCount).toBe(1);
      expect((await actions.verify(actor)).ok).toBe(true);
    });

    describe('tamper detection', () => {
      let actor: OrgActor;
      let ids: string[];

      /** Changes rows behind the trigger's back, as a superuser could. */
      async function tamper(sql: string, params: unknown[]) {
        await db.query(
          'ALTER TABLE action_log_entries DISABLE TRIGGER action_log_entries_append_only',
        );
        try {
          await db.query(sql, params);
        } finally {
          await db.query(
            'ALTER TABLE action_log_entries ENABLE TRIGGER action_log_entries_append_only',
          );
        }
      }

      beforeEach(async () => {
        actor = await museum('Tampered Museum');
        const c = await commitment(actor, 'MA_LE.7');
        ids = [];
        for (let i = 1; i <= 5; i += 1)
          ids.push((await append(actor, c.id, `2025-10-0${i}`, `Step ${i}`)).id);
        expect((await actions.verify(actor)).ok).toBe(true);
      });

      it('names an entry whose text was changed', async () => {
        await tamper(
          `UPDATE action_log_entries SET what_was_done = 'Step 3 (better story)' WHERE id = $1`,
          [ids[2]],
        );
        expect(await actions.verify(actor)).toMatchObject({
          ok: false,
          checkedCount: 3,
          firstBreak: { sequence: 3, entryId: ids[2], reason: 'CONTENT_CHANGED' },
        });
      });

      it('names the entry after one rewritten with a recomputed hash', async () => {
        const { rows } = await db.query(`SELECT * FROM action_log_entries WHERE id = $1`, [ids[1]]);
        const row = rows[0];
        const forged = {
          organisationId: row.organisation_id,
          sequence: row.sequence,
          commitmentId: row.commitment_id,
          occurredOn: '2025-10-02',
          whatWasDone: 'Forged',
          withWhom: row.with_whom,
          evidenceIds: row.evidence_ids,
          observedEffect: row.observed_effect,
          nextStep: row.next_step,
          amendsId: row.amends_id,
          authorUserId: row.author_user_id,
          authorName: row.author_name,
          recordedAt: row.recorded_at,
          prevHash: row.prev_hash,
        };
        await tamper(
          `UPDATE action_log_entries SET what_was_done = 'Forged', hash = $2 WHERE id = $1`,
          [ids[1], hashActionEntry(contentOf(forged))],
        );
        expect((await actions.verify(actor)).firstBreak).toMatchObject({
          sequence: 3,
          entryId: ids[2],
          reason: 'CHAIN_BROKEN',
        });
      });

      it('names the entry after a deleted one', async () => {
        await tamper(`DELETE FROM action_log_entries WHERE id = $1`, [ids[3]]);
        expect((await actions.verify(actor)).firstBreak).toMatchObject({
          sequence: 5,
          entryId: ids[4],
          reason: 'SEQUENCE_GAP',
        });
      });
    });
  });

  describe('say/do gaps', () => {
    it('applies the same rule in SQL as libs/domain, case by case', async () => {
      const actor = await museum('Gap Museum');
      const cases: Array<{
        status: CommitmentStatus;
        createdOn: string;
        actions: string[];
        reviewDate: string | null;
        window: number;
      }> = [
        {
          status: 'ACTIVE',
          createdOn: '2025-01-10',
          actions: ['2025-10-01'],
          reviewDate: null,
          window: 90,
        },
        {
          status: 'ACTIVE',
          createdOn: '2025-01-10',
          actions: ['2025-08-22'],
          reviewDate: null,
          window: 90,
        },
        {
          status: 'ACTIVE',
          createdOn: '2025-01-10',
          actions: ['2025-08-21'],
          reviewDate: null,
          window: 90,
        },
        { status: 'PLANNED', createdOn: '2025-01-10', actions: [], reviewDate: null, window: 90 },
        { status: 'AT_RISK', createdOn: '2025-10-30', actions: [], reviewDate: null, window: 90 },
        {
          status: 'ACTIVE',
          createdOn: '2025-01-10',
          actions: ['2025-10-01'],
          reviewDate: '2025-11-01',
          window: 90,
        },
        {
          status: 'ACTIVE',
          createdOn: '2025-01-10',
          actions: ['2025-11-05'],
          reviewDate: '2025-11-01',
          window: 90,
        },
        {
          status: 'ACTIVE',
          createdOn: '2025-01-10',
          actions: ['2025-10-01'],
          reviewDate: null,
          window: 30,
        },
        {
          status: 'ACHIEVED',
          createdOn: '2025-01-10',
          actions: [],
          reviewDate: '2025-02-01',
          window: 90,
        },
        { status: 'DROPPED', createdOn: '2025-01-10', actions: [], reviewDate: null, window: 90 },
      ];
      const made: string[] = [];
      for (const [i, entry] of cases.entries()) {
        const c = await commitment(actor, 'MA_LE.8', {
          title: `Case ${i}`,
          status: entry.status,
          reviewDate: entry.reviewDate,
          reviewWindowDays: entry.window,
        });
        await db.query(
          `UPDATE commitments SET created_at = $2::date + time '12:00' WHERE id = $1`,
          [c.id, entry.createdOn],
        );
        for (const on of entry.actions) await append(actor, c.id, on);
        made.push(c.id);
      }
      const facts = new Map((await commitments.facts(actor, made)).map((f) => [f.commitmentId, f]));
      const expected = cases.map(
        (entry) =>
          sayDoGapOf(
            {
              status: entry.status,
              createdOn: entry.createdOn,
              lastActionOn: entry.actions.at(-1) ?? null,
              reviewDate: entry.reviewDate,
              reviewWindowDays: entry.window,
            },
            '2025-11-20',
          )?.reason ?? null,
      );
      expect(made.map((id) => facts.get(id)?.gapReason ?? null)).toEqual(expected);
      expect(expected).toEqual([
        null,
        null,
        'NO_RECENT_ACTION',
        'NO_RECENT_ACTION',
        null,
        'REVIEW_OVERDUE',
        null,
        'NO_RECENT_ACTION',
        null,
        null,
      ]);
      const gaps = await commitments.facts(actor, null, true);
      expect(gaps.map((g) => g.commitmentId).sort()).toEqual(
        made.filter((_, i) => expected[i] !== null).sort(),
      );
    });
  });

  describe('manifesto coverage', () => {
    it('counts each principle exactly for a financial year', async () => {
      const actor = await museum('Coverage Museum');
      const org = actor.organisationId;
      const e1 = elements['MA_LE.1']!;
      const e2 = elements['MA_LE.2']!;
      // Commitments: two active/at risk under .1, one planned under .1, one active under .2.
      const c1 = await commitment(actor, 'MA_LE.1', { status: 'ACTIVE' });
      await commitment(actor, 'MA_LE.1', { status: 'AT_RISK', title: 'Second' });
      await commitment(actor, 'MA_LE.1', { status: 'PLANNED', title: 'Third' });
      const c2 = await commitment(actor, 'MA_LE.2', { status: 'ACTIVE' });
      // Made in April 2025 (the clock says November 2025); one more after FY2025 ends.
      await db.query(
        `UPDATE commitments SET created_at = '2025-04-10T12:00:00Z' WHERE organisation_id = $1`,
        [org],
      );
      const later = await commitment(actor, 'MA_LE.2', { status: 'ACTIVE', title: 'Later' });
      await db.query(`UPDATE commitments SET created_at = '2026-04-02T12:00:00Z' WHERE id = $1`, [
        later.id,
      ]);
      // FY2025 = 2025-04-01..2026-03-31; today 2025-11-20, so actions count 2025-08-23..2025-11-20.
      await append(actor, c1.id, '2025-08-22'); // just outside
      await append(actor, c1.id, '2025-08-23'); // inside
      const corrected = await append(actor, c1.id, '2025-11-01'); // corrected: counts once
      await actions.amend(actor, {
        amendsId: corrected.id,
        occurredOn: '2025-11-02',
        whatWasDone: 'Fixed',
      });
      await append(actor, c2.id, '2025-11-20');
      const programme = await db.query<{ id: string }>(
        `INSERT INTO programmes (organisation_id, name, strand, start_date, end_date)
         VALUES ($1, 'Schools', 'SCHOOLS', '2025-01-01', NULL),
                ($1, 'Old', 'SCHOOLS', '2023-01-01', '2024-12-31') RETURNING id`,
        [org],
      );
      const [current, old] = programme.rows.map((row) => row.id);
      await db.query(
        `INSERT INTO programme_framework_elements (programme_id, element_id, organisation_id)
         VALUES ($2, $3, $1), ($4, $3, $1), ($2, $5, $1)`,
        [org, current, e1, old, e2],
      );
      const sessions = await db.query<{ id: string }>(
        `INSERT INTO sessions (organisation_id, programme_id, date, format, delivery_mode, status)
         VALUES ($1, $2, '2025-05-01', 'TALK', 'ONSITE', 'DELIVERED'),
                ($1, $2, '2025-06-01', 'TALK', 'ONSITE', 'DELIVERED'),
                ($1, $2, '2025-07-01', 'TALK', 'ONSITE', 'PLANNED'),
                ($1, $2, '2025-03-31', 'TALK', 'ONSITE', 'DELIVERED') RETURNING id`,
        [org, current],
      );
      await db.query(
        `INSERT INTO session_framework_elements (session_id, element_id, organisation_id)
         SELECT id, $2, $1 FROM unnest($3::uuid[]) AS id`,
        [org, e1, sessions.rows.map((row) => row.id)],
      );
      const evidence = await db.query<{ id: string }>(
        `INSERT INTO evidence_items (organisation_id, kind, title, body, occurred_on, consent_status, publishable)
         VALUES ($1, 'QUOTE', 'a', 'x', '2025-06-01', 'OBTAINED', true),
                ($1, 'QUOTE', 'b', 'x', '2025-07-01', 'NOT_OBTAINED', false),
                ($1, 'QUOTE', 'c', 'x', '2024-07-01', 'NOT_NEEDED', true) RETURNING id`,
        [org],
      );
      await db.query(
        `INSERT INTO evidence_framework_elements (evidence_id, element_id, organisation_id)
         SELECT id, $2, $1 FROM unnest($3::uuid[]) AS id`,
        [org, e2, evidence.rows.map((row) => row.id)],
      );

      const result = await coverage.manifestoCoverage(actor, { key: 'FY2025' });
      expect(result.actionsFrom).toBe('2025-08-23');
      expect(result.actionsUntil).toBe('2025-11-20');
      expect(result.principles).toHaveLength(8);
      const row = (code: string) => {
        const found = result.principles.find((p) => p.element.code === code)!;
        return {
          activeCommitments: found.activeCommitments,
          actionsLast90Days: found.actionsLast90Days,
          programmesTagged: found.programmesTagged,
          sessionsTagged: found.sessionsTagged,
          evidenceItems: found.evidenceItems,
          indicatorsWithResults: found.indicatorsWithResults,
        };
      };
      expect(row('MA_LE.1')).toEqual({
        activeCommitments: 2,
        actionsLast90Days: 2,
        programmesTagged: 1,
        sessionsTagged: 2,
        evidenceItems: 0,
        indicatorsWithResults: 0,
      });
      expect(row('MA_LE.2')).toEqual({
        activeCommitments: 1,
        actionsLast90Days: 1,
        programmesTagged: 1,
        sessionsTagged: 0,
        evidenceItems: 2,
        indicatorsWithResults: 0,
      });
      expect(row('MA_LE.3').activeCommitments).toBe(0);

      // A trustee (no drafts.read) counts only publishable evidence.
      const trustee = { ...actor, role: 'TRUSTEE' as const, permissions: [] };
      const forTrustee = await coverage.manifestoCoverage(trustee, { key: 'FY2025' });
      expect(forTrustee.principles.find((p) => p.element.code === 'MA_LE.2')?.evidenceItems).toBe(
        1,
      );

      // A past period counts actions in the 90 days to its end.
      const q1 = await coverage.manifestoCoverage(actor, { key: 'FQ2025-2' }); // Jul-Sep 2025
      expect(q1.actionsUntil).toBe('2025-09-30');
      expect(q1.principles.find((p) => p.element.code === 'MA_LE.1')?.actionsLast90Days).toBe(2);
    });

    it('names the field when the period is not one', async () => {
      const actor = await museum('Bad Period Museum');
      await expect(coverage.manifestoCoverage(actor, { key: 'FY20x5' })).rejects.toThrow(
        /period\.key/,
      );
    });
  });
});
