/**
 * The built-in indicators' SQL against real PostgreSQL with known data: exact figures for
 * each built-in, scopes, breakdowns and small-cell suppression of the cells.
 */
import { BUILT_IN_INDICATOR_CODES, permissionsFor } from '@lantern/domain';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import type { OrgActor } from '../../platform/auth/actor';
import { createDataSource } from '../../platform/database/data-source';
import { IndicatorValuesRepository } from './indicator-values.repository';
import { IndicatorFiguresCache } from './indicator-figures.cache';
import { IndicatorValuesService } from './indicator-values.service';
import { IndicatorsRepository, insertBuiltInIndicators } from './indicators.repository';
import { Scopes } from './scopes';

const FY2025 = { start: '2025-04-01', end: '2026-03-31' };
const MUSEUM = { kind: 'MUSEUM' as const, id: null };

describe('built-in indicators in SQL', () => {
  let database: TestDatabase;
  let ds: DataSource;
  let figures: IndicatorValuesRepository;
  let service: IndicatorValuesService;
  let org: string;
  let other: string;
  let p1: string;
  let p2: string;
  let site: string;
  let actor: OrgActor;

  async function one<T>(sql: string, params: unknown[]): Promise<T> {
    const rows = (await ds.query(sql, params)) as T[];
    return rows[0]!;
  }

  async function session(values: {
    org?: string;
    programme: string;
    date: string;
    status?: string;
    mode: string;
    format: string;
    duration: number | null;
    coDesigned?: boolean;
    decile?: number | null;
    site?: string | null;
    partners?: string[];
    cells: Array<{
      audience: string;
      age?: string | null;
      stage?: string | null;
      count: number;
      firstTime?: boolean | null;
      decile?: number | null;
    }>;
  }): Promise<string> {
    const orgId = values.org ?? org;
    const { id } = await one<{ id: string }>(
      `INSERT INTO sessions (organisation_id, programme_id, date, format, delivery_mode, status,
         duration_minutes, co_designed, deprivation_decile, deprivation_index, site_id, attendance_total)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        orgId,
        values.programme,
        values.date,
        values.format,
        values.mode,
        values.status ?? 'DELIVERED',
        values.duration,
        values.coDesigned ?? false,
        values.decile ?? null,
        values.decile ? 'IMD2019' : null,
        values.site ?? null,
        values.cells.reduce((sum, c) => sum + c.count, 0),
      ],
    );
    for (const [position, cell] of values.cells.entries()) {
      await ds.query(
        `INSERT INTO session_attendance (organisation_id, session_id, position, audience_type, age_band,
           key_stage, count, first_time, deprivation_decile, deprivation_index)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          orgId,
          id,
          position,
          cell.audience,
          cell.age ?? null,
          cell.stage ?? null,
          cell.count,
          cell.firstTime ?? null,
          cell.decile ?? null,
          cell.decile ? 'IMD2019' : null,
        ],
      );
    }
    for (const partner of values.partners ?? [])
      await ds.query(
        'INSERT INTO session_partners (session_id, partner_id, organisation_id) VALUES ($1, $2, $3)',
        [id, partner, orgId],
      );
    return id;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    ds = createDataSource(database.url, 2);
    await ds.initialize();
    figures = new IndicatorValuesRepository(ds);
    const repository = new IndicatorsRepository(ds);
    service = new IndicatorValuesService(
      repository,
      figures,
      new Scopes(repository),
      new IndicatorFiguresCache(),
    );
    ({ id: org } = await one<{ id: string }>(
      `INSERT INTO organisations (name, slug) VALUES ('Known Museum', 'known-museum') RETURNING id`,
      [],
    ));
    ({ id: other } = await one<{ id: string }>(
      `INSERT INTO organisations (name, slug) VALUES ('Other Museum', 'other-museum') RETURNING id`,
      [],
    ));
    await ds.transaction((em) => insertBuiltInIndicators(em, org));
    const programme = (orgId: string, name: string) =>
      one<{ id: string }>(
        `INSERT INTO programmes (organisation_id, name, strand, start_date) VALUES ($1, $2, 'SCHOOLS', '2025-01-01') RETURNING id`,
        [orgId, name],
      ).then((r) => r.id);
    p1 = await programme(org, 'Schools');
    p2 = await programme(org, 'Families');
    const otherProgramme = await programme(other, 'Elsewhere');
    ({ id: site } = await one<{ id: string }>(
      `INSERT INTO sites (organisation_id, name) VALUES ($1, 'Main museum') RETURNING id`,
      [org],
    ));
    const partner = (name: string, type: string) =>
      one<{ id: string }>(
        `INSERT INTO partners (organisation_id, name, name_key, type) VALUES ($1, $2, $2, $3) RETURNING id`,
        [org, name, type],
      ).then((r) => r.id);
    const school1 = await partner('school one', 'SCHOOL');
    const school2 = await partner('school two', 'SCHOOL');
    const group = await partner('friends group', 'COMMUNITY_GROUP');

    await session({
      programme: p1,
      date: '2025-05-10',
      mode: 'ONSITE',
      format: 'SCHOOL_WORKSHOP',
      duration: 90,
      decile: 2,
      site,
      partners: [school1],
      cells: [
        { audience: 'PUPIL', stage: 'KS2', count: 30, firstTime: true },
        { audience: 'TEACHER', count: 2, firstTime: false },
      ],
    });
    await session({
      programme: p1,
      date: '2025-06-15',
      mode: 'ONLINE',
      format: 'VIRTUAL_CLASSROOM',
      duration: 60,
      coDesigned: true,
      partners: [school2, group],
      cells: [
        { audience: 'PUPIL', stage: 'KS3', count: 20 },
        { audience: 'YOUNG_PERSON', age: 'AGE_16_19', count: 3, decile: 5 },
      ],
    });
    await session({
      programme: p2,
      date: '2025-09-01',
      mode: 'OUTREACH',
      format: 'FAMILY_DROP_IN',
      duration: null,
      coDesigned: true,
      decile: 9,
      partners: [group],
      cells: [
        { audience: 'PARENT_CARER', age: 'AGE_35_44', count: 10, firstTime: true },
        { audience: 'EARLY_YEARS_CHILD', count: 4, firstTime: false },
        { audience: 'OLDER_ADULT', age: 'AGE_65_74', count: 1 },
      ],
    });
    // Not counted: planned, last year, another museum.
    await session({
      programme: p1,
      date: '2025-07-01',
      status: 'PLANNED',
      mode: 'ONSITE',
      format: 'SCHOOL_WORKSHOP',
      duration: 60,
      cells: [{ audience: 'PUPIL', count: 100 }],
    });
    await session({
      programme: p1,
      date: '2025-03-31',
      mode: 'ONSITE',
      format: 'SCHOOL_WORKSHOP',
      duration: 60,
      cells: [{ audience: 'PUPIL', count: 50 }],
    });
    await session({
      org: other,
      programme: otherProgramme,
      date: '2025-05-10',
      mode: 'ONSITE',
      format: 'SCHOOL_WORKSHOP',
      duration: 60,
      cells: [{ audience: 'PUPIL', count: 999 }],
    });
    actor = {
      userId: '00000000-0000-4000-8000-000000000001',
      userName: 'Head',
      sessionId: 's',
      organisationId: org,
      role: 'HEAD_OF_LEARNING',
      permissions: permissionsFor('HEAD_OF_LEARNING'),
      requestId: null,
    };
  });

  afterAll(async () => {
    await ds?.destroy();
    await database?.drop();
  });

  it('computes every built-in for the museum and the financial year exactly', async () => {
    const { total } = await figures.builtIns(org, FY2025, MUSEUM, null);
    expect(Object.keys(total).sort()).toEqual([...BUILT_IN_INDICATOR_CODES].sort());
    expect(total.SESSIONS_DELIVERED).toEqual({ value: 3, n: 3 });
    expect(total.ATTENDANCES).toEqual({ value: 70, n: 70 });
    expect(total.ATTENDANCES_BY_AUDIENCE_TYPE).toEqual({ value: 70, n: 70 });
    // KS2 30 + KS3 20 + 16-19 3 + an early-years child with no age or stage 4.
    expect(total.CYP_ATTENDANCES).toEqual({ value: 57, n: 57 });
    expect(total.DISTINCT_SCHOOLS).toEqual({ value: 2, n: 2 });
    expect(total.DISTINCT_PARTNERS).toEqual({ value: 3, n: 3 });
    // Deciles known for 32 (decile 2, from the session) + 3 (decile 5) + 15 (decile 9).
    expect(total.DEPRIVED_SHARE.n).toBe(50);
    expect(total.DEPRIVED_SHARE.value).toBeCloseTo(64, 10);
    expect(total.ONLINE_SHARE.n).toBe(70);
    expect(total.ONLINE_SHARE.value).toBeCloseTo((100 * 23) / 70, 10);
    // 32 x 90 min + 23 x 60 min; the session without a duration is left out.
    expect(total.CONTACT_HOURS).toEqual({ value: 71, n: 55 });
    expect(total.FIRST_TIME_SHARE.n).toBe(46);
    expect(total.FIRST_TIME_SHARE.value).toBeCloseTo((100 * 40) / 46, 10);
    expect(total.CO_DESIGNED_SHARE.n).toBe(3);
    expect(total.CO_DESIGNED_SHARE.value).toBeCloseTo(200 / 3, 10);
  });

  it('narrows to a programme or a site', async () => {
    const programme = await figures.builtIns(org, FY2025, { kind: 'PROGRAMME', id: p1 }, null);
    expect(programme.total.SESSIONS_DELIVERED.value).toBe(2);
    expect(programme.total.ATTENDANCES.value).toBe(55);
    const atSite = await figures.builtIns(org, FY2025, { kind: 'SITE', id: site }, null);
    expect(atSite.total.ATTENDANCES.value).toBe(32);
    expect(atSite.total.DEPRIVED_SHARE).toEqual({ value: 100, n: 32 });
  });

  it('breaks down by audience type, decile and delivery mode', async () => {
    const byAudience = await figures.builtIns(org, FY2025, MUSEUM, 'AUDIENCE_TYPE');
    expect(Object.fromEntries(byAudience.cells.ATTENDANCES!)).toMatchObject({
      PUPIL: { value: 50, n: 50 },
      TEACHER: { value: 2, n: 2 },
      YOUNG_PERSON: { value: 3, n: 3 },
      PARENT_CARER: { value: 10, n: 10 },
      EARLY_YEARS_CHILD: { value: 4, n: 4 },
      OLDER_ADULT: { value: 1, n: 1 },
    });
    // Within the cell: pupils with a known decile are the 30 at the decile-2 session.
    expect(byAudience.cells.DEPRIVED_SHARE!.get('PUPIL')).toEqual({ value: 100, n: 30 });
    expect(byAudience.byAudienceType.get('PUPIL')).toEqual({ value: 50, n: 50 });

    const byDecile = await figures.builtIns(org, FY2025, MUSEUM, 'DEPRIVATION_DECILE');
    expect(Object.fromEntries(byDecile.cells.ATTENDANCES!)).toEqual({
      '2': { value: 32, n: 32 },
      '5': { value: 3, n: 3 },
      '9': { value: 15, n: 15 },
      UNKNOWN: { value: 20, n: 20 },
    });
    expect(byDecile.total.ATTENDANCES.value).toBe(70);

    const byMode = await figures.builtIns(org, FY2025, MUSEUM, 'DELIVERY_MODE');
    expect(byMode.cells.SESSIONS_DELIVERED!.get('ONLINE')).toEqual({ value: 1, n: 1 });
    expect(byMode.cells.DISTINCT_PARTNERS!.get('ONLINE')).toEqual({ value: 2, n: 2 });
    expect(byMode.cells.ATTENDANCES!.get('OUTREACH')).toEqual({ value: 15, n: 15 });
  });

  it('withholds small cells in indicatorValues (primary and secondary), never the total', async () => {
    const values = await service.values(actor, { key: 'FY2025' }, null, null, 'DEPRIVATION_DECILE');
    const attendances = values.find((v) => v.indicator.code === 'ATTENDANCES')!;
    expect(attendances.value).toBe(70);
    expect(attendances.disaggregation).toBe('DEPRIVATION_DECILE');
    expect(attendances.cells).toEqual([
      { key: '2', label: 'Decile 2', value: 32, n: 32, suppressed: false },
      { key: '5', label: 'Decile 5', value: null, n: null, suppressed: true },
      // Secondary: the next smallest, or 3 could be worked out from the total.
      { key: '9', label: 'Decile 9', value: null, n: null, suppressed: true },
      { key: 'UNKNOWN', label: 'Unknown', value: 20, n: 20, suppressed: false },
    ]);
    const share = values.find((v) => v.indicator.code === 'DEPRIVED_SHARE')!;
    expect(share.benchmark).toBe(30);
    expect(share.cells).toEqual([]); // not broken down by its own decile
    const byAudience = values.find((v) => v.indicator.code === 'ATTENDANCES_BY_AUDIENCE_TYPE')!;
    expect(byAudience.disaggregation).toBe('AUDIENCE_TYPE');
    expect(byAudience.cells.filter((c) => !c.suppressed).map((c) => c.key)).toEqual([
      'PUPIL',
      'PARENT_CARER',
    ]);
  });

  it('uses the museum threshold', async () => {
    await ds.query('UPDATE organisations SET small_cell_threshold = 1 WHERE id = $1', [org]);
    try {
      const values = await service.values(
        actor,
        { key: 'FY2025' },
        null,
        null,
        'DEPRIVATION_DECILE',
      );
      const attendances = values.find((v) => v.indicator.code === 'ATTENDANCES')!;
      expect(attendances.cells.every((c) => !c.suppressed)).toBe(true);
    } finally {
      await ds.query('UPDATE organisations SET small_cell_threshold = 5 WHERE id = $1', [org]);
    }
  });
  it('serves cached figures only until the sessions change, whichever way they change', async () => {
    const attendances = async () =>
      (await service.values(actor, { key: 'FY2025' }, null, null, null)).find(
        (v) => v.indicator.code === 'ATTENDANCES',
      )!.value;
    expect(await attendances()).toBe(70);
    expect(await attendances()).toBe(70);
    const id = await session({
      programme: p2,
      date: '2025-10-01',
      mode: 'ONSITE',
      format: 'TALK',
      duration: 60,
      cells: [{ audience: 'ADULT_LEARNER', count: 12 }],
    });
    expect(await attendances()).toBe(82);
    await ds.query('UPDATE session_attendance SET count = 2 WHERE session_id = $1', [id]);
    expect(await attendances()).toBe(72);
    await ds.query(`UPDATE sessions SET status = 'CANCELLED' WHERE id = $1`, [id]);
    expect(await attendances()).toBe(70);
    await ds.query('DELETE FROM sessions WHERE id = $1', [id]);
    expect(await attendances()).toBe(70);
  });
});
