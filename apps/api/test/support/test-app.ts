import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { inject } from 'vitest';
import { createApiApp, createWorkerApp } from '../../src/app/create-apps';
import { AppConfig } from '../../src/platform/config';
import { createTestDatabase, type TestDatabase } from './test-database';
import { createQueuePrefix } from './test-redis';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

export interface TestApp {
  config: AppConfig;
  database: TestDatabase;
  api: NestExpressApplication;
  worker: INestApplicationContext | null;
  url: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * API (listening on a random loopback port) and, unless told otherwise, the worker, in this
 * process, on a database and a queue prefix of their own.
 */
export async function startTestApp(
  options: { worker?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const queue = createQueuePrefix();
  const config = AppConfig.forTest({
    DATABASE_URL: database.url,
    REDIS_URL: inject('redisUrl'),
    QUEUE_PREFIX: queue.prefix,
    DATABASE_POOL_SIZE: '5',
    ...options.env,
  });
  const api = await createApiApp(config);
  await api.listen(0, '127.0.0.1');
  const address = api.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;

  let worker: INestApplicationContext | null = null;
  if (options.worker !== false) {
    worker = await createWorkerApp(config);
    await worker.init();
  }

  return {
    config,
    database,
    api,
    worker,
    url,
    async graphql(query, variables, headers) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'headers'>;
      return { status: response.status, headers: response.headers, ...body } as never;
    },
    async close() {
      await worker?.close();
      await api.close();
      await queue.cleanup();
      await database.drop();
    },
  };
}

/** Polls until `check` returns a value (not undefined) or the time runs out. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
