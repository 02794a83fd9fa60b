import { Redis } from 'ioredis';
import type { AppConfig } from '../config';
import { createDataSource } from '../database/data-source';
import { assertNoPendingMigrations } from '../database/migration-guard';
import { redisConnectionOptions } from '../queue/redis-connection';

/** A failure at boot that should end the process with one line and no stack. */
export class BootError extends Error {
  override name = 'BootError';
}

function where(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || (parsed.protocol.startsWith('redis') ? 6379 : 5432)}`;
}

function reason(error: unknown): string {
  if (error && typeof error === 'object') {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z0-9_]+$/.test(code)) return code;
    if (error instanceof Error && error.message)
      return error.message.split('\n')[0] ?? 'unknown error';
  }
  return 'unknown error';
}

/**
 * Before anything starts: PostgreSQL answers, no migration is pending, Redis answers.
 * Messages name the setting to fix and never include credentials.
 */
export async function preflight(config: AppConfig): Promise<void> {
  const dataSource = createDataSource(config.databaseUrl, 1);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new BootError(
      `cannot connect to PostgreSQL at ${where(config.databaseUrl)} (${reason(error)}): check DATABASE_URL`,
    );
  }
  try {
    await assertNoPendingMigrations(dataSource);
  } catch (error) {
    throw new BootError(error instanceof Error ? error.message : String(error));
  } finally {
    await dataSource.destroy();
  }

  const redis = new Redis({
    ...redisConnectionOptions(config.redisUrl),
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  let connectionError: unknown;
  redis.on('error', (error) => {
    connectionError ??= error; // the socket error (ECONNREFUSED...) says more than "Connection is closed"
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    const cause = reason(connectionError ?? error);
    throw new BootError(
      `cannot connect to Redis at ${where(config.redisUrl)} (${cause}): check REDIS_URL`,
    );
  } finally {
    redis.disconnect();
  }
}
