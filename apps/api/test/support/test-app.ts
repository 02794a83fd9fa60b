import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
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

/** A GraphQL caller with its own cookie jar: one per person in a test. */
export interface GraphQLClient {
  cookie: string | null;
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
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
  /** A fresh signed-out client. */
  client(): GraphQLClient;
  /** Signs up a new museum and returns its first admin's client and ids. */
  signUpMuseum(options?: { name?: string; email?: string; password?: string }): Promise<Museum>;
  /**
   * The admin invites `email` as `role`; the link is read from the mail outbox and accepted
   * with a new account. Returns the new member's signed-in client.
   */
  joinAs(admin: GraphQLClient, email: string, role: string, name?: string): Promise<GraphQLClient>;
  close(): Promise<void>;
}

export interface Museum {
  admin: GraphQLClient;
  organisationId: string;
  userId: string;
  email: string;
  password: string;
}

let counter = 0;
export const TEST_PASSWORD = 'quiet-galleries-at-dusk';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { user { id email } organisation { id name } role permissions }
}`;

/**
 * API (listening on a random loopback port) and, unless told otherwise, the worker, in this
 * process, on a database and a queue prefix of their own.
 */
export async function startTestApp(
  options: { worker?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const queue = createQueuePrefix();
  // Uploaded files go to a folder of this app's own (removed on close) unless one is given.
  const ownStorage = options.env?.['STORAGE_DIR']
    ? null
    : await mkdtemp(join(tmpdir(), 'lantern-test-storage-'));
  const config = AppConfig.forTest({
    DATABASE_URL: database.url,
    REDIS_URL: inject('redisUrl'),
    QUEUE_PREFIX: queue.prefix,
    DATABASE_POOL_SIZE: '5',
    RATE_LIMIT_PER_MINUTE: '1000',
    ...(ownStorage ? { STORAGE_DIR: ownStorage } : {}),
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
    graphql: (query, variables, headers) => post(url, query, variables, headers),
    client: () => cookieClient(url),
    async signUpMuseum(options = {}) {
      counter += 1;
      const email = options.email ?? `admin-${counter}-${Date.now()}@museum.example`;
      const password = options.password ?? TEST_PASSWORD;
      const admin = cookieClient(url);
      const response = await admin.request<{
        signUp: { user: { id: string }; organisation: { id: string } };
      }>(SIGN_UP, {
        input: {
          organisationName: options.name ?? `Museum ${counter}`,
          name: `Admin ${counter}`,
          email,
          password,
        },
      });
      if (!response.data?.signUp)
        throw new Error(`sign-up failed: ${JSON.stringify(response.errors)}`);
      return {
        admin,
        organisationId: response.data.signUp.organisation.id,
        userId: response.data.signUp.user.id,
        email,
        password,
      };
    },
    async joinAs(admin, email, role, name = 'New Member') {
      const invited = await admin.request(
        'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
        { input: { email, role } },
      );
      if (invited.errors) throw new Error(`invite failed: ${JSON.stringify(invited.errors)}`);
      const db = new Client({ connectionString: database.url });
      await db.connect();
      const mail = await db.query<{ text_body: string }>(
        'SELECT text_body FROM mail_outbox WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1',
        [email],
      );
      await db.end();
      const token = /token=([A-Za-z0-9_-]+)/.exec(mail.rows[0]?.text_body ?? '')?.[1];
      if (!token) throw new Error(`no invitation mail for ${email}`);
      const member = cookieClient(url);
      const accepted = await member.request(
        'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { role } }',
        { input: { token, name, password: TEST_PASSWORD } },
      );
      if (accepted.errors) throw new Error(`accept failed: ${JSON.stringify(accepted.errors)}`);
      return member;
    },
    async close() {
      await worker?.close();
      await api.close();
      await queue.cleanup();
      await database.drop();
      if (ownStorage) await rm(ownStorage, { recursive: true, force: true });
    },
  };
}

async function post<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
  return { status: response.status, headers: response.headers, ...body };
}

export function cookieClient(url: string): GraphQLClient {
  const client: GraphQLClient = {
    cookie: null,
    async request<T>(query: string, variables?: Record<string, unknown>) {
      const response = await post<T>(
        url,
        query,
        variables,
        client.cookie ? { cookie: client.cookie } : {},
      );
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) {
        const pair = setCookie.split(';')[0] ?? '';
        client.cookie = pair.endsWith('=') ? null : pair;
      }
      return response;
    },
  };
  return client;
}

/** Polls until `check` returns a value (not undefined) or the time runs out. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
