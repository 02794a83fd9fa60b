import { afterAll, beforeAll, it } from 'vitest';
import { startBuiltApp, type BuiltApp } from '../support/built-app';
import { load, printFigure, summarise } from './stats';

// The action log through the built API: appends under the per-museum chain lock (one at a
// time, then 8 at once, which queue on the lock), verifyActionLog over the whole chain,
// manifesto coverage and the say/do gaps query. Figures, not assertions.
const APPENDS = 2000;

let app: BuiltApp;
let cookie = '';
let commitmentId = '';

async function graphql<T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

const APPEND = `mutation($input: AppendActionInput!) { appendAction(input: $input) { sequence } }`;

beforeAll(async () => {
  app = await startBuiltApp({
    worker: false,
    env: { LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '1000000' },
  });
  const admin = app.demo.people.find((p) => p.role === 'ADMIN')!;
  const signIn = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
      variables: { input: { email: admin.email, password: app.demo.password } },
    }),
  });
  cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { commitments } = await graphql<{ commitments: Array<{ id: string }> }>(
    '{ commitments { id } }',
  );
  commitmentId = commitments[0]!.id;
});

afterAll(async () => {
  await app?.stop();
});

it('measures appends, verify, coverage and gaps', { timeout: 600_000 }, async () => {
  const append = (i: number) =>
    graphql(APPEND, {
      input: { commitmentId, occurredOn: '2026-01-15', whatWasDone: `Bench action ${i}` },
    }).then(() => undefined);

  const serial = await load(APPENDS / 2, 1, append);
  printFigure('appendAction, 1 at a time', {
    ...summarise(serial.latencies),
    perSecond: serial.perSecond,
  });
  const parallel = await load(APPENDS / 2, 8, (i) => append(APPENDS / 2 + i));
  printFigure('appendAction, 8 at once (one chain)', {
    ...summarise(parallel.latencies),
    perSecond: parallel.perSecond,
  });

  const verify = await load(10, 1, async () => {
    const { verifyActionLog } = await graphql<{
      verifyActionLog: { ok: boolean; checkedCount: number };
    }>('{ verifyActionLog { ok checkedCount } }');
    if (!verifyActionLog.ok) throw new Error('the chain broke under load');
  });
  printFigure(`verifyActionLog over ${APPENDS + 20} entries`, summarise(verify.latencies));

  const coverage = await load(50, 1, () =>
    graphql(
      '{ manifestoCoverage(period: { key: "FY2025" }) { principles { actionsLast90Days } } }',
    ).then(() => undefined),
  );
  printFigure('manifestoCoverage (FY)', summarise(coverage.latencies));
  const gaps = await load(50, 1, () =>
    graphql('{ sayDoGaps { reason } commitments { id sayDoGap { reason } actionCount } }').then(
      () => undefined,
    ),
  );
  printFigure('sayDoGaps + commitments with gaps', summarise(gaps.latencies));
});
