import { afterAll, beforeAll, it } from 'vitest';
import { startBuiltApp, type BuiltApp } from '../support/built-app';
import { load, printFigure, summarise } from './stats';

// The built API and worker as in production, on this machine. Figures, not assertions.
let app: BuiltApp;
let cookie = '';
beforeAll(async () => {
  app = await startBuiltApp({ env: { LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '1000000' } });
  cookie = await signIn();
});
afterAll(async () => {
  await app?.stop();
});

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { role } }';

/** Signs in as the demo admin; returns the session cookie. */
async function signIn(): Promise<string> {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: SIGN_IN,
      variables: { input: { email: app.demo.people[0]!.email, password: app.demo.password } },
    }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function graphql(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data ?? {};
}

it('health/ready under 10 concurrent clients', async () => {
  await load(200, 10, async () => void (await fetch(`${app.baseUrl}/health/ready`)).arrayBuffer());
  const run = await load(
    2000,
    10,
    async () => void (await fetch(`${app.baseUrl}/health/ready`)).arrayBuffer(),
  );
  printFigure('health/ready c=10', { ...summarise(run.latencies), perSecond: run.perSecond });
});

it('GraphQL status page query under 10 concurrent clients', async () => {
  for (let i = 0; i < 20; i += 1)
    await graphql('mutation { requestWorkerCheck(input: {}) { id } }');
  const query =
    '{ systemStatus { version database { ok } redis { ok } queue { workers waiting } } workerChecks(first: 20) { totalCount edges { node { id status requestedAt roundTripMs } } } }';
  await load(100, 10, async () => void (await graphql(query)));
  const run = await load(1000, 10, async () => void (await graphql(query)));
  printFigure('status page query c=10', { ...summarise(run.latencies), perSecond: run.perSecond });
});

it('sign-in (argon2id verify + session) sequentially and under 4 concurrent clients', async () => {
  await load(5, 1, async () => void (await signIn()));
  const sequential = await load(100, 1, async () => void (await signIn()));
  printFigure('signIn c=1', {
    ...summarise(sequential.latencies),
    perSecond: sequential.perSecond,
  });
  const concurrent = await load(200, 4, async () => void (await signIn()));
  printFigure('signIn c=4', {
    ...summarise(concurrent.latencies),
    perSecond: concurrent.perSecond,
  });
});

it('worker round trip (request -> worker -> Postgres)', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 100; i += 1) {
    const data = (await graphql('mutation { requestWorkerCheck(input: {}) { id } }')) as {
      requestWorkerCheck: { id: string };
    };
    ids.push(data.requestWorkerCheck.id);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const trips: number[] = [];
  for (const id of ids) {
    for (;;) {
      const data = (await graphql(
        'query($id: ID!) { workerCheck(id: $id) { status roundTripMs } }',
        { id },
      )) as {
        workerCheck: { status: string; roundTripMs: number | null };
      };
      if (data.workerCheck.status === 'SUCCEEDED') {
        trips.push(data.workerCheck.roundTripMs ?? NaN);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  printFigure('worker check round trip', summarise(trips));
});
