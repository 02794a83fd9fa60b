import { localDateIn } from '@lantern/domain';
import { parse as parseCsv } from 'csv-parse/sync';
import * as ExcelJS from 'exceljs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  startTestApp,
  type GraphQLClient,
  type GraphQLResponse,
  type Museum,
  type TestApp,
} from '../support/test-app';

const SESSION_FIELDS = `
  id title date startTime durationMinutes format deliveryMode status outreachPostcode
  onlinePlatform coDesigned participationDepth objectsUsed notes deprivationDecile
  deprivationIndex attendanceTotal hasEstimates
  programme { id name } site { id name } partners { id name }
  facilitators { type name user { id name } } frameworkElements { code }
  attendance { id audienceType ageBand keyStage count countKind firstTime send deprivationDecile deprivationIndex }
  createdBy { id }
`;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const LOG = `mutation($input: LogSessionInput!) { logSession(input: $input) { ${SESSION_FIELDS} } }`;
const CREATE = `mutation($input: CreateSessionInput!) { createSession(input: $input) { id status attendanceTotal } }`;
const UPDATE = `mutation($input: UpdateSessionInput!) { updateSession(input: $input) { ${SESSION_FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteSession(input: { id: $id }) { id date } }`;
const LIST = `query($filter: SessionFilterInput, $first: Int, $after: String) {
  sessions(filter: $filter, first: $first, after: $after) {
    totalCount totalAttendance
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id date startTime title attendanceTotal } }
  }
}`;

type Session = {
  id: string;
  date: string;
  startTime: string | null;
  title: string | null;
  attendanceTotal: number;
  hasEstimates: boolean;
  deprivationDecile: number | null;
  deprivationIndex: string | null;
  attendance: Array<{ id: string; count: number; countKind: string }>;
  partners: Array<{ id: string; name: string }>;
};

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

/** YYYY-MM-DD plus some days. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('sessions and attendance', () => {
  let app: TestApp;
  let db: Client;
  let museum: Museum;
  let other: Museum;
  let siteId: string;
  let otherSiteId: string;
  let schoolsId: string;
  let familiesId: string;
  let digitalId: string;
  let otherProgrammeId: string;
  let socialJustice: string;
  let partners: Record<'oakfield' | 'brook' | 'zebra' | 'theirs', string>;

  const run = async <T = Record<string, unknown>>(
    client: GraphQLClient,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> => {
    const response = await client.request<T>(query, variables);
    if (response.errors) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  };

  const createProgramme = async (
    client: GraphQLClient,
    input: Record<string, unknown>,
  ): Promise<string> =>
    (
      await run<{ createProgramme: { id: string } }>(
        client,
        'mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
        { input: { status: 'ACTIVE', startDate: '2025-04-01', ...input } },
      )
    ).createProgramme.id;

  const insertPartner = async (
    organisationId: string,
    name: string,
    postcode: string | null,
  ): Promise<string> => {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO partners (organisation_id, name, name_key, type, postcode)
       VALUES ($1, $2, lower($2), 'SCHOOL', $3) RETURNING id`,
      [organisationId, name, postcode],
    );
    return rows[0]!.id;
  };

  const workshop = (overrides: Record<string, unknown> = {}) => ({
    programmeId: schoolsId,
    title: 'Romans in Britain',
    date: '2026-05-14',
    startTime: '10:00',
    durationMinutes: 90,
    format: 'SCHOOL_WORKSHOP',
    deliveryMode: 'ONSITE',
    siteId,
    partnerIds: [partners.oakfield],
    facilitators: [{ type: 'STAFF', userId: museum.userId, name: 'Admin' }],
    coDesigned: false,
    frameworkElementIds: [socialJustice],
    attendance: [
      { audienceType: 'PUPIL', keyStage: 'KS2', count: 28 },
      { audienceType: 'TEACHER', ageBand: 'UNKNOWN', count: 3, countKind: 'ESTIMATE' },
    ],
    ...overrides,
  });

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    db = new Client({ connectionString: app.database.url });
    await db.connect();
    [museum, other] = await Promise.all([
      app.signUpMuseum({ name: 'Sessions Museum' }),
      app.signUpMuseum({ name: 'Other Museum' }),
    ]);
    siteId = (
      await run<{ createSite: { id: string } }>(
        museum.admin,
        'mutation { createSite(input: { name: "Main museum", type: MUSEUM, postcode: "ZZ1 1AA" }) { id } }',
      )
    ).createSite.id;
    otherSiteId = (
      await run<{ createSite: { id: string } }>(
        other.admin,
        'mutation { createSite(input: { name: "Their gallery", type: GALLERY }) { id } }',
      )
    ).createSite.id;
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM framework_elements WHERE code = 'MA_LE.2'`,
    );
    socialJustice = rows[0]!.id;
    schoolsId = await createProgramme(museum.admin, {
      name: 'Schools - KS2 Romans',
      strand: 'SCHOOLS',
      siteIds: [siteId],
      targetAudiences: ['PUPIL', 'TEACHER'],
    });
    familiesId = await createProgramme(museum.admin, {
      name: 'Family Saturdays',
      strand: 'FAMILIES',
      siteIds: [siteId],
    });
    digitalId = await createProgramme(museum.admin, {
      name: 'Online talks',
      strand: 'DIGITAL',
      targetAudiences: ['ONLINE_VIEWER'],
    });
    otherProgrammeId = await createProgramme(other.admin, {
      name: 'Their schools',
      strand: 'SCHOOLS',
    });
    partners = {
      oakfield: await insertPartner(museum.organisationId, 'Oakfield Primary', 'ZZ3 5AF'),
      brook: await insertPartner(museum.organisationId, 'Brook Community Group', 'ZZ9 9ZZ'),
      zebra: await insertPartner(museum.organisationId, 'Zebra Crossing Youth Club', 'ZZ1 1AA'),
      theirs: await insertPartner(other.organisationId, 'Their Academy', 'ZZ1 1AA'),
    };
    // A small synthetic IMD2025 lookup (invented ZZ postcodes).
    await db.query(
      `INSERT INTO deprivation_lookup_versions (organisation_id, index_version, row_count)
       VALUES ($1, 'IMD2025', 4)`,
      [museum.organisationId],
    );
    await db.query(
      `INSERT INTO deprivation_lookups (organisation_id, index_version, postcode, area_code, decile)
       VALUES ($1, 'IMD2025', 'ZZ1 1AA', 'Z01', 1), ($1, 'IMD2025', 'ZZ3 5AF', 'Z02', 8),
              ($1, 'IMD2025', 'ZZ9 9ZZ', 'Z03', 3), ($1, 'IMD2025', 'ZZ4 2BB', 'Z04', 4)`,
      [museum.organisationId],
    );
  });

  afterAll(async () => {
    await db?.end();
    await app?.close();
  });

  describe('logging', () => {
    it('logs a delivered session with two cells in one call, with totals and relations', async () => {
      const auditBefore = (
        await db.query(
          `SELECT count(*)::int AS n FROM audit_events WHERE action = 'session.created'`,
        )
      ).rows[0].n;
      const data = await run<{ logSession: Session & Record<string, unknown> }>(museum.admin, LOG, {
        input: workshop(),
      });
      expect(data.logSession).toMatchObject({
        title: 'Romans in Britain',
        date: '2026-05-14',
        startTime: '10:00',
        durationMinutes: 90,
        format: 'SCHOOL_WORKSHOP',
        deliveryMode: 'ONSITE',
        status: 'DELIVERED',
        attendanceTotal: 31,
        hasEstimates: true,
        // Onsite with a partner: the partner's postcode decides the decile.
        deprivationDecile: 8,
        deprivationIndex: 'IMD2025',
        programme: { id: schoolsId, name: 'Schools - KS2 Romans' },
        site: { id: siteId, name: 'Main museum' },
        partners: [{ id: partners.oakfield, name: 'Oakfield Primary' }],
        facilitators: [{ type: 'STAFF', name: 'Admin', user: { id: museum.userId } }],
        frameworkElements: [{ code: 'MA_LE.2' }],
        attendance: [
          {
            audienceType: 'PUPIL',
            ageBand: null,
            keyStage: 'KS2',
            count: 28,
            countKind: 'HEADCOUNT',
            firstTime: null,
            send: null,
          },
          {
            audienceType: 'TEACHER',
            ageBand: 'UNKNOWN',
            keyStage: null,
            count: 3,
            countKind: 'ESTIMATE',
          },
        ],
        createdBy: { id: museum.userId },
      });
      const stored = await db.query('SELECT attendance_total FROM sessions WHERE id = $1', [
        data.logSession.id,
      ]);
      expect(stored.rows[0].attendance_total).toBe(31);
      const auditAfter = (
        await db.query(
          `SELECT count(*)::int AS n FROM audit_events WHERE action = 'session.created'`,
        )
      ).rows[0].n;
      expect(auditAfter).toBe(auditBefore + 1);
    });

    it('takes the decile from the outreach postcode, else the first partner by name with one', async () => {
      const outreach = await run<{ logSession: Session }>(museum.admin, LOG, {
        input: workshop({
          deliveryMode: 'OUTREACH',
          format: 'OUTREACH_VISIT',
          siteId: null,
          outreachPostcode: 'zz4 2bb',
          partnerIds: [partners.oakfield],
        }),
      });
      expect(outreach.logSession).toMatchObject({
        outreachPostcode: 'ZZ4 2BB',
        deprivationDecile: 4,
        deprivationIndex: 'IMD2025',
      });
      const byPartner = await run<{ logSession: Session }>(museum.admin, LOG, {
        input: workshop({
          deliveryMode: 'OUTREACH',
          format: 'OUTREACH_VISIT',
          siteId: null,
          partnerIds: [partners.zebra, partners.oakfield, partners.brook],
        }),
      });
      // Brook (decile 3) comes first by name, before Oakfield (8) and Zebra (1).
      expect(byPartner.logSession.deprivationDecile).toBe(3);
      expect(byPartner.logSession.partners.map((p) => p.name)).toEqual([
        'Brook Community Group',
        'Oakfield Primary',
        'Zebra Crossing Youth Club',
      ]);
      const unknown = await run<{ logSession: Session }>(museum.admin, LOG, {
        input: workshop({ partnerIds: [], attendance: [] }),
      });
      expect(unknown.logSession).toMatchObject({
        deprivationDecile: null,
        deprivationIndex: null,
        attendanceTotal: 0,
        hasEstimates: false,
      });
    });

    it('names each bad field by its path and writes nothing', async () => {
      const before = (await db.query('SELECT count(*)::int AS n FROM sessions')).rows[0].n;
      const response = await museum.admin.request(LOG, {
        input: workshop({
          startTime: '25:00',
          durationMinutes: 0,
          attendance: [
            { audienceType: 'PUPIL', keyStage: 'KS2', count: 28 },
            { audienceType: 'TEACHER', count: -1 },
            { audienceType: 'PUPIL', keyStage: 'KS2', count: 2 },
            { audienceType: 'PUPIL', ageBand: 'AGE_5_10', keyStage: 'KS1', count: 2 },
          ],
        }),
      });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(response)).toEqual({
        'input.startTime': 'Enter a time as HH:MM, e.g. 09:30',
        'input.durationMinutes': 'Must be at least 1 minute',
        'input.attendance.1.count': 'Cannot be negative',
        'input.attendance.3.keyStage': 'Give an age band or a key stage, not both',
        'input.attendance.2':
          'Repeats row 1: the same audience, age band or key stage, first-time, SEND and decile',
      });
      const noSite = await museum.admin.request(LOG, { input: workshop({ siteId: null }) });
      expect(fieldErrors(noSite)).toEqual({ 'input.siteId': 'An onsite session needs a site' });
      const online = await museum.admin.request(LOG, {
        input: workshop({ deliveryMode: 'ONLINE', format: 'LIVE_ONLINE_EVENT' }),
      });
      expect(Object.keys(fieldErrors(online))).toEqual(['input.siteId']);
      const outreach = await museum.admin.request(LOG, {
        input: workshop({ deliveryMode: 'OUTREACH', siteId: null, partnerIds: [] }),
      });
      expect(Object.keys(fieldErrors(outreach))).toEqual(['input.outreachPostcode']);
      expect((await db.query('SELECT count(*)::int AS n FROM sessions')).rows[0].n).toBe(before);
    });

    it("refuses a delivered session dated after today in the museum's time zone", async () => {
      const today = localDateIn(new Date(), 'Europe/London');
      const response = await museum.admin.request(LOG, {
        input: workshop({ date: addDays(today, 2) }),
      });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(response)).toEqual({
        'input.date':
          'A delivered session cannot be in the future: check the date, or plan the session instead',
      });
      // Yesterday is always past, whatever the hour; a planned session may be in the future.
      await run(museum.admin, LOG, { input: workshop({ date: addDays(today, -1) }) });
      const planned = await run<{ createSession: { status: string; attendanceTotal: number } }>(
        museum.admin,
        CREATE,
        { input: { ...workshop({ date: addDays(today, 30), attendance: [] }), status: 'PLANNED' } },
      );
      expect(planned.createSession).toMatchObject({ status: 'PLANNED', attendanceTotal: 0 });
      const plannedWithCounts = await museum.admin.request(CREATE, {
        input: { ...workshop({ date: addDays(today, 30) }), status: 'PLANNED' },
      });
      expect(fieldErrors(plannedWithCounts)).toEqual({
        'input.attendance': 'A planned session has no attendance yet: log it once it is delivered',
      });
    });
  });

  describe('the list', () => {
    let listMuseum: Museum;
    let programmeA: string;
    let programmeB: string;
    let siteA: string;
    let partnerA: string;
    const logged: Array<{ id: string; date: string; startTime: string | null }> = [];

    beforeAll(async () => {
      listMuseum = await app.signUpMuseum({ name: 'List Museum' });
      siteA = (
        await run<{ createSite: { id: string } }>(
          listMuseum.admin,
          'mutation { createSite(input: { name: "Hall", type: MUSEUM }) { id } }',
        )
      ).createSite.id;
      programmeA = await createProgramme(listMuseum.admin, {
        name: 'Programme A',
        strand: 'SCHOOLS',
      });
      programmeB = await createProgramme(listMuseum.admin, {
        name: 'Programme B',
        strand: 'FAMILIES',
      });
      partnerA = await insertPartner(listMuseum.organisationId, 'Partner A', null);
      const plan: Array<[string, string | null, string, string, number]> = [
        ['2026-03-02', '10:00', programmeA, 'ONSITE', 10],
        ['2026-03-02', '09:00', programmeA, 'ONSITE', 20],
        ['2026-03-02', null, programmeB, 'ONSITE', 30],
        ['2026-03-05', '14:00', programmeB, 'OUTREACH', 40],
        ['2026-02-10', '10:00', programmeA, 'ONLINE', 50],
        ['2026-04-01', '10:00', programmeA, 'ONSITE', 60],
        ['2026-03-02', '10:00', programmeB, 'ONSITE', 70],
      ];
      for (const [date, startTime, programmeId, mode, count] of plan) {
        const data = await run<{ logSession: { id: string } }>(
          listMuseum.admin,
          'mutation($input: LogSessionInput!) { logSession(input: $input) { id } }',
          {
            input: {
              programmeId,
              date,
              startTime,
              format: mode === 'ONLINE' ? 'LIVE_ONLINE_EVENT' : 'FAMILY_DROP_IN',
              deliveryMode: mode,
              siteId: mode === 'ONSITE' ? siteA : null,
              partnerIds: mode === 'OUTREACH' ? [partnerA] : [],
              attendance: [{ audienceType: 'ADULT_LEARNER', count }],
            },
          },
        );
        logged.push({ id: data.logSession.id, date, startTime });
      }
    });

    it('pages newest first, by start time within a day (no time last), without gaps or repeats', async () => {
      const seen: Array<{ id: string; date: string; startTime: string | null }> = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const data: {
          sessions: {
            totalCount: number;
            totalAttendance: number;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: Array<{ node: { id: string; date: string; startTime: string | null } }>;
          };
        } = await run(listMuseum.admin, LIST, { first: 3, after });
        pages += 1;
        expect(data.sessions.totalCount).toBe(7);
        expect(data.sessions.totalAttendance).toBe(280);
        seen.push(...data.sessions.edges.map((e) => e.node));
        if (!data.sessions.pageInfo.hasNextPage) break;
        after = data.sessions.pageInfo.endCursor;
      }
      expect(pages).toBe(3);
      const expected = [...logged].sort(
        (a, b) =>
          b.date.localeCompare(a.date) ||
          (a.startTime ?? '99').localeCompare(b.startTime ?? '99') ||
          a.id.localeCompare(b.id),
      );
      expect(seen.map((s) => s.id)).toEqual(expected.map((s) => s.id));
      expect(seen.map((s) => `${s.date} ${s.startTime ?? '-'}`)).toEqual([
        '2026-04-01 10:00',
        '2026-03-05 14:00',
        '2026-03-02 09:00',
        '2026-03-02 10:00',
        '2026-03-02 10:00',
        '2026-03-02 -',
        '2026-02-10 10:00',
      ]);
    });

    it('filters by period, programme, site, format, delivery mode, partner and status, with totals', async () => {
      const totals = async (filter: Record<string, unknown>) => {
        const data = await run<{ sessions: { totalCount: number; totalAttendance: number } }>(
          listMuseum.admin,
          LIST,
          { filter, first: 100 },
        );
        return [data.sessions.totalCount, data.sessions.totalAttendance];
      };
      expect(await totals({ from: '2026-03-01', to: '2026-03-31' })).toEqual([5, 170]);
      expect(await totals({ from: '2026-03-03' })).toEqual([2, 100]);
      expect(await totals({ programmeId: programmeB })).toEqual([3, 140]);
      expect(await totals({ siteId: siteA })).toEqual([5, 190]);
      expect(await totals({ format: 'LIVE_ONLINE_EVENT' })).toEqual([1, 50]);
      expect(await totals({ deliveryMode: 'OUTREACH' })).toEqual([1, 40]);
      expect(await totals({ partnerId: partnerA })).toEqual([1, 40]);
      expect(await totals({ status: 'PLANNED' })).toEqual([0, 0]);
      expect(await totals({ programmeId: programmeA, from: '2026-03-01' })).toEqual([3, 90]);
      const bad = await listMuseum.admin.request(LIST, {
        filter: { from: '2026-04-01', to: '2026-03-01' },
      });
      expect(fieldErrors(bad)).toEqual({
        'filter.to': 'The period must end on or after it starts',
      });
      const badCursor = await listMuseum.admin.request(LIST, { after: 'nonsense' });
      expect(fieldErrors(badCursor)).toEqual({ after: 'is not a cursor from this list' });
    });

    it('reads a page of 50 sessions with their relations in a constant number of queries', async () => {
      // 50 more sessions, each with a site, a partner, two cells and a facilitator.
      for (let i = 0; i < 50; i += 1) {
        await run(
          listMuseum.admin,
          'mutation($input: LogSessionInput!) { logSession(input: $input) { id } }',
          {
            input: {
              programmeId: i % 2 ? programmeA : programmeB,
              date: addDays('2025-01-01', i),
              format: 'SCHOOL_WORKSHOP',
              deliveryMode: 'ONSITE',
              siteId: siteA,
              partnerIds: [partnerA],
              facilitators: [{ type: 'STAFF', userId: listMuseum.userId, name: 'Admin' }],
              attendance: [
                { audienceType: 'PUPIL', keyStage: 'KS2', count: 20 },
                { audienceType: 'TEACHER', count: 2 },
              ],
            },
          },
        );
      }
      const page = `query($first: Int) { sessions(first: $first) { totalCount edges { node {
        id attendanceTotal hasEstimates programme { name } site { name } partners { name }
        facilitators { name user { name } } frameworkElements { code } createdBy { name }
        attendance { audienceType count }
      } } } }`;
      const dataSource = app.api.get(DataSource);
      const spy = vi.spyOn(dataSource.logger, 'logQuery');
      const queriesFor = async (first: number) => {
        spy.mockClear();
        const data = await run<{ sessions: { edges: unknown[] } }>(listMuseum.admin, page, {
          first,
        });
        expect(data.sessions.edges).toHaveLength(first);
        return spy.mock.calls.length;
      };
      try {
        const five = await queriesFor(5);
        const fifty = await queriesFor(50);
        expect(fifty).toBe(five);
        // actor + page + totals + one per relation; never one per session.
        expect(fifty).toBeLessThan(15);
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('defaults for "Log a session"', () => {
    it("pre-fills from the programme, then from the user's last session in it", async () => {
      const officer = await app.joinAs(
        museum.admin,
        'officer@sessions.example',
        'LEARNING_OFFICER',
        'Sam Officer',
      );
      const defaultsQuery = `query($programmeId: ID!) { sessionDefaults(programmeId: $programmeId) {
        programmeId date startTime durationMinutes format deliveryMode siteId site { name }
        partnerIds partners { name } facilitators { type name user { name } }
        attendance { id audienceType ageBand keyStage count countKind } fromSessionId
      } }`;
      const fresh = await run<{ sessionDefaults: Record<string, unknown> }>(
        officer,
        defaultsQuery,
        {
          programmeId: schoolsId,
        },
      );
      expect(fresh.sessionDefaults).toEqual({
        programmeId: schoolsId,
        date: localDateIn(new Date(), 'Europe/London'),
        startTime: null,
        durationMinutes: null,
        format: 'SCHOOL_WORKSHOP',
        deliveryMode: 'ONSITE',
        siteId,
        site: { name: 'Main museum' },
        partnerIds: [],
        partners: [],
        facilitators: [],
        attendance: [
          {
            id: null,
            audienceType: 'PUPIL',
            ageBand: null,
            keyStage: null,
            count: 0,
            countKind: 'HEADCOUNT',
          },
          {
            id: null,
            audienceType: 'TEACHER',
            ageBand: null,
            keyStage: null,
            count: 0,
            countKind: 'HEADCOUNT',
          },
        ],
        fromSessionId: null,
      });
      const online = await run<{ sessionDefaults: Record<string, unknown> }>(
        officer,
        defaultsQuery,
        {
          programmeId: digitalId,
        },
      );
      expect(online.sessionDefaults).toMatchObject({
        format: 'LIVE_ONLINE_EVENT',
        deliveryMode: 'ONLINE',
        siteId: null,
      });

      const logged = await run<{ logSession: { id: string } }>(officer, LOG, {
        input: workshop({
          programmeId: familiesId,
          format: 'FAMILY_DROP_IN',
          startTime: '13:30',
          durationMinutes: 120,
          partnerIds: [partners.zebra, partners.brook],
          facilitators: [{ type: 'VOLUNTEER', name: 'Pat Volunteer' }],
          attendance: [
            { audienceType: 'PARENT_CARER', ageBand: 'AGE_35_44', count: 12 },
            {
              audienceType: 'EARLY_YEARS_CHILD',
              ageBand: 'AGE_0_4',
              count: 9,
              countKind: 'ESTIMATE',
            },
          ],
        }),
      });
      const after = await run<{ sessionDefaults: Record<string, unknown> }>(
        officer,
        defaultsQuery,
        {
          programmeId: familiesId,
        },
      );
      expect(after.sessionDefaults).toMatchObject({
        format: 'FAMILY_DROP_IN',
        deliveryMode: 'ONSITE',
        startTime: '13:30',
        durationMinutes: 120,
        siteId,
        partnerIds: [partners.brook, partners.zebra],
        partners: [{ name: 'Brook Community Group' }, { name: 'Zebra Crossing Youth Club' }],
        facilitators: [{ type: 'VOLUNTEER', name: 'Pat Volunteer', user: null }],
        attendance: [
          {
            id: null,
            audienceType: 'PARENT_CARER',
            ageBand: 'AGE_35_44',
            count: 0,
            countKind: 'HEADCOUNT',
          },
          {
            id: null,
            audienceType: 'EARLY_YEARS_CHILD',
            ageBand: 'AGE_0_4',
            count: 0,
            countKind: 'ESTIMATE',
          },
        ],
        fromSessionId: logged.logSession.id,
      });
      // Someone else's last session is not this user's default.
      const admins = await run<{ sessionDefaults: { fromSessionId: string | null } }>(
        museum.admin,
        defaultsQuery,
        { programmeId: familiesId },
      );
      expect(admins.sessionDefaults.fromSessionId).toBeNull();
    });
  });

  describe('editing', () => {
    it('replaces the details, links and attendance on update, recording before and after', async () => {
      const created = await run<{ logSession: Session }>(museum.admin, LOG, {
        input: workshop({ title: 'Before' }),
      });
      const id = created.logSession.id;
      const updated = await run<{ updateSession: Session & Record<string, unknown> }>(
        museum.admin,
        UPDATE,
        {
          input: {
            ...workshop({
              title: 'After',
              partnerIds: [partners.brook],
              frameworkElementIds: [],
              attendance: [{ audienceType: 'PUPIL', keyStage: 'KS2', count: 30 }],
            }),
            id,
            status: 'DELIVERED',
          },
        },
      );
      expect(updated.updateSession).toMatchObject({
        title: 'After',
        attendanceTotal: 30,
        hasEstimates: false,
        deprivationDecile: 3,
        partners: [{ name: 'Brook Community Group' }],
        frameworkElements: [],
        attendance: [{ count: 30, countKind: 'HEADCOUNT' }],
      });
      const cells = await db.query(
        'SELECT count(*)::int AS n FROM session_attendance WHERE session_id = $1',
        [id],
      );
      expect(cells.rows[0].n).toBe(1);
      const { rows } = await db.query<{ changes: Array<{ field: string }>; actor_user_id: string }>(
        `SELECT changes, actor_user_id FROM audit_events WHERE action = 'session.updated' AND entity_id = $1`,
        [id],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.actor_user_id).toBe(museum.userId);
      expect(rows[0]!.changes.map((c) => c.field).sort()).toEqual([
        'attendance',
        'attendanceTotal',
        'deprivationDecile',
        'frameworkElementIds',
        'partnerIds',
        'title',
      ]);
      // Cancelling drops the counts only when they are sent empty.
      const cancelled = await museum.admin.request(UPDATE, {
        input: { ...workshop(), id, status: 'CANCELLED' },
      });
      expect(fieldErrors(cancelled)).toEqual({
        'input.attendance': 'A cancelled session has no attendance',
      });
    });

    it('deletes a session with its cells and links, audited', async () => {
      const created = await run<{ logSession: Session }>(museum.admin, LOG, { input: workshop() });
      const id = created.logSession.id;
      const deleted = await run<{ deleteSession: { id: string; date: string } }>(
        museum.admin,
        DELETE,
        {
          id,
        },
      );
      expect(deleted.deleteSession).toEqual({ id, date: '2026-05-14' });
      const gone = await museum.admin.request('query($id: ID!) { session(id: $id) { id } }', {
        id,
      });
      expect(codeOf(gone)).toBe('NOT_FOUND');
      const left = await db.query(
        `SELECT (SELECT count(*) FROM session_attendance WHERE session_id = $1)::int +
                (SELECT count(*) FROM session_partners WHERE session_id = $1)::int AS n`,
        [id],
      );
      expect(left.rows[0].n).toBe(0);
      const audit = await db.query<{
        summary: string;
        changes: Array<{ field: string; after: unknown }>;
      }>(
        `SELECT summary, changes FROM audit_events WHERE action = 'session.deleted' AND entity_id = $1`,
        [id],
      );
      expect(audit.rows[0]?.summary).toMatch(
        /deleted the session on 2026-05-14 \(31 attendances\)/,
      );
      expect(audit.rows[0]?.changes.find((c) => c.field === 'attendanceTotal')?.after).toBeNull();
    });
  });

  describe('access', () => {
    it("answers NOT_FOUND for another museum's session, programme, site and partner ids", async () => {
      const mine = await run<{ logSession: Session }>(museum.admin, LOG, { input: workshop() });
      const id = mine.logSession.id;
      const theirs = other.admin;
      for (const [query, variables] of [
        ['query($id: ID!) { session(id: $id) { id } }', { id }],
        [UPDATE, { input: { ...workshop(), id, status: 'DELIVERED' } }],
        [DELETE, { id }],
        ['query($id: ID!) { sessionDefaults(programmeId: $id) { format } }', { id: schoolsId }],
      ] as const) {
        expect(codeOf(await theirs.request(query, variables))).toBe('NOT_FOUND');
      }
      // Their own programme with my site, my partner or my framework element... my programme with their ids.
      const valid = {
        programmeId: otherProgrammeId,
        date: '2026-05-14',
        format: 'SCHOOL_WORKSHOP',
        deliveryMode: 'ONSITE',
        siteId: otherSiteId,
        attendance: [],
      };
      expect(await theirs.request(LOG, { input: valid })).not.toHaveProperty('errors');
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ programmeId: schoolsId }, 'Programme was not found.'],
        [{ siteId }, 'Site was not found.'],
        [{ partnerIds: [partners.oakfield] }, 'Partner was not found.'],
        [
          { facilitators: [{ type: 'STAFF', userId: museum.userId, name: 'x' }] },
          'Member was not found.',
        ],
      ];
      for (const [change, message] of cases) {
        // Looked up before validation: even an otherwise bad input answers NOT_FOUND.
        const response = await theirs.request(LOG, {
          input: { ...valid, ...change, durationMinutes: -5 },
        });
        expect(codeOf(response)).toBe('NOT_FOUND');
        expect(response.errors?.[0]?.message).toBe(message);
      }
      // My own session with their partner.
      const withTheirPartner = await museum.admin.request(LOG, {
        input: workshop({ partnerIds: [partners.theirs] }),
      });
      expect(codeOf(withTheirPartner)).toBe('NOT_FOUND');
      const list = await run<{
        sessions: { totalCount: number; edges: Array<{ node: { id: string } }> };
      }>(theirs, LIST, { filter: { programmeId: schoolsId } });
      expect(list.sessions.totalCount).toBe(0);
      const unchanged = await run<{ session: { title: string } }>(
        museum.admin,
        'query($id: ID!) { session(id: $id) { title } }',
        { id },
      );
      expect(unchanged.session.title).toBe('Romans in Britain');
    });

    it('lets the learning team log sessions and keeps trustees out', async () => {
      const officer = await app.joinAs(
        museum.admin,
        'officer2@sessions.example',
        'LEARNING_OFFICER',
      );
      const logged = await officer.request(LOG, { input: workshop() });
      expect(logged.errors).toBeUndefined();
      const trustee = await app.joinAs(museum.admin, 'trustee@sessions.example', 'TRUSTEE');
      for (const [query, variables] of [
        [LIST, {}],
        [
          'query($id: ID!) { session(id: $id) { id } }',
          { id: (logged.data as { logSession: { id: string } }).logSession.id },
        ],
        ['query($id: ID!) { sessionDefaults(programmeId: $id) { format } }', { id: schoolsId }],
        [LOG, { input: workshop() }],
        [CREATE, { input: { ...workshop(), status: 'DELIVERED' } }],
      ] as const) {
        expect(codeOf(await trustee.request(query, variables))).toBe('FORBIDDEN');
      }
      const csv = await fetch(`${app.url}/api/exports/sessions.csv`, {
        headers: { cookie: trustee.cookie ?? '', accept: 'text/csv' },
      });
      expect(csv.status).toBe(403);
      expect(await csv.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
      const anonymous = await fetch(`${app.url}/api/exports/sessions.xlsx`, {
        headers: { accept: XLSX },
      });
      expect(anonymous.status).toBe(401);
    });
  });

  describe('export', () => {
    let exportMuseum: Museum;
    let exportProgramme: string;
    let emptyProgramme: string;
    let exportSite: string;
    let exportPartners: string[];
    let withCells: string;
    let withoutCells: string;

    beforeAll(async () => {
      exportMuseum = await app.signUpMuseum({ name: 'Export Museum' });
      exportSite = (
        await run<{ createSite: { id: string } }>(
          exportMuseum.admin,
          'mutation { createSite(input: { name: "Hall", type: MUSEUM }) { id } }',
        )
      ).createSite.id;
      exportProgramme = await createProgramme(exportMuseum.admin, {
        name: 'Memories Café',
        strand: 'HEALTH_AND_WELLBEING',
      });
      emptyProgramme = await createProgramme(exportMuseum.admin, {
        name: 'Other strand',
        strand: 'FAMILIES',
      });
      exportPartners = [
        await insertPartner(exportMuseum.organisationId, 'Zeta Care Home', null),
        await insertPartner(exportMuseum.organisationId, 'Alpha Dementia Group', null),
      ];
      withCells = (
        await run<{ logSession: { id: string } }>(exportMuseum.admin, LOG, {
          input: {
            programmeId: exportProgramme,
            title: 'Objects, memories – and tea',
            date: '2026-06-03',
            startTime: '14:00',
            durationMinutes: 60,
            format: 'REMINISCENCE',
            deliveryMode: 'ONSITE',
            siteId: exportSite,
            partnerIds: exportPartners,
            attendance: [
              {
                audienceType: 'PERSON_LIVING_WITH_DEMENTIA',
                ageBand: 'AGE_75_PLUS',
                count: 8,
                firstTime: true,
              },
              {
                audienceType: 'CARER',
                ageBand: 'AGE_55_64',
                count: 6,
                countKind: 'ESTIMATE',
                send: false,
              },
            ],
          },
        })
      ).logSession.id;
      withoutCells = (
        await run<{ logSession: { id: string } }>(exportMuseum.admin, LOG, {
          input: {
            programmeId: exportProgramme,
            date: '2026-06-10',
            format: 'TALK',
            deliveryMode: 'ONLINE',
            onlinePlatform: 'Zoom',
          },
        })
      ).logSession.id;
      await run(exportMuseum.admin, LOG, {
        input: {
          programmeId: emptyProgramme,
          date: '2026-01-10',
          format: 'FAMILY_DROP_IN',
          deliveryMode: 'ONSITE',
          siteId: exportSite,
          attendance: [{ audienceType: 'PARENT_CARER', count: 4 }],
        },
      });
    });

    const download = (path: string, accept = path.includes('.xlsx') ? XLSX : 'text/csv') =>
      fetch(`${app.url}${path}`, { headers: { cookie: exportMuseum.admin.cookie ?? '', accept } });

    it('answers a link followed by a browser (Accept: text/html) with the file, not the web app', async () => {
      const response = await download(
        '/api/exports/sessions.csv',
        'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      );
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
    });

    it('streams a CSV with a BOM, one row per session and cell, filtered', async () => {
      const response = await download(
        `/api/exports/sessions.csv?programmeId=${exportProgramme}&from=2026-06-01&to=2026-06-30`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      const today = localDateIn(new Date(), 'Europe/London');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="sessions-${today}.csv"`,
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const records = parseCsv(Buffer.from(bytes), { bom: true, columns: true }) as Array<
        Record<string, string>
      >;
      expect(records).toHaveLength(3);
      expect(records.map((r) => r['session_id'])).toEqual([withoutCells, withCells, withCells]);
      expect(records[0]).toMatchObject({
        date: '2026-06-10',
        format: 'TALK',
        format_label: 'Talk',
        delivery_mode: 'ONLINE',
        online_platform: 'Zoom',
        attendance_cell_id: '',
        count: '',
        session_attendance_total: '0',
      });
      expect(records[1]).toMatchObject({
        date: '2026-06-03',
        start_time: '14:00',
        duration_minutes: '60',
        status: 'DELIVERED',
        status_label: 'Delivered',
        programme_id: exportProgramme,
        programme_name: 'Memories Café',
        title: 'Objects, memories – and tea',
        format: 'REMINISCENCE',
        site_id: exportSite,
        site_name: 'Hall',
        partner_ids: `${exportPartners[1]}; ${exportPartners[0]}`,
        partner_names: 'Alpha Dementia Group; Zeta Care Home',
        co_designed: 'false',
        session_attendance_total: '14',
        audience_type: 'PERSON_LIVING_WITH_DEMENTIA',
        audience_type_label: 'People living with dementia',
        age_band: 'AGE_75_PLUS',
        age_band_label: '75+',
        count: '8',
        count_kind: 'HEADCOUNT',
        first_time: 'true',
        send: '',
      });
      expect(records[1]!['attendance_cell_id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(records[2]).toMatchObject({
        audience_type: 'CARER',
        count: '6',
        count_kind: 'ESTIMATE',
        send: 'false',
      });

      const all = parseCsv(
        Buffer.from(await (await download('/api/exports/sessions.csv')).arrayBuffer()),
        {
          bom: true,
          columns: true,
        },
      ) as unknown[];
      expect(all).toHaveLength(4);
    });

    it('streams the same rows as an XLSX workbook, with numbers as numbers', async () => {
      const response = await download(
        `/api/exports/sessions.xlsx?deliveryMode=ONSITE&status=DELIVERED`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="sessions-\d{4}-\d{2}-\d{2}\.xlsx"$/,
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
      const sheet = workbook.getWorksheet('Sessions')!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header[0]).toBe('session_id');
      expect(header).toContain('count_kind');
      const rows: Array<Record<string, unknown>> = [];
      sheet.eachRow((row, number) => {
        if (number === 1) return;
        const values = (row.values as unknown[]).slice(1);
        rows.push(Object.fromEntries(header.map((key, i) => [String(key), values[i] ?? null])));
      });
      expect(rows.map((r) => [r['date'], r['audience_type'], r['count']])).toEqual([
        ['2026-06-03', 'PERSON_LIVING_WITH_DEMENTIA', 8],
        ['2026-06-03', 'CARER', 6],
        ['2026-01-10', 'PARENT_CARER', 4],
      ]);
      expect(rows[1]).toMatchObject({
        count_kind: 'ESTIMATE',
        session_attendance_total: 14,
        send: false,
      });
    });

    it('refuses a bad query parameter with a 400 that names it', async () => {
      const response = await download('/api/exports/sessions.csv?from=2026-13-01&format=WORKSHOP');
      expect(response.status).toBe(400);
      const body = (await response.json()) as {
        error: { code: string; fieldErrors: Array<{ path: string[]; message: string }> };
      };
      expect(body.error.code).toBe('BAD_USER_INPUT');
      expect(body.error.fieldErrors.map((e) => e.path.join('.')).sort()).toEqual([
        'format',
        'from',
      ]);
      const repeated = await download('/api/exports/sessions.xlsx?status=PLANNED&status=DELIVERED');
      expect(repeated.status).toBe(400);
      expect(((await repeated.json()) as { error: { message: string } }).error.message).toMatch(
        /^status: /,
      );
    });
  });
});
