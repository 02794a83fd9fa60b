import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { afterAll, beforeAll, it } from 'vitest';
import { startBuiltApp, type BuiltApp } from '../support/built-app';
import { load, printFigure, summarise } from './stats';

// Logging sessions and reading the session list on the built app, on this machine.
// Figures, not assertions.
const SEEDED_SESSIONS = 3000;

let app: BuiltApp;
let cookie = '';
let programmeId = '';
let siteId = '';
let partnerIds: string[] = [];
let userId = '';

/**
 * CPU time the API process has used, in ms (Linux /proc; utime + stime at 100 ticks a
 * second). Latency on a busy 2-core machine says more about the neighbours than about the
 * code; CPU per request does not, and bounds throughput: 1000 / cpuMs requests a second.
 */
function apiCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/${app.api.child.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** Runs `load` and prints its latency figures with the API's CPU time per request. */
async function measure(
  name: string,
  total: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<void> {
  const cpuBefore = apiCpuMs();
  const run = await load(total, concurrency, task);
  const cpu = (apiCpuMs() - cpuBefore) / total;
  printFigure(name, {
    ...summarise(run.latencies),
    perSecond: run.perSecond,
    apiCpuMsPerRequest: Math.round(cpu * 100) / 100,
  });
}

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

beforeAll(async () => {
  app = await startBuiltApp({
    worker: false,
    env: { LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '1000000' },
  });
  const signIn = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
      variables: { input: { email: app.demo.people[0]!.email, password: app.demo.password } },
    }),
  });
  const signedIn = (await signIn.json()) as { data: { signIn: { user: { id: string } } } };
  userId = signedIn.data.signIn.user.id;
  cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

  const { organisation } = await graphql<{ organisation: { id: string; sites: { id: string }[] } }>(
    '{ organisation { id sites { id } } }',
  );
  siteId = organisation.sites[0]!.id;
  programmeId = (
    await graphql<{ createProgramme: { id: string } }>(
      `
        mutation ($input: CreateProgrammeInput!) {
          createProgramme(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          name: 'Bench schools programme',
          strand: 'SCHOOLS',
          status: 'ACTIVE',
          startDate: '2020-04-01',
          siteIds: [siteId],
        },
      },
    )
  ).createProgramme.id;

  // A museum with a few thousand sessions: written straight to the database, in bulk.
  const db = new Client({ connectionString: app.env['DATABASE_URL'] });
  await db.connect();
  try {
    const partners = await db.query<{ id: string }>(
      `INSERT INTO partners (organisation_id, name, name_key, type, postcode)
       SELECT $1, 'Bench school ' || n, 'bench school ' || n, 'SCHOOL', 'ZZ1 1AA'
         FROM generate_series(1, 20) AS n RETURNING id`,
      [organisation.id],
    );
    partnerIds = partners.rows.map((row) => row.id);
    await db.query(
      `WITH s AS (
         INSERT INTO sessions (organisation_id, programme_id, date, start_time, duration_minutes,
           format, delivery_mode, status, site_id, attendance_total, created_by_user_id)
         SELECT $1, $2, DATE '2026-09-30' - (n % 900), TIME '09:00' + (n % 6) * INTERVAL '1 hour',
           60, 'SCHOOL_WORKSHOP', 'ONSITE', 'DELIVERED', $3, 33, $4
           FROM generate_series(1, $5::int) AS n
         RETURNING id
       ), cells AS (
         INSERT INTO session_attendance (organisation_id, session_id, position, audience_type,
           key_stage, count, count_kind)
         SELECT $1, s.id, c.position, c.audience::audience_type, c.stage::key_stage, c.count,
           'HEADCOUNT' FROM s
           CROSS JOIN (VALUES (0, 'PUPIL', 'KS2', 30), (1, 'TEACHER', NULL, 3))
             AS c(position, audience, stage, count)
       )
       INSERT INTO session_partners (session_id, partner_id, organisation_id)
       SELECT s.id, ($6::uuid[])[1 + (abs(hashtext(s.id::text)) % 20)], $1 FROM s`,
      [organisation.id, programmeId, siteId, userId, SEEDED_SESSIONS, partnerIds],
    );
    await db.query('ANALYZE');
  } finally {
    await db.end();
  }
});

afterAll(async () => {
  await app?.stop();
});

const LOG = `mutation($input: LogSessionInput!) { logSession(input: $input) { id attendanceTotal } }`;

it('baseline: a trivial query, to read the other figures against this machine', async () => {
  await load(100, 1, async () => void (await graphql('{ organisation { id } }')));
  await measure('baseline { organisation { id } } c=1', 500, 1, async () => {
    await graphql('{ organisation { id } }');
  });
});

it('logSession (2 cells, a partner, a facilitator) under 20 concurrent clients', async () => {
  const input = (i: number) => ({
    programmeId,
    date: '2026-06-01',
    startTime: '10:00',
    durationMinutes: 90,
    format: 'SCHOOL_WORKSHOP',
    deliveryMode: 'ONSITE',
    siteId,
    partnerIds: [partnerIds[i % partnerIds.length]],
    facilitators: [{ type: 'STAFF', userId, name: 'Bench officer' }],
    attendance: [
      { audienceType: 'PUPIL', keyStage: 'KS2', count: 28 },
      { audienceType: 'TEACHER', count: 3, countKind: 'ESTIMATE' },
    ],
  });
  await load(100, 20, async (i) => void (await graphql(LOG, { input: input(i) })));
  await measure('logSession c=20', 1000, 20, async (i) => {
    await graphql(LOG, { input: input(i) });
  });
  await measure('logSession c=1', 300, 1, async (i) => {
    await graphql(LOG, { input: input(i) });
  });
});

it(`a page of 50 sessions with relations, on a museum with ${SEEDED_SESSIONS}+ sessions`, async () => {
  const query = `query($after: String, $filter: SessionFilterInput) {
    sessions(first: 50, after: $after, filter: $filter) {
      totalCount totalAttendance pageInfo { hasNextPage endCursor }
      edges { node {
        id date startTime format deliveryMode status attendanceTotal hasEstimates
        programme { id name } site { id name } partners { id name }
        attendance { audienceType keyStage ageBand count countKind }
      } }
    }
  }`;
  // A cursor deep in the list, so pages further back are measured too.
  let deep: string | null = null;
  for (let i = 0; i < 20; i += 1) {
    const data: { sessions: { pageInfo: { endCursor: string | null } } } = await graphql(query, {
      after: deep,
    });
    deep = data.sessions.pageInfo.endCursor;
  }
  await load(50, 1, async () => void (await graphql(query)));
  await measure('sessions page 1 (50, relations) c=1', 300, 1, async () => {
    await graphql(query);
  });
  await measure('sessions page 21 (50, relations) c=1', 300, 1, async () => {
    await graphql(query, { after: deep });
  });
  await measure('sessions filtered by year and partner c=1', 300, 1, async () => {
    await graphql(query, {
      filter: { from: '2025-04-01', to: '2026-03-31', partnerId: partnerIds[3] },
    });
  });
  await measure('sessions page 1 (50, relations) c=4', 600, 4, async () => {
    await graphql(query);
  });
});

it(`CSV export of ${SEEDED_SESSIONS}+ sessions`, async () => {
  const started = performance.now();
  const response = await fetch(`${app.baseUrl}/api/exports/sessions.csv`, {
    headers: { cookie, accept: 'text/csv' },
  });
  const bytes = (await response.arrayBuffer()).byteLength;
  printFigure('sessions.csv', {
    status: response.status,
    ms: Math.round(performance.now() - started),
    kilobytes: Math.round(bytes / 1024),
  });
});
