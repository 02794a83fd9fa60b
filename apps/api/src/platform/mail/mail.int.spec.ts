import { createServer } from 'node:net';
import { getQueueToken } from '@nestjs/bullmq';
import { type DynamicModule, type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Queue } from 'bullmq';
import type { ParsedMail } from 'mailparser';
import { Logger } from 'nestjs-pino';
import { createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSmtpCatcher, type SmtpCatcher } from '../../../test/support/smtp-catcher';
import { eventually } from '../../../test/support/test-app';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { createQueuePrefix } from '../../../test/support/test-redis';
import { createWorkerApp } from '../../app/create-apps';
import { PlatformModule } from '../../app/platform.module';
import { AppConfig } from '../config';
import { DevMailEntity } from './dev-mail.entity';
import { DevMailboxResolver } from './dev-mailbox.resolver';
import { MailOutboxEntity } from './mail-outbox.entity';
import { MailOutboxService, type OutboxMessage } from './mail-outbox.service';
import { MailModule } from './mail.module';
import { MAIL_QUEUE, MAIL_SWEEP_EVERY_MS, MAIL_SWEEP_JOB, MailProducer } from './mail.queue';
import { invitationMail } from './mail-templates';

/** The API side: enqueue + dispatch and the dev mailbox (no GraphQL needed to call the resolver). */
@Module({})
class MailApiTestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: MailApiTestModule,
      imports: [PlatformModule.forRoot(config, 'api'), MailModule.forApi()],
    };
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address !== 'object') throw new Error('no port');
  return address.port;
}

function addresses(field: ParsedMail['to']): string[] {
  return (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) =>
    group.value.map((entry) => entry.address ?? ''),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mail outbox with real PostgreSQL, Redis, a BullMQ worker and an SMTP server', () => {
  let database: TestDatabase;
  let queue: ReturnType<typeof createQueuePrefix>;
  let catcher: SmtpCatcher;
  const apps: INestApplicationContext[] = [];
  const catchers: SmtpCatcher[] = [];

  function configWith(env: Record<string, string | undefined>): AppConfig {
    return AppConfig.forTest({
      DATABASE_URL: database.url,
      REDIS_URL: inject('redisUrl'),
      QUEUE_PREFIX: queue.prefix,
      DATABASE_POOL_SIZE: '5',
      ...env,
    });
  }

  async function start(module: DynamicModule): Promise<INestApplicationContext> {
    const app = await NestFactory.createApplicationContext(module, {
      bufferLogs: true,
      abortOnError: false,
    });
    app.useLogger(app.get(Logger));
    app.flushLogs();
    apps.push(app);
    await app.init();
    return app;
  }

  /** The real worker process (WorkerModule), as worker.ts builds it. */
  async function startWorker(env: Record<string, string | undefined> = { SMTP_URL: catcher.url }) {
    const app = await createWorkerApp(configWith(env));
    apps.push(app);
    await app.init();
    return app;
  }
  const startApi = (env: Record<string, string | undefined>) =>
    start(MailApiTestModule.forRoot(configWith(env)));

  function message(subject: string, overrides: Partial<OutboxMessage> = {}): OutboxMessage {
    return {
      organisationId: null,
      kind: 'test',
      to: 'ada@example.org',
      subject,
      text: `Hello Ada,\n\nOpen https://lantern.example.org/t/${encodeURIComponent(subject)} to continue.\n`,
      html: `<p>Hello Ada</p>`,
      ...overrides,
    };
  }

  /** Enqueue in a transaction that commits (as a feature service will), without dispatching. */
  function commitMail(
    app: INestApplicationContext,
    mail: OutboxMessage,
  ): Promise<MailOutboxEntity> {
    return app
      .get(DataSource)
      .transaction((manager) => app.get(MailOutboxService).enqueue(manager, mail));
  }

  function outbox(app: INestApplicationContext) {
    return app.get(DataSource).getRepository(MailOutboxEntity);
  }

  const received = (inbox: SmtpCatcher, subject: string) =>
    inbox.messages.filter((m) => m.subject === subject);

  beforeAll(async () => {
    database = await createTestDatabase();
    queue = createQueuePrefix();
    catcher = await startSmtpCatcher();
  });
  afterEach(async () => {
    while (apps.length) await apps.pop()?.close();
    while (catchers.length) await catchers.pop()?.stop();
  });
  afterAll(async () => {
    await catcher?.stop();
    await queue?.cleanup();
    await database?.drop();
  });

  it('delivers mail committed with the change, over SMTP, and marks it SENT', async () => {
    const worker = await startWorker();
    const service = worker.get(MailOutboxService);
    const subject = 'Committed mail';
    const organisationId = '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c';
    const mail = await commitMail(worker, message(subject, { organisationId, kind: 'invitation' }));
    expect(mail).toMatchObject({ status: 'PENDING', attempts: 0, sentAt: null, organisationId });
    await service.dispatch([mail.id]);

    const delivered = await catcher.waitFor((m) => m.subject === subject);
    expect(addresses(delivered.to)).toEqual(['ada@example.org']);
    expect(delivered.from?.value).toEqual([
      { name: 'Lantern', address: 'no-reply@lantern.localhost' },
    ]);
    expect(delivered.text).toBe(message(subject).text);
    expect(delivered.html).toBe('<p>Hello Ada</p>');

    const sent = await eventually(async () => {
      const row = await outbox(worker).findOneByOrFail({ id: mail.id });
      return row.status === 'SENT' ? row : undefined;
    });
    expect(sent).toMatchObject({
      attempts: 1,
      lastError: null,
      kind: 'invitation',
      toAddress: 'ada@example.org',
    });
    expect(sent.sentAt!.getTime()).toBeGreaterThanOrEqual(sent.createdAt.getTime());
    const job = await worker.get<Queue>(getQueueToken(MAIL_QUEUE)).getJob(mail.id);
    expect(job?.data).toEqual({ outboxId: mail.id });
  });

  it('writes nothing and sends nothing when the transaction rolls back', async () => {
    const worker = await startWorker();
    const service = worker.get(MailOutboxService);
    const subject = 'Rolled back mail';
    let id: string | undefined;
    await expect(
      worker.get(DataSource).transaction(async (manager) => {
        id = (await service.enqueue(manager, message(subject))).id;
        throw new Error('the change was refused');
      }),
    ).rejects.toThrow('the change was refused');

    expect(id).toBeDefined();
    expect(await outbox(worker).findOneBy({ id: id! })).toBeNull();
    expect(await outbox(worker).countBy({ subject })).toBe(0);
    await service.dispatch([id!]); // even a stray dispatch finds nothing to send
    await service.sweep();
    expect(await service.send(id!, 1)).toBe('skipped');
    await sleep(500);
    expect(received(catcher, subject)).toHaveLength(0);
  });

  it('records a failed try while the SMTP server is down, then delivers once it is back', async () => {
    const port = await freePort();
    const worker = await startWorker({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    const subject = 'Mail after an outage';
    const mail = await commitMail(worker, message(subject));
    await worker.get(MailOutboxService).dispatch([mail.id]);

    const failed = await eventually(async () => {
      const row = await outbox(worker).findOneByOrFail({ id: mail.id });
      return row.attempts >= 1 ? row : undefined;
    });
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1, sentAt: null });
    expect(failed.lastError).toBe(`connect ECONNREFUSED 127.0.0.1:${port}`);
    // Retry due after the first backoff step (2 s), as BullMQ schedules it.
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(failed.createdAt.getTime() + 1500);
    expect(failed.nextAttemptAt.getTime()).toBeLessThan(failed.createdAt.getTime() + 10_000);

    const restored = await startSmtpCatcher({ port });
    catchers.push(restored);
    await restored.waitFor((m) => m.subject === subject, 15_000);
    const sent = await eventually(async () => {
      const row = await outbox(worker).findOneByOrFail({ id: mail.id });
      return row.status === 'SENT' ? row : undefined;
    });
    expect(sent).toMatchObject({ attempts: 2, lastError: null });
    await sleep(1000);
    expect(received(restored, subject)).toHaveLength(1);
    expect(received(catcher, subject)).toHaveLength(0);
  });

  it('marks mail FAILED on the last try and stops retrying', async () => {
    const port = await freePort();
    const worker = await startWorker({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    const mail = await commitMail(worker, message('Mail that never goes'));
    await outbox(worker).update({ id: mail.id }, { attempts: 7 }); // seven tries already failed
    await worker.get(MailOutboxService).dispatch([mail.id]);

    const failed = await eventually(async () => {
      const row = await outbox(worker).findOneByOrFail({ id: mail.id });
      return row.status === 'FAILED' ? row : undefined;
    });
    expect(failed).toMatchObject({
      attempts: 8,
      sentAt: null,
      lastError: `connect ECONNREFUSED 127.0.0.1:${port}`,
    });
    const job = await worker.get<Queue>(getQueueToken(MAIL_QUEUE)).getJob(mail.id);
    expect(await job?.getState()).toBe('failed');
    expect(job?.attemptsMade).toBe(1); // unrecoverable: no pointless retries
    expect(await worker.get(MailOutboxService).send(mail.id, 2)).toBe('skipped');
  });

  it('keeps mail pending with a visible reason when SMTP_URL is not set', async () => {
    const worker = await startWorker({ SMTP_URL: undefined });
    const mail = await commitMail(worker, message('Mail without a server'));
    await worker.get(MailOutboxService).dispatch([mail.id]);
    const row = await eventually(async () => {
      const found = await outbox(worker).findOneByOrFail({ id: mail.id });
      return found.attempts >= 1 ? found : undefined;
    });
    expect(row).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastError: 'SMTP_URL is not set: mail cannot be delivered',
    });
    await outbox(worker).update({ id: mail.id }, { status: 'FAILED' }); // keep it out of later tests
  });

  it('delivers once when the job is queued twice or the row is sent twice', async () => {
    const worker = await startWorker();
    const service = worker.get(MailOutboxService);
    const subject = 'Mail queued twice';
    const mail = await commitMail(worker, message(subject));
    await service.dispatch([mail.id]);
    await service.dispatch([mail.id]);
    await catcher.waitFor((m) => m.subject === subject);
    await eventually(async () =>
      (await outbox(worker).findOneByOrFail({ id: mail.id })).status === 'SENT' ? true : undefined,
    );
    await worker.get(MailProducer).send({ outboxId: mail.id });
    expect(await service.send(mail.id, 2)).toBe('skipped');
    await service.sweep();

    // Three senders at once on a row nobody queued: the row lock lets exactly one through.
    const raced = 'Mail sent by three at once';
    const other = await commitMail(worker, message(raced));
    const outcomes = await Promise.all([
      service.send(other.id),
      service.send(other.id),
      service.send(other.id),
    ]);
    expect(outcomes.filter((outcome) => outcome === 'sent').length).toBeLessThanOrEqual(1);
    await catcher.waitFor((m) => m.subject === raced);
    expect(await outbox(worker).findOneByOrFail({ id: other.id })).toMatchObject({
      status: 'SENT',
      attempts: 1,
    });

    await sleep(1000);
    expect(received(catcher, subject)).toHaveLength(1);
    expect(received(catcher, raced)).toHaveLength(1);
  });

  it('sweeps up due mail that was committed but never queued, and leaves later mail alone', async () => {
    const worker = await startWorker();
    const service = worker.get(MailOutboxService);
    const scheduler = await worker
      .get<Queue>(getQueueToken(MAIL_QUEUE))
      .getJobScheduler(MAIL_SWEEP_JOB);
    expect(scheduler).toMatchObject({ every: MAIL_SWEEP_EVERY_MS, name: MAIL_SWEEP_JOB });

    const subject = 'Mail found by the sweep';
    const forgotten = await commitMail(worker, message(subject)); // as if the API died before dispatch
    const notYet = await commitMail(worker, message('Mail due in an hour'));
    await outbox(worker).update(
      { id: notYet.id },
      { nextAttemptAt: new Date(Date.now() + 3600_000) },
    );

    expect(await service.sweep()).toBeGreaterThanOrEqual(1);
    await catcher.waitFor((m) => m.subject === subject);
    await eventually(async () =>
      (await outbox(worker).findOneByOrFail({ id: forgotten.id })).status === 'SENT'
        ? true
        : undefined,
    );
    expect(await outbox(worker).findOneByOrFail({ id: notYet.id })).toMatchObject({
      status: 'PENDING',
      attempts: 0,
    });
    expect(await worker.get<Queue>(getQueueToken(MAIL_QUEUE)).getJob(notYet.id)).toBeUndefined();
    await outbox(worker).update({ id: notYet.id }, { status: 'FAILED' }); // keep it out of later tests
  });

  it('sweeps again a pending row whose job already finished', async () => {
    const worker = await startWorker();
    const service = worker.get(MailOutboxService);
    const subject = 'Mail whose job finished early';
    const mail = await commitMail(worker, message(subject));
    // A finished job for a row that is still pending (e.g. another sender held the row lock).
    const bullQueue = worker.get<Queue>(getQueueToken(MAIL_QUEUE));
    await worker.get(DataSource).transaction(async (manager) => {
      await manager.query('SELECT id FROM mail_outbox WHERE id = $1 FOR UPDATE', [mail.id]);
      await service.dispatch([mail.id]);
      await eventually(async () =>
        (await (await bullQueue.getJob(mail.id))?.getState()) === 'completed' ? true : undefined,
      );
    });
    expect((await outbox(worker).findOneByOrFail({ id: mail.id })).status).toBe('PENDING');

    await service.sweep();
    await catcher.waitFor((m) => m.subject === subject);
    expect(received(catcher, subject)).toHaveLength(1);
  });

  describe('dev mailbox', () => {
    it('stores mail sent to it by nodemailer and lists it with its links, newest first', async () => {
      const port = await freePort();
      const api = await startApi({ DEV_MAILBOX_PORT: String(port) });
      const resolver = api.get(DevMailboxResolver);
      expect(resolver.devMailboxEnabled()).toBe(true);

      const client = createTransport(`smtp://127.0.0.1:${port}`);
      try {
        for (const n of [1, 2]) {
          await client.sendMail({
            from: 'Lantern <no-reply@lantern.localhost>',
            to: 'grace@example.org',
            subject: `Dev mail ${n}`,
            text: `Open https://lantern.example.org/reset?token=${n}.\nOr paste https://lantern.example.org/reset?token=${n}`,
            html: `<p>Open <a href="https://lantern.example.org/reset?token=${n}">the link</a></p>`,
          });
        }
      } finally {
        client.close();
      }

      const mails = await resolver.devMailbox(50);
      expect(mails.map((mail) => mail.subject)).toEqual(['Dev mail 2', 'Dev mail 1']);
      expect(mails[1]).toMatchObject({
        to: 'grace@example.org',
        links: ['https://lantern.example.org/reset?token=1'],
      });
      expect(mails[1]?.text).toContain('Open https://lantern.example.org/reset?token=1.');
      expect(await resolver.devMailbox(1)).toHaveLength(1);
      const stored = await api
        .get(DataSource)
        .getRepository(DevMailEntity)
        .findOneByOrFail({ subject: 'Dev mail 1' });
      expect(stored.fromAddress).toContain('<no-reply@lantern.localhost>');
      expect(stored.htmlBody).toContain('href="https://lantern.example.org/reset?token=1"');
    });

    it('catches what the worker sends, as in the demo (SMTP_URL pointing at it)', async () => {
      const port = await freePort();
      const api = await startApi({ DEV_MAILBOX_PORT: String(port) });
      const worker = await startWorker({ SMTP_URL: `smtp://127.0.0.1:${port}` });
      const link = 'https://lantern.example.org/invitations/accept?token=demo-token';
      const rendered = invitationMail({
        organisationName: 'Riverside Museum (demo)',
        inviterName: 'Ada Lovelace',
        roleLabel: 'Editor',
        link,
        expiresAt: new Date(Date.now() + 7 * 24 * 3600_000),
      });
      const mail = await api.get(DataSource).transaction((manager) =>
        api.get(MailOutboxService).enqueue(manager, {
          ...rendered,
          organisationId: null,
          kind: 'invitation',
          to: 'new@example.org',
        }),
      );
      await api.get(MailOutboxService).dispatch([mail.id]);

      const caught = await eventually(async () => {
        const mails = await api.get(DevMailboxResolver).devMailbox(50);
        return mails.find(
          (m) => m.subject === "You're invited to join Riverside Museum (demo) on Lantern",
        );
      });
      expect(caught).toMatchObject({ to: 'new@example.org', links: [link] });
      await eventually(async () =>
        (await outbox(worker).findOneByOrFail({ id: mail.id })).status === 'SENT'
          ? true
          : undefined,
      );
    });

    it('stops the API from starting, with one clear line, when its port is taken', async () => {
      const port = await freePort();
      await startApi({ DEV_MAILBOX_PORT: String(port) });
      await expect(startApi({ DEV_MAILBOX_PORT: String(port) })).rejects.toThrow(
        `dev mailbox: port ${port} on 127.0.0.1 is already in use: stop the other program or set DEV_MAILBOX_PORT to a free port`,
      );
    });
  });
});
