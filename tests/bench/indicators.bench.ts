import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, it } from 'vitest';
import { repoRoot, startBuiltApp, type BuiltApp } from '../support/built-app';
import { load, printFigure, summarise } from './stats';

// All built-in indicators for one museum with 60,000 sessions over one financial year,
// broken down by audience type and by deprivation decile, through GraphQL over HTTP on the
// built app, cold (a session changed before each read) and warm (cached by data version);
// then the SQL statement alone. Figures, not assertions (target: median < 100 ms).
const SESSIONS = 60_000;
const RUNS = 40;

let app: BuiltApp;
let cookie = '';
let organisationId = '';
let db: Client;

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
  // A museum of its own (signing up gives it the built-in indicators).
  const signUp = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignUpInput!) { signUp(input: $input) { organisation { id } } }',
      variables: {
        input: {
          organisationName: 'Bench Museum',
          name: 'Bench Admin',
          email: `bench-${Date.now()}@museum.example`,
          password: 'quiet-galleries-at-dusk',
        },
      },
    }),
  });
  const signedUp = (await signUp.json()) as { data: { signUp: { organisation: { id: string } } } };
  organisationId = signedUp.data.signUp.organisation.id;
  cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

  db = new Client({ connectionString: app.env['DATABASE_URL'] });
  await db.connect();
  const started = Date.now();
  const [programme] = (
    await db.query<{ id: string }>(
      `INSERT INTO programmes (organisation_id, name, strand, start_date)
       VALUES ($1, 'Bench programme', 'SCHOOLS', '2025-04-01') RETURNING id`,
      [organisationId],
    )
  ).rows;
  const partners = await db.query<{ id: string }>(
    `INSERT INTO partners (organisation_id, name, name_key, type)
     SELECT $1, 'Bench partner ' || n, 'bench partner ' || n,
            (CASE WHEN n % 3 = 0 THEN 'COMMUNITY_GROUP' ELSE 'SCHOOL' END)::partner_type
       FROM generate_series(1, 400) AS n RETURNING id`,
    [organisationId],
  );
  // 60,000 delivered sessions over FY2025 in bulk, 2-4 attendance cells each with mixed
  // audiences, ages, key stages, deciles, first-time and SEND flags; a partner on most.
  await db.query(
    `WITH s AS (
       INSERT INTO sessions (organisation_id, programme_id, date, duration_minutes, format,
         delivery_mode, status, co_designed, deprivation_decile, deprivation_index, attendance_total)
       SELECT $1, $2, DATE '2025-04-01' + (n % 365),
              CASE WHEN n % 11 = 0 THEN NULL ELSE 45 + (n % 4) * 15 END,
              (ARRAY['SCHOOL_WORKSHOP','FAMILY_DROP_IN','TALK','VIRTUAL_CLASSROOM','OUTREACH_VISIT'])[1 + n % 5]::session_format,
              (ARRAY['ONSITE','ONSITE','ONLINE','OUTREACH','HYBRID'])[1 + n % 5]::delivery_mode,
              CASE WHEN n % 25 = 0 THEN 'PLANNED' ELSE 'DELIVERED' END::session_status,
              n % 7 = 0,
              CASE WHEN n % 6 = 0 THEN NULL ELSE 1 + n % 10 END,
              CASE WHEN n % 6 = 0 THEN NULL ELSE 'IMD2025' END::deprivation_index,
              0
         FROM generate_series(1, $3::int) AS n
       RETURNING id, (abs(hashtext(id::text)) % 1000) AS h
     ), cells AS (
       INSERT INTO session_attendance (organisation_id, session_id, position, audience_type,
         age_band, key_stage, count, first_time, send)
       SELECT $1, s.id, c.position,
              (ARRAY['PUPIL','TEACHER','PARENT_CARER','YOUNG_PERSON','OLDER_ADULT','EARLY_YEARS_CHILD','ADULT_LEARNER'])[1 + (s.h + c.position * 3) % 7]::audience_type,
              CASE WHEN c.position = 2 THEN (ARRAY['AGE_0_4','AGE_16_19','AGE_35_44','AGE_65_74','UNKNOWN'])[1 + s.h % 5]::age_band END,
              CASE WHEN c.position = 0 THEN (ARRAY['KS1','KS2','KS3','KS4','EYFS'])[1 + s.h % 5]::key_stage END,
              1 + (s.h + c.position) % 30,
              CASE WHEN s.h % 3 = 0 THEN NULL ELSE s.h % 2 = 0 END,
              CASE WHEN s.h % 4 = 0 THEN NULL ELSE s.h % 9 = 0 END
         FROM s CROSS JOIN generate_series(0, 3) AS c(position)
        WHERE c.position < 2 + s.h % 3
     )
     INSERT INTO session_partners (session_id, partner_id, organisation_id)
     SELECT s.id, ($4::uuid[])[1 + s.h % 400], $1 FROM s WHERE s.h % 5 <> 0`,
    [organisationId, programme!.id, SESSIONS, partners.rows.map((r) => r.id)],
  );
  await db.query('ANALYZE');
  const sizes = await db.query<{ sessions: number; cells: number; attendances: number }>(
    `SELECT (SELECT count(*)::int FROM sessions WHERE organisation_id = $1) AS sessions,
            (SELECT count(*)::int FROM session_attendance WHERE organisation_id = $1) AS cells,
            (SELECT sum(count)::int FROM session_attendance WHERE organisation_id = $1) AS attendances`,
    [organisationId],
  );
  printFigure('indicators: museum built', { ...sizes.rows[0]!, buildMs: Date.now() - started });
}, 600_000);

afterAll(async () => {
  await db?.end();
  await app?.stop();
});

const VALUES = `query($d: Disaggregation) {
  indicatorValues(period: { key: "FY2025" }, disaggregation: $d) {
    indicator { code } value n disaggregation cells { key value n suppressed } rag
  }
}`;

for (const disaggregation of ['AUDIENCE_TYPE', 'DEPRIVATION_DECILE'] as const) {
  it(`indicatorValues, every built-in, FY2025, by ${disaggregation}, over HTTP`, async () => {
    const first = await graphql<{
      indicatorValues: Array<{ indicator: { code: string }; value: number | null }>;
    }>(VALUES, { d: disaggregation });
    const attendances = first.indicatorValues.find((v) => v.indicator.code === 'ATTENDANCES');
    // Cold: a session changed just before each read, so the figures are computed afresh.
    const cold: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      await db.query(
        `UPDATE sessions SET notes = 'bench ' || $2 WHERE id = (SELECT id FROM sessions WHERE organisation_id = $1 LIMIT 1)`,
        [organisationId, i],
      );
      const start = performance.now();
      await graphql(VALUES, { d: disaggregation });
      cold.push(performance.now() - start);
    }
    printFigure(`indicatorValues by ${disaggregation}, cold (${SESSIONS} sessions)`, {
      ...summarise(cold),
      attendances: attendances?.value ?? 'none',
      indicators: first.indicatorValues.length,
    });
    // Warm: the same dashboard read again with nothing changed (cached by data version).
    const run = await load(
      RUNS,
      1,
      async () => void (await graphql(VALUES, { d: disaggregation })),
    );
    printFigure(`indicatorValues by ${disaggregation}, warm (${SESSIONS} sessions)`, {
      ...summarise(run.latencies),
    });
  });
}

it('the SQL statement alone (every built-in, total and cells, one statement)', async () => {
  // The built repository, over a plain client: what the database takes, without HTTP or Nest.
  const require = createRequire(import.meta.url);
  const { IndicatorValuesRepository } = require(
    join(repoRoot, 'apps/api/dist/modules/indicators/indicator-values.repository.js'),
  ) as {
    IndicatorValuesRepository: new (ds: unknown) => {
      builtIns(
        org: string,
        window: { start: string; end: string },
        scope: { kind: 'MUSEUM'; id: null },
        d: string | null,
      ): Promise<unknown>;
    };
  };
  const manager = {
    query: async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows,
  };
  const repository = new IndicatorValuesRepository({
    manager,
    transaction: async (work: (m: typeof manager) => Promise<unknown>) => {
      await db.query('BEGIN');
      try {
        return await work(manager);
      } finally {
        await db.query('COMMIT');
      }
    },
  });
  for (const disaggregation of ['AUDIENCE_TYPE', 'DEPRIVATION_DECILE'] as const) {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const start = performance.now();
      await repository.builtIns(
        organisationId,
        { start: '2025-04-01', end: '2026-03-31' },
        { kind: 'MUSEUM', id: null },
        disaggregation,
      );
      samples.push(performance.now() - start);
    }
    printFigure(`built-ins SQL alone by ${disaggregation}`, summarise(samples));
  }
});
