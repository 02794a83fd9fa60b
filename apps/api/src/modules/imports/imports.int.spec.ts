/**
 * Imports through the service and the BullMQ worker, on real PostgreSQL, Redis and disk:
 * upload -> map -> validate -> commit, re-imports, broken files, retries, rollback, progress.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { getQueueToken } from '@nestjs/bullmq';
import {
  type INestApplicationContext,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { Client } from 'pg';
import { periodLockedMessage } from '@lantern/domain';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { eventually } from '../../../test/support/test-app';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { createQueuePrefix } from '../../../test/support/test-redis';
import { createWorkerApp } from '../../app/create-apps';
import { PlatformModule } from '../../app/platform.module';
import type { OrgActor } from '../../platform/auth/actor';
import { AppConfig } from '../../platform/config';
import { ConflictError, NotFoundError } from '../../platform/graphql/app-errors';
import { LocalDiskStorage } from '../../platform/storage/local-disk.storage';
import { Storage, StoredFileNotFoundError } from '../../platform/storage/storage';
import type { ActivityImportEntity } from './activity-import.entity';
import { ImportCommitRepository } from './import-commit.repository';
import { ImportJobsService } from './import-jobs.service';
import { ImportsModule } from './imports.module';
import { COMMIT_IMPORT_JOB, IMPORTS_QUEUE, ImportsProducer } from './imports.queue';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';

const FIXTURES = resolve(__dirname, '..', '..', '..', '..', '..', 'tests', 'fixtures');
const REALISTIC = join(FIXTURES, 'activity-log-2024-25.csv');
const BROKEN = join(FIXTURES, 'activity-log-with-errors.csv');

/** A realistic-looking log of `rows` sessions, each distinct, as CSV text. */
function generatedCsv(rows: number): string {
  const lines = [
    'Date,Programme,Session type,Venue,School / group,URN,Postcode,Key Stage,No. pupils,No. adults,Other participants,First visit?,Notes',
  ];
  for (let i = 0; i < rows; i += 1) {
    const day = (i % 28) + 1;
    const month = ((Math.floor(i / 28) % 12) + 1).toString().padStart(2, '0');
    lines.push(
      `${day}/${month}/2024,Schools - KS2 Romans,Workshop (onsite),Main museum,School ${i % 300},${100000 + (i % 300)},ZZ1 1AA,KS2,${20 + (i % 10)},${i % 4},,no,Session ${i}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

interface Counts {
  sessions: number;
  cells: number;
  attendances: number;
  totals: number;
  programmes: number;
  partners: number;
  sites: number;
  links: number;
}

describe('activity imports with real PostgreSQL, Redis, storage and a BullMQ worker', () => {
  let database: TestDatabase;
  let queue: ReturnType<typeof createQueuePrefix>;
  let storageDir: string;
  let config: AppConfig;
  let db: Client;
  let actor: OrgActor;
  let api: INestApplicationContext;
  let worker: INestApplicationContext;
  let service: ImportsService;

  async function upload(
    body: string | Buffer,
    filename = 'activity-log.csv',
    contentType = 'text/csv',
  ) {
    return service.upload(actor, {
      body: Readable.from([typeof body === 'string' ? Buffer.from(body) : body]),
      filename,
      contentType,
      contentLength: null,
    });
  }

  async function uploadFile(path: string) {
    return service.upload(actor, {
      body: createReadStream(path),
      filename: path.split('/').pop(),
      contentType: 'text/csv',
      contentLength: null,
    });
  }

  const settled = (id: string, statuses: string[], timeoutMs = 20_000) =>
    eventually(async () => {
      const found = await service.get(actor, id);
      return statuses.includes(found.status) ? found : undefined;
    }, timeoutMs);

  async function validated(created: ActivityImportEntity): Promise<ActivityImportEntity> {
    await service.setMapping(actor, {
      importId: created.id,
      columns: Object.entries(created.mapping).map(([column, field]) => ({ column, field })),
    });
    return settled(created.id, ['READY', 'INVALID', 'FAILED']);
  }

  async function committed(id: string): Promise<ActivityImportEntity> {
    await service.commit(actor, { importId: id });
    return settled(id, ['COMMITTED', 'FAILED']);
  }

  async function counts() {
    const { rows } = await db.query<Counts>(
      `SELECT (SELECT count(*)::int FROM sessions WHERE organisation_id = $1) AS sessions,
              (SELECT count(*)::int FROM session_attendance WHERE organisation_id = $1) AS cells,
              (SELECT COALESCE(sum(count), 0)::int FROM session_attendance WHERE organisation_id = $1) AS attendances,
              (SELECT COALESCE(sum(attendance_total), 0)::int FROM sessions WHERE organisation_id = $1) AS totals,
              (SELECT count(*)::int FROM programmes WHERE organisation_id = $1) AS programmes,
              (SELECT count(*)::int FROM partners WHERE organisation_id = $1) AS partners,
              (SELECT count(*)::int FROM sites WHERE organisation_id = $1) AS sites,
              (SELECT count(*)::int FROM session_partners WHERE organisation_id = $1) AS links`,
      [actor.organisationId],
    );
    return rows[0]!;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    queue = createQueuePrefix();
    storageDir = await mkdtemp(join(tmpdir(), 'lantern-imports-'));
    db = new Client({ connectionString: database.url });
    await db.connect();
    const org = await db.query<{ id: string }>(
      `INSERT INTO organisations (name, slug) VALUES ('Imports Museum', 'imports-museum') RETURNING id`,
    );
    const user = await db.query<{ id: string }>(
      `INSERT INTO users (email, name, password_hash) VALUES ('officer@imports.example', 'Olu Officer', 'x') RETURNING id`,
    );
    actor = {
      userId: user.rows[0]!.id,
      userName: 'Olu Officer',
      sessionId: '00000000-0000-4000-8000-000000000002',
      organisationId: org.rows[0]!.id,
      role: 'LEARNING_OFFICER',
      permissions: [],
      requestId: null,
    };
    config = AppConfig.forTest({
      DATABASE_URL: database.url,
      REDIS_URL: inject('redisUrl'),
      QUEUE_PREFIX: queue.prefix,
      STORAGE_DIR: storageDir,
    });
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forRoot(config, 'api'), ImportsModule.forApi()],
    }).compile();
    api = await moduleRef.init();
    service = api.get(ImportsService);
    worker = await createWorkerApp(config);
    await worker.init();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.end();
    await queue?.cleanup();
    await database?.drop();
    if (storageDir) await rm(storageDir, { recursive: true, force: true });
  });

  it('uploads, checks and commits the realistic fixture, then a re-import adds nothing', async () => {
    const created = await uploadFile(REALISTIC);
    expect(created).toMatchObject({
      status: 'UPLOADED',
      format: 'csv',
      filename: 'activity-log-2024-25.csv',
    });
    expect(created.byteSize).toBe(readFileSync(REALISTIC).length);
    expect(created.headers).toContain('No. pupils');
    expect(created.mapping).toMatchObject({ Date: 'date', 'No. pupils': 'pupils', Notes: 'notes' });
    expect(await new LocalDiskStorage(storageDir).exists(created.storageKey)).toBe(true);

    const ready = await validated(created);
    expect(ready).toMatchObject({ status: 'READY', errorCount: 0, totalRows: 73 });
    expect(ready.summary).toMatchObject({
      sessions: 72,
      attendances: 2054,
      attendanceCells: 108,
      duplicates: 0,
      skippedRows: 1,
      dateFrom: '2024-04-02',
    });
    expect(ready.preview).toHaveLength(20);
    expect(ready.preview[0]).toMatchObject({
      row: 2,
      date: '2024-04-02',
      pupils: 29,
      duplicate: false,
    });

    const done = await committed(created.id);
    expect(done).toMatchObject({ status: 'COMMITTED', failureMessage: null });
    expect(done.committedAt).toBeInstanceOf(Date);
    expect(done.summary).toMatchObject({ sessionsCreated: 72, attendancesCreated: 2054 });
    const after = await counts();
    expect(after).toMatchObject({ sessions: 72, cells: 108, attendances: 2054, totals: 2054 });
    expect(after.programmes).toBe((ready.summary as { newProgrammes: number }).newProgrammes);
    expect(after.partners).toBe((ready.summary as { newPartners: number }).newPartners);
    expect(after.sites).toBe((ready.summary as { newSites: number }).newSites);
    expect(after.sites).toBe(2); // Main Museum and Riverside Gallery; Outreach and Online are none

    const programmes = await db.query<{
      name: string;
      strand: string;
      status: string;
      start_date: string;
    }>(
      `SELECT name, strand, status, to_char(start_date, 'YYYY-MM-DD') AS start_date FROM programmes WHERE organisation_id = $1`,
      [actor.organisationId],
    );
    expect(programmes.rows).toEqual(
      expect.arrayContaining([
        {
          name: 'Schools - KS2 Romans',
          strand: 'SCHOOLS',
          status: 'ACTIVE',
          start_date: '2024-04-02',
        },
        expect.objectContaining({ name: 'Teacher CPD', strand: 'TEACHER_CPD' }),
        expect.objectContaining({ name: 'Family Saturdays', strand: 'FAMILIES' }),
      ]),
    );
    const audit = await db.query(
      `SELECT action, actor_user_id FROM audit_events WHERE organisation_id = $1 AND entity_id = $2 ORDER BY created_at`,
      [actor.organisationId, created.id],
    );
    expect(audit.rows).toEqual([
      { action: 'import.uploaded', actor_user_id: actor.userId },
      { action: 'import.committed', actor_user_id: actor.userId },
    ]);
    const saved = await db.query(
      `SELECT mapping FROM import_column_mappings WHERE organisation_id = $1`,
      [actor.organisationId],
    );
    expect(saved.rows[0]?.mapping).toMatchObject({ version: 1, columns: { Date: 'date' } });

    // The same file again: every session is a duplicate, and committing adds nothing.
    const again = await validated(await uploadFile(REALISTIC));
    expect(again.summary).toMatchObject({
      sessions: 72,
      duplicates: 72,
      newProgrammes: 0,
      newPartners: 0,
      newSites: 0,
    });
    expect((again.preview as Array<{ duplicate: boolean }>).every((row) => row.duplicate)).toBe(
      true,
    );
    const noop = await committed(again.id);
    expect(noop.summary).toMatchObject({
      sessionsCreated: 0,
      attendancesCreated: 0,
      duplicates: 72,
    });
    expect(await counts()).toEqual(after);
  });

  it('lists every bad row of the broken fixture, refuses to commit it and imports nothing', async () => {
    const before = await counts();
    const invalid = await validated(await uploadFile(BROKEN));
    expect(invalid.status).toBe('INVALID');
    expect(invalid.errorCount).toBe(5);
    expect(invalid.errors.map((e) => (e as { row: number }).row)).toEqual([4, 6, 8, 10, 12]);
    expect(invalid.errors.map((e) => (e as { column: string }).column)).toEqual([
      'Date',
      'No. pupils',
      'Programme',
      'No. adults',
      'Postcode',
    ]);
    await expect(service.commit(actor, { importId: invalid.id })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses rows dated in a locked period, each with its row number and date column', async () => {
    await db.query(
      `INSERT INTO period_locks (organisation_id, period_type, period_key, period_label, period_start, period_end, locked_at)
       VALUES ($1, 'FINANCIAL_QUARTER', 'FQ2024-1', 'Q1 2024/25', '2024-04-01', '2024-06-30', now())`,
      [actor.organisationId],
    );
    try {
      const before = await counts();
      const csv = [
        'Date,Programme,Session type,Venue,School / group,URN,Postcode,Key Stage,No. pupils,No. adults,Other participants,First visit?,Notes',
        '07/04/2024,Locked programme,Workshop (onsite),Main museum,School A,100001,ZZ1 1AA,KS2,20,2,,no,In Q1',
        '15/07/2024,Locked programme,Workshop (onsite),Main museum,School A,100001,ZZ1 1AA,KS2,21,2,,no,In Q2',
        '20/05/2024,Locked programme,Workshop (onsite),Main museum,School A,100001,ZZ1 1AA,KS2,22,2,,no,In Q1',
      ].join('\r\n');
      const invalid = await validated(await upload(`${csv}\r\n`));
      expect(invalid.status).toBe('INVALID');
      expect(invalid.errors).toEqual([
        expect.objectContaining({
          row: 2,
          column: 'Date',
          field: 'date',
          message: periodLockedMessage('Q1 2024/25'),
        }),
        expect.objectContaining({
          row: 4,
          column: 'Date',
          field: 'date',
          message: periodLockedMessage('Q1 2024/25'),
        }),
      ]);
      await expect(service.commit(actor, { importId: invalid.id })).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect(await counts()).toEqual(before);
    } finally {
      await db.query(`DELETE FROM period_locks WHERE organisation_id = $1`, [actor.organisationId]);
    }
  });

  it('runs each step once however often its job is enqueued or run', async () => {
    const ready = await validated(await upload(generatedCsv(50)));
    expect(ready.status).toBe('READY');
    const before = await counts();
    const done = await committed(ready.id);
    expect(done.status).toBe('COMMITTED');
    const after = await counts();
    expect(after.sessions - before.sessions).toBe(50);

    const payload = {
      organisationId: actor.organisationId,
      importId: ready.id,
      revision: done.revision,
    };
    await api.get(ImportsProducer).enqueue(COMMIT_IMPORT_JOB, payload);
    await worker.get(ImportJobsService).commit(payload);
    await worker.get(ImportJobsService).validate({ ...payload, revision: done.revision - 1 });
    expect(await service.get(actor, ready.id)).toMatchObject({
      status: 'COMMITTED',
      revision: done.revision,
    });
    expect(await counts()).toEqual(after);
    const jobs = await api
      .get<Queue>(getQueueToken(IMPORTS_QUEUE))
      .getJobCounts('waiting', 'active');
    expect(jobs).toMatchObject({ waiting: 0, active: 0 });
  });

  it('retries a commit that hit a passing failure, and commits once', async () => {
    const ready = await validated(
      await upload(generatedCsv(30).replace(/School (\d+)/g, 'Academy $1')),
    );
    const original = ImportCommitRepository.prototype.copySessions;
    const spy = vi
      .spyOn(ImportCommitRepository.prototype, 'copySessions')
      .mockImplementationOnce(() => Promise.reject(new Error('connection reset by peer')))
      .mockImplementation(function (this: ImportCommitRepository, ...args) {
        return original.apply(this, args);
      });
    const done = await committed(ready.id);
    expect(done.status).toBe('COMMITTED');
    expect(spy).toHaveBeenCalledTimes(2);
    expect(done.summary).toMatchObject({ sessionsCreated: 30, newPartners: 0 }); // matched by URN
  });

  it('rolls everything back when the database refuses a row mid-commit', async () => {
    const ready = await validated(await upload(generatedCsv(120).replace(/Romans/g, 'Vikings')));
    expect(ready.status).toBe('READY');
    const before = await counts();
    const auditBefore = await db.query(`SELECT count(*)::int AS n FROM audit_events`);
    // Sessions go in first; the attendance of row 60-ish then breaks this (test-only) rule.
    await db.query(
      'ALTER TABLE session_attendance ADD CONSTRAINT test_small_counts CHECK (count < 29) NOT VALID',
    );
    try {
      const failed = await committed(ready.id);
      expect(failed.status).toBe('FAILED');
      expect(failed.failureMessage).toMatch(/^Nothing was imported: the database refused a row/);
    } finally {
      await db.query('ALTER TABLE session_attendance DROP CONSTRAINT test_small_counts');
    }
    expect(await counts()).toEqual(before);
    const auditAfter = await db.query(`SELECT count(*)::int AS n FROM audit_events`);
    expect(auditAfter.rows[0]).toEqual(auditBefore.rows[0]);
    const mapping = await db.query(`SELECT count(*)::int AS n FROM import_column_mappings`);
    expect(mapping.rows[0]).toEqual({ n: 1 });

    // A FAILED import can be checked and committed again.
    const again = await validated(await service.get(actor, ready.id));
    expect(again.status).toBe('READY');
    expect((await committed(ready.id)).status).toBe('COMMITTED');
    expect((await counts()).sessions).toBe(before.sessions + 120);
  });

  it('shows progress while committing, written outside the transaction', async () => {
    const ready = await validated(await upload(generatedCsv(5000).replace(/Romans/g, 'Tudors')));
    expect(ready.totalRows).toBe(5000);
    const sessionsBefore = (await counts()).sessions;
    const seen: Array<{ status: string; processed: number; sessions: number }> = [];
    const original = ImportsRepository.prototype.progress;
    vi.spyOn(ImportsRepository.prototype, 'progress').mockImplementation(async function (
      this: ImportsRepository,
      ...args
    ) {
      await original.apply(this, args);
      const { rows } = await db.query<{ status: string; processed: number; sessions: number }>(
        `SELECT status, processed_rows AS processed,
                (SELECT count(*)::int FROM sessions WHERE organisation_id = $1) AS sessions
           FROM activity_imports WHERE id = $2`,
        [actor.organisationId, ready.id],
      );
      seen.push(rows[0]!);
    });
    expect((await committed(ready.id)).status).toBe('COMMITTED');
    const during = seen.filter((s) => s.status === 'COMMITTING' && s.processed > 0);
    expect(during.map((s) => s.processed)).toEqual([1000, 2000, 3000, 4000, 5000]);
    // Nothing is visible to others until the single transaction commits.
    expect(during.every((s) => s.sessions === sessionsBefore)).toBe(true);
    expect((await counts()).sessions).toBe(sessionsBefore + 5000);
  });

  it('refuses unreadable and oversized uploads and leaves nothing behind', async () => {
    const before = await db.query(`SELECT count(*)::int AS n FROM activity_imports`);
    await expect(upload('')).rejects.toThrow(/is empty/);
    await expect(upload(Buffer.from('%PDF-1.4 hello'), 'log.pdf')).rejects.toThrow(/PDF/);
    await expect(upload('\n\n', 'blank.csv')).rejects.toThrow(/no rows/);
    await expect(upload('a,b\n1,2\n', 'x.csv', 'application/json')).rejects.toBeInstanceOf(
      UnsupportedMediaTypeException,
    );
    Object.assign(service, { limits: { ...service.limits, maxBytes: 1000 } });
    try {
      await expect(upload(generatedCsv(100))).rejects.toBeInstanceOf(PayloadTooLargeException);
    } finally {
      Object.assign(service, { limits: { ...service.limits, maxBytes: 50 * 1024 * 1024 } });
    }
    const after = await db.query(`SELECT count(*)::int AS n FROM activity_imports`);
    expect(after.rows[0]).toEqual(before.rows[0]);
    const stored = await readdir(join(storageDir, 'imports', actor.organisationId));
    expect(stored.filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(stored.length).toBe(before.rows[0].n);
  });

  it('discards an import and its file; sessions it committed stay', async () => {
    const imports = await service.list(actor, { first: 100 });
    const done = imports.edges.map((e) => e.node).find((i) => i.status === 'COMMITTED')!;
    const sessions = (await counts()).sessions;
    await service.discard(actor, { importId: done.id });
    await expect(service.get(actor, done.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(new LocalDiskStorage(storageDir).get(done.storageKey)).rejects.toBeInstanceOf(
      StoredFileNotFoundError,
    );
    expect((await counts()).sessions).toBe(sessions);
  });

  it('pages imports newest first', async () => {
    const first = await service.list(actor, { first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await service.list(actor, { first: 100, after: first.pageInfo.endCursor });
    expect(next.edges.length + 2).toBe(first.totalCount);
    const all = [...first.edges, ...next.edges].map((e) => e.node.createdAt.getTime());
    expect(all).toEqual([...all].sort((a, b) => b - a));
  });
});

describe('local disk storage', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lantern-storage-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stores, streams back and deletes a file by key', async () => {
    const storage: Storage = new LocalDiskStorage(dir);
    expect(
      await storage.put(
        'imports/org/one',
        Readable.from([Buffer.from('hello '), Buffer.from('world')]),
      ),
    ).toEqual({
      byteSize: 11,
    });
    const chunks: Buffer[] = [];
    for await (const chunk of await storage.get('imports/org/one')) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('hello world');
    await storage.delete('imports/org/one');
    await storage.delete('imports/org/one');
    expect(await storage.exists('imports/org/one')).toBe(false);
    await expect(storage.get('imports/org/one')).rejects.toBeInstanceOf(StoredFileNotFoundError);
  });

  it('leaves nothing when the body fails half way, and keeps the earlier file', async () => {
    const storage = new LocalDiskStorage(dir);
    await storage.put('a/b', Readable.from([Buffer.from('first')]));
    async function* failing() {
      yield Buffer.from('partial');
      throw new Error('client went away');
    }
    await expect(storage.put('a/b', Readable.from(failing()))).rejects.toThrow('client went away');
    expect(await readdir(join(dir, 'a'))).toEqual(['b']);
    const chunks: Buffer[] = [];
    for await (const chunk of await storage.get('a/b')) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('first');
  });

  it('refuses keys that could leave its directory', async () => {
    const storage = new LocalDiskStorage(dir);
    for (const key of ['../x', '/etc/passwd', 'a/../../x', 'a//b', 'A/b', '', 'a/./b']) {
      await expect(storage.put(key, Readable.from([]))).rejects.toThrow(/Not a storage key/);
    }
    expect(existsSync(join(dir, '..', 'x'))).toBe(false);
  });
});
