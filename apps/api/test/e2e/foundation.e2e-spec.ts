import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printSortedSchema, readSchemaFile } from '../../src/app/schema-file';
import { eventually, startTestApp, type GraphQLClient, type TestApp } from '../support/test-app';

const REQUEST_CHECK = /* GraphQL */ `
  mutation Request($input: RequestWorkerCheckInput!) {
    requestWorkerCheck(input: $input) {
      id
      status
      note
      requestedAt
    }
  }
`;
const READ_CHECK = /* GraphQL */ `
  query Read($id: ID!) {
    workerCheck(id: $id) {
      id
      status
      roundTripMs
      workerHost
      databaseVersion
      completedAt
      error
    }
  }
`;

describe('API foundation over HTTP (API and worker in process)', () => {
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await startTestApp();
    admin = (await app.signUpMuseum()).admin;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers liveness and readiness with PostgreSQL and Redis checked', async () => {
    const live = await fetch(`${app.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });

    const ready = await fetch(`${app.url}/health/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as {
      status: string;
      checks: Record<string, { ok: boolean }>;
    };
    expect(body.status).toBe('ok');
    expect(body.checks['database']?.ok).toBe(true);
    expect(body.checks['redis']?.ok).toBe(true);
  });

  it('sets security headers and a request id on every response', async () => {
    const response = await fetch(`${app.url}/health/live`, {
      headers: { 'x-request-id': 'trace-abc-12345' },
    });
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-request-id')).toBe('trace-abc-12345');

    const minted = await fetch(`${app.url}/health/live`, {
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(minted.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('runs the job path: the mutation enqueues, the worker writes to Postgres, a query reads it', async () => {
    const requested = await admin.request<{
      requestWorkerCheck: { id: string; status: string; note: string };
    }>(REQUEST_CHECK, { input: { note: '  end-to-end  ' } });
    expect(requested.errors).toBeUndefined();
    expect(requested.data?.requestWorkerCheck).toMatchObject({
      status: 'QUEUED',
      note: 'end-to-end',
    });
    const id = requested.data!.requestWorkerCheck.id;

    const done = await eventually(async () => {
      const read = await admin.request<{
        workerCheck: { status: string } & Record<string, unknown>;
      }>(READ_CHECK, { id });
      const check = read.data?.workerCheck;
      return check && check.status !== 'QUEUED' && check.status !== 'RUNNING' ? check : undefined;
    });
    expect(done).toMatchObject({ id, status: 'SUCCEEDED', error: null });
    expect(done['databaseVersion']).toMatch(/^\d+/);
    expect(done['workerHost']).toContain(`pid ${process.pid}`);
    expect(done['roundTripMs']).toBeGreaterThanOrEqual(0);

    const client = new Client({ connectionString: app.database.url });
    await client.connect();
    const { rows } = await client.query(
      'SELECT status, completed_at FROM worker_checks WHERE id = $1',
      [id],
    );
    await client.end();
    expect(rows).toEqual([{ status: 'SUCCEEDED', completed_at: expect.any(Date) }]);
  });

  it('lists checks newest first with cursor pagination and a total', async () => {
    for (const note of ['one', 'two', 'three']) {
      await admin.request(REQUEST_CHECK, { input: { note } });
    }
    const LIST = `query List($first: Int!, $after: String) {
      workerChecks(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { note } }
      }
    }`;
    type Page = {
      workerChecks: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: { note: string | null } }>;
      };
    };
    const first = await admin.request<Page>(LIST, { first: 2 });
    expect(first.data?.workerChecks.totalCount).toBeGreaterThanOrEqual(4);
    expect(first.data?.workerChecks.edges.map((e) => e.node.note)).toEqual(['three', 'two']);
    expect(first.data?.workerChecks.pageInfo.hasNextPage).toBe(true);

    const second = await admin.request<Page>(LIST, {
      first: 2,
      after: first.data?.workerChecks.pageInfo.endCursor,
    });
    expect(second.data?.workerChecks.edges.map((e) => e.node.note)).toEqual(['one', 'end-to-end']);
  });

  it('answers bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await admin.request<{ workerChecks: { totalCount: number } }>(
      '{ workerChecks { totalCount } }',
    );
    const response = await admin.request(REQUEST_CHECK, { input: { note: 'x'.repeat(201) } });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: ['input', 'note'], message: 'Note must be at most 200 characters' }],
    });
    const after = await admin.request<{ workerChecks: { totalCount: number } }>(
      '{ workerChecks { totalCount } }',
    );
    expect(after.data?.workerChecks.totalCount).toBe(before.data?.workerChecks.totalCount);

    const badCursor = await admin.request('{ workerChecks(after: "nonsense") { totalCount } }');
    expect(badCursor.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(badCursor.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
      { path: ['after'], message: 'is not a cursor from this list' },
    ]);

    const tooMany = await admin.request('{ workerChecks(first: 1000) { totalCount } }');
    expect(tooMany.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
      { path: ['first'], message: 'first must be at most 100' },
    ]);
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    const response = await admin.request(READ_CHECK, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(response.errors?.[0]?.message).toBe('Worker check was not found.');
  });

  it('keeps platform diagnostics to signed-in admins', async () => {
    const anonymous = await app.graphql('{ systemStatus { version } }');
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const request = await app.graphql(REQUEST_CHECK, { input: {} });
    expect(request.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(request.data).toBeNull();
  });

  it('maps malformed queries onto the error vocabulary', async () => {
    const response = await admin.request('{ workerChecks { nope } }');
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('refuses requests that could be cross-site forgeries (CSRF prevention)', async () => {
    const simple = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ systemStatus { version } }' }),
    });
    expect(simple.status).toBe(400);
    const get = await fetch(
      `${app.url}/graphql?query=${encodeURIComponent('{ systemStatus { version } }')}`,
    );
    expect(get.status).toBe(400);
  });

  it('refuses queries that are too deep', async () => {
    const deep = `{ ${'__schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }'} workerChecks { totalCount } }`;
    const response = await admin.request(deep);
    expect(response.errors?.[0]?.message).toMatch(/nested \d+ levels deep; the limit is 10/);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('serves a schema identical to the committed apps/api/schema.graphql', () => {
    const { schema } = app.api.get(GraphQLSchemaHost);
    expect(printSortedSchema(schema)).toBe(readSchemaFile());
  });

  it('reports system status with the worker connected', async () => {
    const response = await admin.request<{
      systemStatus: {
        version: string;
        environment: string;
        database: { ok: boolean };
        redis: { ok: boolean };
        queue: { workers: number };
      };
    }>(
      '{ systemStatus { version environment database { ok latencyMs } redis { ok } queue { workers waiting active failed delayed } } }',
    );
    expect(response.data?.systemStatus).toMatchObject({
      environment: 'test',
      database: { ok: true },
      redis: { ok: true },
      queue: { workers: 1 },
    });
    expect(response.data?.systemStatus.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
