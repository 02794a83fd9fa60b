import { Logger } from '@nestjs/common';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../clock/clock';
import type { MailOutboxEntity } from './mail-outbox.entity';
import type { MailOutboxRepository, NewOutboxMail } from './mail-outbox.repository';
import { MailOutboxService, MailSendFailedError } from './mail-outbox.service';
import type { MailProducer } from './mail.queue';
import { MailDeliveryError, type MailTransport, type OutgoingMail } from './mail.transport';

const NOW = new Date('2026-02-01T12:00:00Z');
const ID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
const manager = {} as EntityManager;

function row(overrides: Partial<MailOutboxEntity> = {}): MailOutboxEntity {
  return {
    id: ID,
    organisationId: null,
    kind: 'password-reset',
    toAddress: 'ada@example.org',
    subject: 'Reset your Lantern password',
    textBody: 'text',
    htmlBody: '<p>html</p>',
    status: 'PENDING',
    attempts: 0,
    nextAttemptAt: NOW,
    lastError: null,
    sentAt: null,
    createdAt: NOW,
    ...overrides,
  };
}

/** An in-memory outbox with the repository's contract; the transport either works or throws. */
function setup(
  options: { rows?: MailOutboxEntity[]; transportError?: Error; producerError?: Error } = {},
) {
  const rows = new Map((options.rows ?? []).map((r) => [r.id, { ...r }]));
  const sent: OutgoingMail[] = [];
  const queued: string[] = [];
  const repository: Partial<MailOutboxRepository> = {
    insert: async (_m: EntityManager, mail: NewOutboxMail) => {
      const created = row({ ...mail, id: ID });
      rows.set(created.id, created);
      return created;
    },
    transaction: async <T>(work: (m: EntityManager) => Promise<T>) => work(manager),
    lockForSending: async (_m: EntityManager, id: string) => rows.get(id) ?? null,
    markSent: async (_m: EntityManager, id: string, attempts: number, sentAt: Date) => {
      Object.assign(rows.get(id)!, { status: 'SENT', attempts, sentAt, lastError: null });
    },
    recordFailure: async (_m: EntityManager, id: string, values: Partial<MailOutboxEntity>) => {
      Object.assign(rows.get(id)!, values);
    },
    findDueIds: async (now: Date, limit: number) =>
      [...rows.values()]
        .filter((r) => r.status === 'PENDING' && r.nextAttemptAt <= now)
        .slice(0, limit)
        .map((r) => r.id),
  };
  const producer: Partial<MailProducer> = {
    send: async ({ outboxId }) => {
      if (options.producerError) throw options.producerError;
      queued.push(outboxId);
    },
    resend: async ({ outboxId }) => {
      queued.push(outboxId);
      return true;
    },
  };
  const transport: Partial<MailTransport> = {
    send: async (mail: OutgoingMail) => {
      if (options.transportError) throw options.transportError;
      sent.push(mail);
      return { messageId: '<1@test>' };
    },
  };
  const clock: Clock = { now: () => NOW };
  const service = new MailOutboxService(
    repository as MailOutboxRepository,
    producer as MailProducer,
    transport as MailTransport,
    clock,
  );
  return { service, rows, sent, queued };
}

describe('MailOutboxService', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterEach(() => vi.restoreAllMocks());

  it('enqueue writes a pending row through the given transaction, due now', async () => {
    const { service, rows } = setup();
    const mail = await service.enqueue(manager, {
      organisationId: null,
      kind: 'password-reset',
      to: 'ada@example.org',
      subject: 'Reset your Lantern password',
      text: 'Open https://x.example/r',
    });
    expect(rows.get(mail.id)).toMatchObject({
      status: 'PENDING',
      attempts: 0,
      toAddress: 'ada@example.org',
      textBody: 'Open https://x.example/r',
      htmlBody: null,
      nextAttemptAt: NOW,
    });
  });

  it('enqueue refuses a bad address or a multi-line subject before writing', async () => {
    const { service, rows } = setup();
    const message = {
      organisationId: null,
      kind: 'invitation',
      to: 'ada@example.org',
      subject: 'Hi',
      text: 't',
    };
    await expect(service.enqueue(manager, { ...message, to: 'not an address' })).rejects.toThrow();
    await expect(
      service.enqueue(manager, { ...message, subject: 'Hi\r\nBcc: x@example.org' }),
    ).rejects.toThrow();
    expect(rows.size).toBe(0);
  });

  it('dispatch never throws when the queue is down', async () => {
    const warn = vi.spyOn(Logger.prototype, 'warn');
    const { service } = setup({ producerError: new Error('Redis is down') });
    await expect(service.dispatch([ID])).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(
      { outboxId: ID, err: 'Redis is down' },
      'could not queue mail; the outbox sweep will pick it up',
    );
  });

  it('send delivers a pending row once and marks it SENT', async () => {
    const { service, rows, sent } = setup({ rows: [row()] });
    expect(await service.send(ID, 1)).toBe('sent');
    expect(await service.send(ID, 2)).toBe('skipped');
    expect(sent).toEqual([
      {
        to: 'ada@example.org',
        subject: 'Reset your Lantern password',
        text: 'text',
        html: '<p>html</p>',
      },
    ]);
    expect(rows.get(ID)).toMatchObject({ status: 'SENT', attempts: 1, sentAt: NOW });
  });

  it('send records a failed try with backoff and rethrows', async () => {
    const { service, rows } = setup({
      rows: [row({ attempts: 2 })],
      transportError: new MailDeliveryError('connect ECONNREFUSED 127.0.0.1:1'),
    });
    const error = await service.send(ID, 3).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailSendFailedError);
    expect(error).toMatchObject({ message: 'connect ECONNREFUSED 127.0.0.1:1', final: false });
    expect(rows.get(ID)).toMatchObject({
      status: 'PENDING',
      attempts: 3,
      lastError: 'connect ECONNREFUSED 127.0.0.1:1',
      nextAttemptAt: new Date(NOW.getTime() + 8000), // 2 s * 2^(3-1)
    });
  });

  it('send marks the row FAILED on the eighth try', async () => {
    const { service, rows } = setup({
      rows: [row({ attempts: 7 })],
      transportError: new Error('550 no such user\nmore'),
    });
    await expect(service.send(ID, 8)).rejects.toMatchObject({
      final: true,
      message: '550 no such user',
    });
    expect(rows.get(ID)).toMatchObject({
      status: 'FAILED',
      attempts: 8,
      lastError: '550 no such user',
    });
    expect(await service.send(ID, 9)).toBe('skipped');
  });

  it('sweep queues due pending rows only', async () => {
    const later = new Date(NOW.getTime() + 60_000);
    const other = '7a2e3d4c-5b6f-4a71-9b8c-0d1e2f3a4b5c';
    const sentRow = '8b3f4e5d-6c7a-4b82-8c9d-1e2f3a4b5c6d';
    const { service, queued } = setup({
      rows: [row(), row({ id: other, nextAttemptAt: later }), row({ id: sentRow, status: 'SENT' })],
    });
    expect(await service.sweep()).toBe(1);
    expect(queued).toEqual([ID]);
  });
});
