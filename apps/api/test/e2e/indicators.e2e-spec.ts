/**
 * Indicators, targets, results and period locks over GraphQL: a head of learning sets a
 * target, sees actual against target with RAG, records and approves results, locks a quarter
 * (sessions and results in it are refused), unlocks it (audited); trustees see no drafts;
 * small cells are withheld in indicatorValues, results and the CSV export.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestApp,
  type GraphQLClient,
  type GraphQLResponse,
  type Museum,
  type TestApp,
} from '../support/test-app';

const LOCKED_MESSAGE =
  'Q1 2025/26 is locked: a head of learning must unlock it before sessions, attendance or results in it can change';

const INDICATORS = `query($filter: IndicatorFilterInput) { indicators(filter: $filter) {
  id code name source editable archived allowedDisaggregations unit direction cumulativeClass
  frameworkElements { code } owner { id } } }`;
const VALUES = `query($period: PeriodInput!, $scope: ScopeInput, $ids: [ID!], $d: Disaggregation) {
  indicatorValues(period: $period, scope: $scope, indicatorIds: $ids, disaggregation: $d) {
    indicator { id code } period { key label } scope { kind id label }
    value n benchmark disaggregation note rag
    cells { key label value n suppressed }
    target { id targetValue greenThreshold amberThreshold indicator { code } }
  } }`;
const CREATE = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) {
  id code name source editable frameworkElements { code } owner { id } } }`;
const UPDATE = `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) {
  id code name allowedDisaggregations owner { id } } }`;
const SET_TARGET = `mutation($input: SetTargetInput!) { setTarget(input: $input) {
  id targetValue scope { kind label } period { key label } indicator { code } } }`;
const SAVE_RESULT = `mutation($input: SaveResultInput!) { saveResult(input: $input) {
  id value n status suppressed commentary enteredBy { id } } }`;
const RECORD = `mutation($input: RecordComputedResultsInput!) { recordComputedResults(input: $input) {
  id indicator { code } disaggregation cellKey value n suppressed status } }`;
const RESULTS = `query($period: PeriodInput!, $status: ResultStatus, $indicatorId: ID) {
  results(period: $period, status: $status, indicatorId: $indicatorId) {
    id indicator { code } disaggregation cellKey cellLabel value n suppressed status commentary
    approvedBy { id } } }`;
const APPROVE = `mutation($ids: [ID!]!) { approveResults(input: { ids: $ids }) { id status approvedBy { id } } }`;
const LOCK = `mutation($input: LockPeriodInput!) { lockPeriod(input: $input) {
  id reason period { key label start end } lockedBy { id } } }`;
const UNLOCK = `mutation($input: UnlockPeriodInput!) { unlockPeriod(input: $input) { id period { key } } }`;
const LOG = `mutation($input: LogSessionInput!) { logSession(input: $input) { id date } }`;
const UPDATE_SESSION = `mutation($input: UpdateSessionInput!) { updateSession(input: $input) { id date } }`;
const DELETE_SESSION = `mutation($id: ID!) { deleteSession(input: { id: $id }) { id } }`;

function codeOf(response: GraphQLResponse): unknown {
  return response.errors?.[0]?.extensions?.['code'];
}

function fieldErrors(response: GraphQLResponse): Record<string, string> {
  const errors = (response.errors?.[0]?.extensions?.['fieldErrors'] ?? []) as Array<{
    path: string[];
    message: string;
  }>;
  return Object.fromEntries(errors.map((e) => [e.path.join('.'), e.message]));
}

type Value = {
  indicator: { id: string; code: string };
  value: number | null;
  n: number | null;
  rag: string | null;
  note: string | null;
  benchmark: number | null;
  disaggregation: string | null;
  cells: Array<{ key: string; value: number | null; n: number | null; suppressed: boolean }>;
  target: { id: string; targetValue: number } | null;
};
type Result = {
  id: string;
  indicator: { code: string };
  disaggregation: string | null;
  cellKey: string | null;
  value: number | null;
  n: number | null;
  suppressed: boolean;
  status: string;
};

describe('indicators, targets, results and period locks', () => {
  let app: TestApp;
  let db: Client;
  let museum: Museum;
  let other: Museum;
  let head: GraphQLClient;
  let officer: GraphQLClient;
  let trustee: GraphQLClient;
  let programmeId: string;
  let siteId: string;
  let q1SessionId: string;
  let q2SessionId: string;
  let manualId: string;
  let ids: Record<string, string>;

  const run = async <T = Record<string, unknown>>(
    client: GraphQLClient,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> => {
    const response = await client.request<T>(query, variables);
    if (response.errors) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  };

  const session = (date: string, overrides: Record<string, unknown> = {}) => ({
    programmeId,
    date,
    durationMinutes: 60,
    format: 'SCHOOL_WORKSHOP',
    deliveryMode: 'ONSITE',
    siteId,
    facilitators: [],
    partnerIds: [],
    frameworkElementIds: [],
    attendance: [
      { audienceType: 'PUPIL', keyStage: 'KS2', count: 28 },
      { audienceType: 'TEACHER', count: 3 },
    ],
    ...overrides,
  });

  const values = async (client: GraphQLClient, variables: Record<string, unknown>) =>
    (await run<{ indicatorValues: Value[] }>(client, VALUES, variables)).indicatorValues;

  const manualInput = {
    code: 'teacher_confidence',
    name: 'Teachers reporting increased confidence',
    definition: 'Teachers who say the CPD raised their confidence, as a share of those asked.',
    type: 'PERCENTAGE',
    source: 'MANUAL',
    unit: '%',
    direction: 'INCREASE',
    cumulativeClass: 'NON_CUMULATIVE',
    allowedDisaggregations: ['AUDIENCE_TYPE'],
    frameworkElementIds: [],
  };

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    db = new Client({ connectionString: app.database.url });
    await db.connect();
    [museum, other] = await Promise.all([
      app.signUpMuseum({ name: 'Impact Museum' }),
      app.signUpMuseum({ name: 'Other Museum' }),
    ]);
    head = await app.joinAs(museum.admin, 'head@impact.example', 'HEAD_OF_LEARNING', 'Hana Head');
    officer = await app.joinAs(museum.admin, 'officer@impact.example', 'LEARNING_OFFICER');
    trustee = await app.joinAs(museum.admin, 'trustee@impact.example', 'TRUSTEE');
    siteId = (
      await run<{ createSite: { id: string } }>(
        museum.admin,
        'mutation { createSite(input: { name: "Main museum", type: MUSEUM }) { id } }',
      )
    ).createSite.id;
    programmeId = (
      await run<{ createProgramme: { id: string } }>(
        head,
        'mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
        {
          input: {
            name: 'Schools',
            strand: 'SCHOOLS',
            status: 'ACTIVE',
            startDate: '2025-04-01',
            siteIds: [],
            targetAudiences: ['PUPIL'],
          },
        },
      )
    ).createProgramme.id;
    q1SessionId = (
      await run<{ logSession: { id: string } }>(officer, LOG, { input: session('2025-05-14') })
    ).logSession.id;
    q2SessionId = (
      await run<{ logSession: { id: string } }>(officer, LOG, { input: session('2025-08-14') })
    ).logSession.id;
    const list = await run<{ indicators: Array<{ id: string; code: string }> }>(head, INDICATORS);
    ids = Object.fromEntries(list.indicators.map((i) => [i.code, i.id]));
  });

  afterAll(async () => {
    await db?.end();
    await app?.close();
  });

  it('gives every museum the built-in indicators, fixed and in order', async () => {
    const { indicators } = await run<{
      indicators: Array<{ code: string; source: string; editable: boolean }>;
    }>(trustee, INDICATORS);
    expect(indicators.map((i) => i.code)).toEqual([
      'SESSIONS_DELIVERED',
      'ATTENDANCES',
      'ATTENDANCES_BY_AUDIENCE_TYPE',
      'CYP_ATTENDANCES',
      'DISTINCT_SCHOOLS',
      'DISTINCT_PARTNERS',
      'DEPRIVED_SHARE',
      'ONLINE_SHARE',
      'CONTACT_HOURS',
      'FIRST_TIME_SHARE',
      'CO_DESIGNED_SHARE',
    ]);
    expect(indicators.every((i) => i.source === 'BUILT_IN' && !i.editable)).toBe(true);
  });

  it('creates, validates and edits indicators (built-ins only in owner, links and breakdowns)', async () => {
    expect(codeOf(await officer.request(CREATE, { input: manualInput }))).toBe('FORBIDDEN');
    const builtIn = await head.request(CREATE, { input: { ...manualInput, source: 'BUILT_IN' } });
    expect(fieldErrors(builtIn)).toHaveProperty(['input.source']);
    const created = await run<{ createIndicator: { id: string; code: string; editable: boolean } }>(
      head,
      CREATE,
      { input: manualInput },
    );
    manualId = created.createIndicator.id;
    expect(created.createIndicator).toMatchObject({ code: 'TEACHER_CONFIDENCE', editable: true });
    const clash = await head.request(CREATE, { input: { ...manualInput, name: 'Again' } });
    expect(codeOf(clash)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(clash)['input.code']).toMatch(/already the code/);
    const survey = await head.request(CREATE, {
      input: { ...manualInput, code: 'KNOWLEDGE_CHANGE', source: 'SURVEY' },
    });
    expect(Object.keys(fieldErrors(survey)).sort()).toEqual([
      'input.surveyItemCode',
      'input.surveyStatistic',
    ]);

    const attendances = {
      id: ids['ATTENDANCES'],
      code: 'ATTENDANCES',
      name: 'Attendances',
      type: 'COUNT',
      source: 'BUILT_IN',
      unit: 'attendances',
      direction: 'INCREASE',
      cumulativeClass: 'NON_CUMULATIVE',
      allowedDisaggregations: ['AUDIENCE_TYPE', 'DEPRIVATION_DECILE'],
      frameworkElementIds: [],
      ownerId: museum.userId,
    };
    const { rows } = await db.query<{ definition: string }>(
      `SELECT definition FROM indicators WHERE id = $1`,
      [ids['ATTENDANCES']],
    );
    const full = { ...attendances, definition: rows[0]!.definition };
    const renamed = await head.request(UPDATE, { input: { ...full, name: 'Visits' } });
    expect(fieldErrors(renamed)['input.name']).toMatch(/fixed for a built-in/);
    const updated = await run<{
      updateIndicator: { allowedDisaggregations: string[]; owner: { id: string } };
    }>(head, UPDATE, { input: full });
    expect(updated.updateIndicator.allowedDisaggregations).toEqual([
      'AUDIENCE_TYPE',
      'DEPRIVATION_DECILE',
    ]);
    expect(updated.updateIndicator.owner.id).toBe(museum.userId);
  });

  it('shows actual against target with a direction-aware RAG', async () => {
    const badThresholds = await head.request(SET_TARGET, {
      input: {
        indicatorId: ids['ATTENDANCES'],
        scope: { kind: 'MUSEUM' },
        period: { key: 'FY2025' },
        targetValue: 100,
        greenThreshold: 90,
        amberThreshold: 95,
      },
    });
    expect(fieldErrors(badThresholds)).toHaveProperty(['input.amberThreshold']);
    const targetInput = {
      indicatorId: ids['ATTENDANCES'],
      scope: { kind: 'MUSEUM' },
      period: { key: 'FY2025' },
      targetValue: 100,
      greenThreshold: 100,
      amberThreshold: 50,
    };
    expect(codeOf(await officer.request(SET_TARGET, { input: targetInput }))).toBe('FORBIDDEN');
    const target = await run<{
      setTarget: { id: string; scope: { label: string }; period: { label: string } };
    }>(head, SET_TARGET, {
      input: {
        indicatorId: ids['ATTENDANCES'],
        scope: { kind: 'MUSEUM' },
        period: { key: 'FY2025' },
        targetValue: 100,
        baselineValue: 80,
        baselineLabel: '2024/25 actual',
        greenThreshold: 100,
        amberThreshold: 50,
      },
    });
    expect(target.setTarget.scope.label).toBe('Impact Museum');
    const withTargets = await run<{
      indicators: Array<{
        code: string;
        targets: Array<{ targetValue: number; scope: { label: string } }>;
      }>;
    }>(
      trustee,
      '{ indicators { code targets(period: { key: "FY2025" }) { targetValue scope { label } } } }',
    );
    expect(withTargets.indicators.find((i) => i.code === 'ATTENDANCES')?.targets).toEqual([
      { targetValue: 100, scope: { label: 'Impact Museum' } },
    ]);
    expect(withTargets.indicators.find((i) => i.code === 'SESSIONS_DELIVERED')?.targets).toEqual(
      [],
    );
    expect(target.setTarget.period.label).toBe('2025/26');

    const year = await values(trustee, { period: { key: 'FY2025' } });
    const attendances = year.find((v) => v.indicator.code === 'ATTENDANCES')!;
    expect(attendances).toMatchObject({ value: 62, n: 62, rag: 'AMBER' });
    expect(attendances.target?.targetValue).toBe(100);
    expect(year.find((v) => v.indicator.code === 'SESSIONS_DELIVERED')).toMatchObject({
      value: 2,
      rag: null,
      target: null,
    });
    expect(year.find((v) => v.indicator.code === 'DEPRIVED_SHARE')?.benchmark).toBe(30);
    expect(year.find((v) => v.indicator.code === 'TEACHER_CONFIDENCE')).toMatchObject({
      value: null,
      note: 'Enter results for manual indicators',
    });
  });

  it('withholds small cells in indicatorValues (and the cell that would give them away)', async () => {
    const year = await values(trustee, {
      period: { key: 'FY2025' },
      ids: [ids['ATTENDANCES']],
      d: 'AUDIENCE_TYPE',
    });
    expect(year[0]).toMatchObject({ value: 62, disaggregation: 'AUDIENCE_TYPE' });
    // Teachers (6) pass the threshold of 5; in one quarter (3) they do not.
    expect(year[0]!.cells.map((c) => [c.key, c.value, c.suppressed])).toEqual([
      ['PUPIL', 56, false],
      ['TEACHER', 6, false],
    ]);
    const quarter = await values(trustee, {
      period: { key: 'FQ2025-1' },
      ids: [ids['ATTENDANCES']],
      d: 'AUDIENCE_TYPE',
    });
    expect(quarter[0]!.value).toBe(31);
    // Teachers (3) are under the threshold; pupils (28) are withheld too, or the total
    // would give the teachers away.
    expect(quarter[0]!.cells.map((c) => [c.key, c.value, c.n, c.suppressed])).toEqual([
      ['PUPIL', null, null, true],
      ['TEACHER', null, null, true],
    ]);
  });

  it('records computed results, hides drafts from trustees and approves them', async () => {
    const recorded = await run<{ recordComputedResults: Result[] }>(officer, RECORD, {
      input: { period: { key: 'FQ2025-1' } },
    });
    const total = recorded.recordComputedResults.find(
      (r) => r.indicator.code === 'ATTENDANCES' && r.disaggregation === null,
    );
    expect(total).toMatchObject({ value: 31, n: 31, status: 'DRAFT', suppressed: false });
    const teacherCell = recorded.recordComputedResults.find(
      (r) => r.indicator.code === 'ATTENDANCES' && r.cellKey === 'TEACHER',
    );
    expect(teacherCell).toMatchObject({ value: null, n: null, suppressed: true });

    const saved = await run<{ saveResult: { id: string; status: string } }>(officer, SAVE_RESULT, {
      input: {
        indicatorId: manualId,
        scope: { kind: 'MUSEUM' },
        period: { key: 'FQ2025-1' },
        value: 62.5,
        n: 16,
        commentary: 'From the CPD feedback forms',
      },
    });
    expect(saved.saveResult.status).toBe('DRAFT');
    // A cell with no n is withheld: the number of people behind it is unknown.
    const cell = await run<{ saveResult: { value: number | null; suppressed: boolean } }>(
      officer,
      SAVE_RESULT,
      {
        input: {
          indicatorId: manualId,
          scope: { kind: 'MUSEUM' },
          period: { key: 'FQ2025-1' },
          disaggregation: 'AUDIENCE_TYPE',
          cellKey: 'TEACHER',
          value: 70,
        },
      },
    );
    expect(cell.saveResult).toMatchObject({ value: null, suppressed: true });
    const badCell = await officer.request(SAVE_RESULT, {
      input: {
        indicatorId: manualId,
        scope: { kind: 'MUSEUM' },
        period: { key: 'FQ2025-1' },
        disaggregation: 'AUDIENCE_TYPE',
        cellKey: 'DRAGON',
        value: 1,
      },
    });
    expect(fieldErrors(badCell)).toHaveProperty(['input.cellKey']);

    expect(
      (await run<{ results: Result[] }>(trustee, RESULTS, { period: { key: 'FQ2025-1' } })).results,
    ).toEqual([]);
    const headView = await values(head, { period: { key: 'FQ2025-1' }, ids: [manualId] });
    expect(headView[0]!.value).toBe(62.5);
    const trusteeView = await values(trustee, { period: { key: 'FQ2025-1' }, ids: [manualId] });
    expect(trusteeView[0]!.value).toBeNull();

    const drafts = (
      await run<{ results: Result[] }>(head, RESULTS, {
        period: { key: 'FQ2025-1' },
        status: 'DRAFT',
      })
    ).results;
    expect(drafts.length).toBe(recorded.recordComputedResults.length + 2);
    expect(codeOf(await officer.request(APPROVE, { ids: [drafts[0]!.id] }))).toBe('FORBIDDEN');
    const lockWithDrafts = await head.request(LOCK, { input: { period: { key: 'FQ2025-1' } } });
    expect(codeOf(lockWithDrafts)).toBe('CONFLICT');
    expect(lockWithDrafts.errors?.[0]?.message).toMatch(/draft results remain in Q1 2025\/26/);
    const approved = await run<{
      approveResults: Array<{ status: string; approvedBy: { id: string } }>;
    }>(head, APPROVE, { ids: drafts.map((d) => d.id) });
    expect(approved.approveResults.every((r) => r.status === 'APPROVED')).toBe(true);
    const trusteeResults = (
      await run<{ results: Result[] }>(trustee, RESULTS, { period: { key: 'FQ2025-1' } })
    ).results;
    expect(trusteeResults.length).toBe(drafts.length);
    expect(
      trusteeResults.find((r) => r.cellKey === 'TEACHER' && r.indicator.code === 'ATTENDANCES'),
    ).toMatchObject({
      value: null,
      suppressed: true,
    });
  });

  it('exports results as CSV with the same suppression', async () => {
    const response = await fetch(`${app.url}/api/exports/results.csv?period=FQ2025-1`, {
      headers: { cookie: trustee.cookie ?? '', accept: 'text/csv' },
    });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(Buffer.from(bytes), { bom: true, columns: true }) as Array<
      Record<string, string>
    >;
    const total = records.find(
      (r) => r['indicator_code'] === 'ATTENDANCES' && r['disaggregation'] === '',
    );
    expect(total).toMatchObject({ value: '31', n: '31', suppressed: 'false', status: 'APPROVED' });
    const teachers = records.find(
      (r) => r['indicator_code'] === 'ATTENDANCES' && r['cell_key'] === 'TEACHER',
    );
    expect(teachers).toMatchObject({ value: '', n: '', suppressed: 'true' });
    expect(records.some((r) => r['value'] === '3' && r['cell_key'] === 'TEACHER')).toBe(false);
    const bad = await fetch(`${app.url}/api/exports/results.csv`, {
      headers: { cookie: trustee.cookie ?? '' },
    });
    expect(bad.status).toBe(400);
  });

  it('locks a quarter: sessions, attendance and results in it are refused until a head unlocks it', async () => {
    expect(codeOf(await officer.request(LOCK, { input: { period: { key: 'FQ2025-1' } } }))).toBe(
      'FORBIDDEN',
    );
    const { lockPeriod } = await run<{
      lockPeriod: { id: string; period: { start: string }; lockedBy: { id: string } };
    }>(head, LOCK, {
      input: { period: { key: 'FQ2025-1' }, reason: 'Signed off for the trustee pack' },
    });
    expect(lockPeriod.period.start).toBe('2025-04-01');
    const locked = (
      await run<{ results: Result[] }>(trustee, RESULTS, { period: { key: 'FQ2025-1' } })
    ).results;
    expect(locked.every((r) => r.status === 'LOCKED')).toBe(true);

    const refusals = [
      await officer.request(UPDATE_SESSION, {
        input: {
          id: q1SessionId,
          status: 'DELIVERED',
          ...session('2025-05-14', { attendance: [{ audienceType: 'PUPIL', count: 1 }] }),
        },
      }),
      await officer.request(LOG, { input: session('2025-06-30') }),
      // Moving a session from an open quarter into the locked one.
      await officer.request(UPDATE_SESSION, {
        input: { id: q2SessionId, status: 'DELIVERED', ...session('2025-04-02') },
      }),
    ];
    for (const refused of refusals) {
      expect(codeOf(refused)).toBe('CONFLICT');
      expect(refused.errors?.[0]?.message).toBe(LOCKED_MESSAGE);
      expect(refused.errors?.[0]?.extensions?.['periodKey']).toBe('FQ2025-1');
      expect(fieldErrors(refused)['input.date']).toBe(LOCKED_MESSAGE);
    }
    const deleted = await officer.request(DELETE_SESSION, { id: q1SessionId });
    expect(codeOf(deleted)).toBe('CONFLICT');
    expect(deleted.errors?.[0]?.message).toBe(LOCKED_MESSAGE);
    const result = await officer.request(SAVE_RESULT, {
      input: {
        indicatorId: manualId,
        scope: { kind: 'MUSEUM' },
        period: { key: 'FQ2025-1' },
        value: 1,
      },
    });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toBe(LOCKED_MESSAGE);
    const approveLocked = await head.request(APPROVE, { ids: [locked[0]!.id] });
    expect(codeOf(approveLocked)).toBe('CONFLICT');
    expect(approveLocked.errors?.[0]?.message).toBe(LOCKED_MESSAGE);
    const deleteLocked = await officer.request(
      'mutation($id: ID!) { deleteResult(input: { id: $id }) { id } }',
      { id: locked[0]!.id },
    );
    expect(codeOf(deleteLocked)).toBe('CONFLICT');
    // Outside the locked quarter, work goes on.
    await run(officer, LOG, { input: session('2025-07-01') });
    const { rows } = await db.query<{ count: string }>(
      `SELECT count(*) FROM sessions WHERE organisation_id = $1 AND date BETWEEN '2025-04-01' AND '2025-06-30'`,
      [museum.organisationId],
    );
    expect(Number(rows[0]!.count)).toBe(1);

    const noReason = await head.request(UNLOCK, { input: { id: lockPeriod.id, reason: '  ' } });
    expect(fieldErrors(noReason)).toHaveProperty(['input.reason']);
    expect(
      codeOf(await officer.request(UNLOCK, { input: { id: lockPeriod.id, reason: 'x' } })),
    ).toBe('FORBIDDEN');
    await run(head, UNLOCK, {
      input: { id: lockPeriod.id, reason: 'A late school booking was missed' },
    });
    const audit = await db.query<{ action: string; summary: string }>(
      `SELECT action, summary FROM audit_events WHERE organisation_id = $1 AND action LIKE 'period.%' ORDER BY created_at`,
      [museum.organisationId],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['period.locked', 'period.unlocked']);
    expect(audit.rows[1]!.summary).toMatch(/A late school booking was missed/);
    const reopened = (
      await run<{ results: Result[] }>(trustee, RESULTS, { period: { key: 'FQ2025-1' } })
    ).results;
    expect(reopened.every((r) => r.status === 'APPROVED')).toBe(true);
    await run(officer, LOG, { input: session('2025-06-30') });
    const { periodLocks } = await run<{ periodLocks: unknown[] }>(
      trustee,
      '{ periodLocks { id } }',
    );
    expect(periodLocks).toEqual([]);
  });

  it('refuses to delete an indicator with results, and keeps built-ins', async () => {
    const refused = await head.request(
      'mutation($id: ID!) { deleteIndicator(input: { id: $id }) { id } }',
      { id: manualId },
    );
    expect(codeOf(refused)).toBe('CONFLICT');
    const archived = await run<{ archiveIndicator: { archived: boolean } }>(
      head,
      'mutation($id: ID!) { archiveIndicator(input: { id: $id }) { archived } }',
      { id: ids['CO_DESIGNED_SHARE'] },
    );
    expect(archived.archiveIndicator.archived).toBe(true);
    const all = await values(head, { period: { key: 'FY2025' } });
    expect(all.some((v) => v.indicator.code === 'CO_DESIGNED_SHARE')).toBe(false);
    await run(head, 'mutation($id: ID!) { restoreIndicator(input: { id: $id }) { archived } }', {
      id: ids['CO_DESIGNED_SHARE'],
    });
  });

  it("answers NOT_FOUND for another museum's indicators, scopes and results", async () => {
    const probe = await other.admin.request(VALUES, { period: { key: 'FY2025' }, ids: [manualId] });
    expect(codeOf(probe)).toBe('NOT_FOUND');
    const scope = await head.request(VALUES, {
      period: { key: 'FY2025' },
      scope: { kind: 'PROGRAMME', id: programmeId },
    });
    expect(scope.errors).toBeUndefined();
    const foreign = await other.admin.request(VALUES, {
      period: { key: 'FY2025' },
      scope: { kind: 'PROGRAMME', id: programmeId },
    });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    const theirs = await run<{ results: Result[] }>(other.admin, RESULTS, {
      period: { key: 'FQ2025-1' },
    });
    expect(theirs.results).toEqual([]);
  });
});
