import { Redis } from 'ioredis';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { createQueuePrefix } from '../../../test/support/test-redis';
import { RateLimiter } from '../../platform/auth/rate-limiter.service';
import type { Clock } from '../../platform/clock/clock';
import { AppConfig } from '../../platform/config';
import { createDataSource } from '../../platform/database/data-source';
import { RateLimitedError } from '../../platform/graphql/app-errors';
import { RedisService } from '../../platform/queue/redis.service';
import { SessionsService } from './sessions.service';

class FixedClock implements Clock {
  constructor(public at: Date) {}
  now(): Date {
    return new Date(this.at.getTime());
  }
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

const meta = { ip: '127.0.0.1', userAgent: 'test', requestId: null, secure: false };

describe('sessions on a real database: idle and absolute expiry, revocation', () => {
  let database: TestDatabase;
  let dataSource: ReturnType<typeof createDataSource>;
  let userId: string;
  const clock = new FixedClock(new Date('2026-03-02T09:00:00Z'));
  let sessions: SessionsService;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, 2);
    await dataSource.initialize();
    const rows = (await dataSource.query(
      `INSERT INTO users (email, name, password_hash) VALUES ('s@example.org', 'S', 'x') RETURNING id`,
    )) as Array<{ id: string }>;
    userId = rows[0]!.id;
    const config = AppConfig.forTest({
      DATABASE_URL: database.url,
      REDIS_URL: inject('redisUrl'),
      SESSION_IDLE_MINUTES: '30',
      SESSION_ABSOLUTE_DAYS: '1',
    });
    sessions = new SessionsService(dataSource, clock as unknown as Clock, config);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('stays alive while used, and ends after the idle limit', async () => {
    const { token } = await sessions.create(dataSource.manager, userId, null, meta);
    clock.advance(25 * 60_000);
    expect(await sessions.resolve(token)).not.toBeNull(); // used: idle timer restarts
    clock.advance(25 * 60_000);
    expect(await sessions.resolve(token)).not.toBeNull();
    clock.advance(31 * 60_000);
    expect(await sessions.resolve(token)).toBeNull();
  });

  it('ends at the absolute limit however busy it is', async () => {
    const { token } = await sessions.create(dataSource.manager, userId, null, meta);
    for (let minutes = 0; minutes < 24 * 60 - 20; minutes += 20) {
      clock.advance(20 * 60_000);
      expect(await sessions.resolve(token)).not.toBeNull();
    }
    clock.advance(40 * 60_000);
    expect(await sessions.resolve(token)).toBeNull();
  });

  it('is revoked one at a time or all together, and an unknown token is nobody', async () => {
    const one = await sessions.create(dataSource.manager, userId, null, meta);
    const two = await sessions.create(dataSource.manager, userId, null, meta);
    await sessions.revoke(one.session.id);
    expect(await sessions.resolve(one.token)).toBeNull();
    expect(await sessions.resolve(two.token)).not.toBeNull();
    expect(await sessions.revokeAllForUser(userId)).toBeGreaterThanOrEqual(1);
    expect(await sessions.resolve(two.token)).toBeNull();
    expect(await sessions.resolve('not-a-token')).toBeNull();
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query(
      'SELECT count(*)::int AS n FROM user_sessions WHERE token_hash = $1',
      [two.token],
    );
    await client.end();
    expect(rows[0].n).toBe(0); // the token itself is never stored
  });
});

describe('rate limiter on a real Redis', () => {
  const queue = createQueuePrefix();
  let redis: RedisService;
  let limiter: RateLimiter;

  beforeAll(() => {
    const config = AppConfig.forTest({
      DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
      REDIS_URL: inject('redisUrl'),
      QUEUE_PREFIX: queue.prefix,
      RATE_LIMIT_PER_MINUTE: '3',
    });
    redis = new RedisService(config);
    limiter = new RateLimiter(redis, config);
  });
  afterAll(async () => {
    await redis.onApplicationShutdown();
    await queue.cleanup();
  });

  it('counts per key and refuses the attempt over the limit, saying when to retry', async () => {
    for (let i = 0; i < 3; i += 1)
      await limiter.consume('sign-in', ['ip:1.2.3.4', 'account:a@example.org']);
    const error = await limiter
      .consume('sign-in', ['ip:1.2.3.4', 'account:a@example.org'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    expect((error as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another account from another address is unaffected; the same account from anywhere is not.
    await expect(
      limiter.consume('sign-in', ['ip:5.6.7.8', 'account:b@example.org']),
    ).resolves.toBeUndefined();
    await expect(
      limiter.consume('sign-in', ['ip:9.9.9.9', 'account:a@example.org']),
    ).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('forgets after the window', async () => {
    await limiter.consume('reset', ['ip:2.2.2.2'], 1, 1);
    await expect(limiter.consume('reset', ['ip:2.2.2.2'], 1, 1)).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await expect(limiter.consume('reset', ['ip:2.2.2.2'], 1, 1)).resolves.toBeUndefined();
    const client = new Redis(inject('redisUrl'));
    const keys = await client.keys(`${queue.prefix}:rl:*`);
    client.disconnect();
    expect(keys.length).toBeGreaterThan(0); // namespaced under this run's prefix
  });
});
