import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where the test services are. `npm test` starts PostgreSQL and Redis once and passes their
 * URLs in DATABASE_URL / REDIS_URL; run alone (`npx vitest run --project api-int`), the
 * global setup starts private ones itself through infra/services.mjs.
 */
export interface ServicesHandle {
  databaseUrl: string;
  redisUrl: string;
  stop: () => Promise<void>;
}

export async function ensureTestServices(): Promise<ServicesHandle> {
  const databaseUrl = process.env['DATABASE_URL'];
  const redisUrl = process.env['REDIS_URL'];
  if (databaseUrl && redisUrl) return { databaseUrl, redisUrl, stop: async () => undefined };
  const modulePath = pathToFileURL(
    join(__dirname, '..', '..', '..', '..', 'infra', 'services.mjs'),
  ).href;
  const infra = (await import(/* @vite-ignore */ modulePath)) as {
    ensureServices: (options: {
      fast: boolean;
      log: (line: string) => void;
    }) => Promise<ServicesHandle>;
  };
  return infra.ensureServices({ fast: true, log: () => undefined });
}
