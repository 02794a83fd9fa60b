import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { eventually } from '../../../test/support/test-app';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { createQueuePrefix } from '../../../test/support/test-redis';
import { createWorkerApp } from '../../app/create-apps';
import type { OrgActor } from '../../platform/auth/actor';
import { AppConfig } from '../../platform/config';
import { Client } from 'pg';
import { BadUserInputError } from '../../platform/graphql/app-errors';
import { DIAGNOSTICS_QUEUE, WorkerChecksProducer } from './worker-checks.queue';
import { WorkerChecksRepository } from './worker-checks.repository';
import { WorkerChecksService } from './worker-checks.service';

describe('worker checks with real PostgreSQL, Redis and a BullMQ worker', () => {
  let database: TestDatabase;
  let queue: ReturnType<typeof createQueuePrefix>;
  let config: AppConfig;
  let actor: OrgActor;
  const apps: INestApplicationContext[] = [];

  async function startWorker(): Promise<INestApplicationContext> {
    const app = await createWorkerApp(config);
    await app.init();
    apps.push(app);
    return app;
  }

  async function finished(service: WorkerChecksService, id: string) {
    return eventually(async () => {
      const check = await service.get(actor, id);
      return check.status === 'SUCCEEDED' || check.status === 'FAILED' ? check : undefined;
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    queue = createQueuePrefix();
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO organisations (name, slug) VALUES ('Checks Museum', 'checks-museum') RETURNING id`,
    );
    await client.end();
    actor = {
      userId: '00000000-0000-4000-8000-000000000001',
      userName: 'Test Admin',
      sessionId: '00000000-0000-4000-8000-000000000002',
      organisationId: rows[0]!.id,
      role: 'ADMIN',
      permissions: [],
      requestId: null,
    };
    config = AppConfig.forTest({
      DATABASE_URL: database.url,
      REDIS_URL: inject('redisUrl'),
      QUEUE_PREFIX: queue.prefix,
    });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    while (apps.length) await apps.pop()?.close();
  });
  afterAll(async () => {
    await queue?.cleanup();
    await database?.drop();
  });

  it('queues a job whose id is the check id, and the worker completes it', async () => {
    const app = await startWorker();
    const service = app.get(WorkerChecksService);
    const check = await service.request(actor, { note: 'hello' });
    expect(check).toMatchObject({ status: 'QUEUED', note: 'hello', attempts: 0 });

    const done = await finished(service, check.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', attempts: 1, error: null });
    expect(done.databaseVersion).toMatch(/^1[5-9]|^[2-9]\d/);
    expect(done.queueWaitMs).toBeGreaterThanOrEqual(0);
    expect(done.completedAt!.getTime()).toBeGreaterThanOrEqual(done.startedAt!.getTime());

    const job = await app.get<Queue>(getQueueToken(DIAGNOSTICS_QUEUE)).getJob(check.id);
    expect(job?.data).toEqual({ organisationId: actor.organisationId, checkId: check.id });
  });

  it('is safe to enqueue and process twice', async () => {
    const app = await startWorker();
    const service = app.get(WorkerChecksService);
    const check = await service.request(actor, {});
    const done = await finished(service, check.id);

    await app
      .get(WorkerChecksProducer)
      .enqueue({ organisationId: actor.organisationId, checkId: check.id });
    await service.process(actor.organisationId, check.id, 2);
    const again = await service.get(actor, check.id);
    expect(again).toEqual(done);
    const counts = await app
      .get<Queue>(getQueueToken(DIAGNOSTICS_QUEUE))
      .getJobCounts('completed', 'waiting');
    expect(counts['waiting']).toBe(0);
  });

  it('rejects a bad note before writing anything', async () => {
    const app = await startWorker();
    const service = app.get(WorkerChecksService);
    const before = (await service.list(actor, { first: 100 })).totalCount;
    await expect(service.request(actor, { note: 'x'.repeat(201) })).rejects.toBeInstanceOf(
      BadUserInputError,
    );
    expect((await service.list(actor, { first: 100 })).totalCount).toBe(before);
  });

  it('removes the check again when the queue refuses the job', async () => {
    const app = await startWorker();
    const service = app.get(WorkerChecksService);
    const before = (await service.list(actor, { first: 100 })).totalCount;
    vi.spyOn(WorkerChecksProducer.prototype, 'enqueue').mockRejectedValueOnce(
      new Error('Redis is down'),
    );
    await expect(service.request(actor, { note: 'lost?' })).rejects.toThrow('Redis is down');
    expect((await service.list(actor, { first: 100 })).totalCount).toBe(before);
  });

  it('retries with backoff and records the failure after the last attempt', async () => {
    const spy = vi
      .spyOn(WorkerChecksRepository.prototype, 'serverVersion')
      .mockRejectedValue(new Error('database went away'));
    const app = await startWorker();
    const service = app.get(WorkerChecksService);
    const check = await service.request(actor, {});
    const done = await finished(service, check.id);
    expect(done).toMatchObject({ status: 'FAILED', error: 'database went away', attempts: 3 });
    expect(spy).toHaveBeenCalledTimes(3);
  });

  it('finishes the job in hand when it shuts down', async () => {
    const original = WorkerChecksRepository.prototype.serverVersion;
    vi.spyOn(WorkerChecksRepository.prototype, 'serverVersion').mockImplementation(async function (
      this: WorkerChecksRepository,
    ) {
      await new Promise((resolve) => setTimeout(resolve, 700));
      return original.call(this);
    });
    const app = await startWorker();
    const service = app.get(WorkerChecksService);
    const check = await service.request(actor, { note: 'slow' });
    await eventually(async () =>
      (await service.get(actor, check.id)).status === 'RUNNING' ? true : undefined,
    );

    const reader = await startWorker(); // a second context only to read after the first has gone
    apps.splice(apps.indexOf(app), 1);
    await app.close();
    const after = await reader.get(WorkerChecksService).get(actor, check.id);
    expect(after.status).toBe('SUCCEEDED');
  });
});
