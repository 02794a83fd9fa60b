import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { AppConfig } from '../config';
import { BootError, preflight } from './preflight';

async function closedPort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 1;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('preflight (boot checks of API and worker)', () => {
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

  it('passes with a migrated database and a live Redis', async () => {
    const config = AppConfig.forTest({ DATABASE_URL: migrated.url, REDIS_URL: inject('redisUrl') });
    await expect(preflight(config)).resolves.toBeUndefined();
  });

  it('names REDIS_URL when Redis does not answer', async () => {
    const port = await closedPort();
    const config = AppConfig.forTest({
      DATABASE_URL: migrated.url,
      REDIS_URL: `redis://:topsecret@127.0.0.1:${port}`,
    });
    const error = await preflight(config).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BootError);
    expect((error as Error).message).toBe(
      `cannot connect to Redis at 127.0.0.1:${port} (ECONNREFUSED): check REDIS_URL`,
    );
    expect((error as Error).message).not.toContain('topsecret');
  });

  it('names DATABASE_URL when PostgreSQL does not answer, without the password', async () => {
    const port = await closedPort();
    const config = AppConfig.forTest({
      DATABASE_URL: `postgres://lantern:topsecret@127.0.0.1:${port}/lantern`,
      REDIS_URL: inject('redisUrl'),
    });
    const error = (await preflight(config).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(
      `cannot connect to PostgreSQL at 127.0.0.1:${port} (ECONNREFUSED): check DATABASE_URL`,
    );
  });

  it('refuses to start while a migration is pending', async () => {
    const config = AppConfig.forTest({ DATABASE_URL: empty.url, REDIS_URL: inject('redisUrl') });
    await expect(preflight(config)).rejects.toThrow(
      /migration\(s\) pending .*run "npm run migrate" first/,
    );
  });
});
