import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { describe, expect, it } from 'vitest';
import { printSortedSchema } from '../../app/schema-file';
import { ACCESS_METADATA } from '../auth/access.decorators';
import { AppConfig } from '../config';
import { BadUserInputError, NotFoundError } from '../graphql/app-errors';
import type { DevMailEntity } from './dev-mail.entity';
import { DevMailboxResolver } from './dev-mailbox.resolver';
import type { DevMailboxRepository } from './dev-mailbox.repository';
import { DevMailboxService } from './dev-mailbox.service';

const base = {
  DATABASE_URL: 'postgres://u:p@localhost:5432/db',
  REDIS_URL: 'redis://localhost:6379',
};

function resolverWith(env: Record<string, string>, rows: DevMailEntity[] = []) {
  const calls: number[] = [];
  const repository = {
    latest: async (first: number) => {
      calls.push(first);
      return rows;
    },
    insert: async () => {
      throw new Error('not used');
    },
  } as unknown as DevMailboxRepository;
  const service = new DevMailboxService(AppConfig.forTest({ ...base, ...env }), repository);
  return { resolver: new DevMailboxResolver(service), calls };
}

describe('DevMailboxResolver', () => {
  it('is off without DEV_MAILBOX_PORT: reading it answers NOT_FOUND and touches nothing', async () => {
    const { resolver, calls } = resolverWith({});
    expect(resolver.devMailboxEnabled()).toBe(false);
    await expect(resolver.devMailbox(50)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resolver.devMailbox(50)).rejects.toThrow('Dev mailbox was not found.');
    expect(calls).toEqual([]);
  });

  it('maps caught mail, with the links of its text', async () => {
    const row: DevMailEntity = {
      id: '0b7c9d1e-3a5f-4c2b-9e8d-7f6a5b4c3d2e',
      toAddress: 'ada@example.org',
      fromAddress: 'Lantern <no-reply@lantern.localhost>',
      subject: 'Reset your Lantern password',
      textBody: 'Open https://x.example/reset?t=1.\nOr https://x.example/reset?t=1 again.',
      htmlBody: null,
      receivedAt: new Date('2026-01-01T10:00:00Z'),
    };
    const { resolver, calls } = resolverWith({ DEV_MAILBOX_PORT: '2526' }, [row]);
    expect(resolver.devMailboxEnabled()).toBe(true);
    expect(await resolver.devMailbox(10)).toEqual([
      {
        id: row.id,
        to: 'ada@example.org',
        subject: 'Reset your Lantern password',
        text: row.textBody,
        links: ['https://x.example/reset?t=1'],
        receivedAt: row.receivedAt,
      },
    ]);
    expect(calls).toEqual([10]);
  });

  it('refuses a page size out of range', async () => {
    const { resolver } = resolverWith({ DEV_MAILBOX_PORT: '2526' });
    await expect(resolver.devMailbox(0)).rejects.toBeInstanceOf(BadUserInputError);
    await expect(resolver.devMailbox(201)).rejects.toThrow('first: must be between 1 and 200');
  });

  it('declares who may call it, and has the documented schema', async () => {
    for (const handler of [
      DevMailboxResolver.prototype.devMailbox,
      DevMailboxResolver.prototype.devMailboxEnabled,
    ]) {
      expect(Reflect.getMetadata(ACCESS_METADATA, handler)).toEqual({ kind: 'public' });
    }
    const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
    try {
      await app.init();
      const sdl = printSortedSchema(
        await app.get(GraphQLSchemaFactory).create([DevMailboxResolver]),
      );
      expect(sdl).toMatch(/devMailbox\(first: Int! = 50\): \[DevMail!\]!/);
      expect(sdl).toMatch(/devMailboxEnabled: Boolean!/);
      const type = /type DevMail \{[^}]*\}/.exec(sdl)?.[0] ?? '';
      for (const field of [
        'id: ID!',
        'to: String!',
        'subject: String!',
        'text: String!',
        'links: [String!]!',
        'receivedAt: DateTime!',
      ]) {
        expect(type).toContain(field);
      }
    } finally {
      await app.close();
    }
  });
});
