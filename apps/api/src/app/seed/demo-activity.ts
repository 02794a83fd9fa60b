import { randomUUID } from 'node:crypto';
import type {
  AudienceType,
  CountKind,
  DeliveryMode,
  KeyStage,
  PartnerType,
  ProgrammeStrand,
  SessionFormat,
} from '@lantern/domain';
import { normaliseName } from '@lantern/domain';
import type { EntityManager } from 'typeorm';

/**
 * A museum's worth of activity for the demo: programmes with funders and plans, schools
 * and community partners, a small synthetic IMD2025 lookup (the ZZ postcode area does not
 * exist; the deciles are invented) and two years of sessions up to yesterday, with a few
 * planned ones ahead. Deterministic for a given `today`, so figures can be checked.
 */

/** Small seeded PRNG (mulberry32): the same demo every time. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

/** The fixture's postcodes with their deciles, plus more in the same invented area. */
export const DEMO_LOOKUP: ReadonlyArray<{ postcode: string; area: string; decile: number }> = [
  ['ZZ1 1AA', 1],
  ['ZZ1 2AB', 2],
  ['ZZ2 3AD', 2],
  ['ZZ2 4AE', 5],
  ['ZZ3 5AF', 8],
  ['ZZ3 6AG', 10],
  ['ZZ9 9ZZ', 3],
  ['ZZ4 1BA', 1],
  ['ZZ4 2BB', 4],
  ['ZZ5 1CA', 7],
  ['ZZ5 2CB', 6],
  ['ZZ6 1DA', 3],
  ['ZZ6 2DB', 9],
  ['ZZ7 1EA', 2],
  ['ZZ7 2EB', 5],
  ['ZZ8 1FA', 4],
].map(([postcode, decile], i) => ({
  postcode: postcode as string,
  area: `Z0100${String(i + 1).padStart(4, '0')}`,
  decile: decile as number,
}));

const SCHOOLS: ReadonlyArray<[string, string, string]> = [
  ["St Aidan's CE Primary", '100001', 'ZZ1 1AA'],
  ['Hillcrest Academy', '100002', 'ZZ1 2AB'],
  ['Meadow Lane Primary', '100003', 'ZZ2 3AD'],
  ['Oakfield Junior School', '100004', 'ZZ2 4AE'],
  ['Northgate Primary, Westbury', '100005', 'ZZ3 5AF'],
  ['Riverside Infants', '100006', 'ZZ3 6AG'],
  ['Brookside Community Primary', '100007', 'ZZ4 1BA'],
  ['Kingsmead Secondary', '100008', 'ZZ4 2BB'],
  ['Harbour View Academy', '100009', 'ZZ5 1CA'],
  ['Elm Park Primary', '100010', 'ZZ6 1DA'],
  ['Westbury High School', '100011', 'ZZ6 2DB'],
  ['Canal Street Nursery School', '100012', 'ZZ7 1EA'],
];

const GROUPS: ReadonlyArray<[string, PartnerType, string]> = [
  ['Riverside Age Concern', 'CHARITY', 'ZZ7 2EB'],
  ['Northgate Residents Association', 'COMMUNITY_GROUP', 'ZZ4 1BA'],
  ['Westbury Memory Clinic', 'HEALTH_BODY', 'ZZ8 1FA'],
  ['Harbour Youth Project', 'COMMUNITY_GROUP', 'ZZ5 2CB'],
  ['Westbury College', 'COLLEGE', 'ZZ6 2DB'],
];

interface ProgrammeSpec {
  name: string;
  strand: ProgrammeStrand;
  aims: string;
  format: SessionFormat;
  mode: DeliveryMode;
  /** Sessions per month, roughly. */
  perMonth: number;
  termTimeOnly: boolean;
  weekdays: number[];
  startTime: string;
  duration: number;
  site: number | null;
  partner: 'school' | 'group' | null;
  elements: string[];
  audiences: AudienceType[];
  funder?: { name: string; grantReference: string; amountPence: number };
  cells: (
    r: ReturnType<typeof random>,
    school: boolean,
  ) => Array<{
    audienceType: AudienceType;
    keyStage: KeyStage | null;
    count: number;
    countKind: CountKind;
    firstTime: boolean | null;
  }>;
}

const headcount = (
  audienceType: AudienceType,
  count: number,
  keyStage: KeyStage | null = null,
  firstTime: boolean | null = null,
) => ({ audienceType, keyStage, count, countKind: 'HEADCOUNT' as CountKind, firstTime });

const PROGRAMMES: ProgrammeSpec[] = [
  {
    name: 'Schools - KS2 Romans',
    strand: 'SCHOOLS',
    aims: 'Hands-on Roman workshops with real objects, prioritising schools in deciles 1-3.',
    format: 'SCHOOL_WORKSHOP',
    mode: 'ONSITE',
    perMonth: 6,
    termTimeOnly: true,
    weekdays: [2, 3, 4],
    startTime: '10:00',
    duration: 90,
    site: 0,
    partner: 'school',
    elements: ['MA_LE.2', 'GLO.KNOWLEDGE'],
    audiences: ['PUPIL', 'TEACHER'],
    cells: (r) => [
      headcount('PUPIL', r.int(22, 31), 'KS2', r.chance(0.4)),
      headcount('TEACHER', r.int(2, 6)),
    ],
  },
  {
    name: 'Schools - KS1 Toys Past & Present',
    strand: 'OUTREACH',
    aims: 'Loan boxes and outreach visits bringing the toy collection into classrooms.',
    format: 'OUTREACH_VISIT',
    mode: 'OUTREACH',
    perMonth: 4,
    termTimeOnly: true,
    weekdays: [1, 2, 4],
    startTime: '09:30',
    duration: 60,
    site: null,
    partner: 'school',
    elements: ['MA_LE.5', 'GLO.ENJOYMENT'],
    audiences: ['PUPIL', 'TEACHER'],
    cells: (r) => [headcount('PUPIL', r.int(20, 30), 'KS1'), headcount('TEACHER', r.int(2, 4))],
  },
  {
    name: 'Family Saturdays',
    strand: 'FAMILIES',
    aims: 'Free drop-in making and handling for families every Saturday.',
    format: 'FAMILY_DROP_IN',
    mode: 'ONSITE',
    perMonth: 4,
    termTimeOnly: false,
    weekdays: [6],
    startTime: '11:00',
    duration: 180,
    site: 1,
    partner: null,
    elements: ['MA_LE.1', 'GLO.ENJOYMENT'],
    audiences: ['PARENT_CARER', 'COMMUNITY_MEMBER'],
    cells: (r) => [
      { ...headcount('PARENT_CARER', 5 * r.int(4, 9)), countKind: 'ESTIMATE' },
      { ...headcount('COMMUNITY_MEMBER', 5 * r.int(6, 14)), countKind: 'ESTIMATE' },
    ],
  },
  {
    name: 'Young Curators',
    strand: 'YOUNG_PEOPLE',
    aims: 'A youth panel co-curating a gallery display each year.',
    format: 'YOUTH_PANEL',
    mode: 'ONSITE',
    perMonth: 2,
    termTimeOnly: false,
    weekdays: [3],
    startTime: '16:30',
    duration: 120,
    site: 0,
    partner: 'group',
    elements: ['MA_LE.4', 'GSO.COMMUNITIES'],
    audiences: ['YOUNG_PERSON'],
    cells: (r) => [headcount('YOUNG_PERSON', r.int(5, 12), null, r.chance(0.2))],
  },
  {
    name: 'Memories Café',
    strand: 'HEALTH_AND_WELLBEING',
    aims: 'Monthly reminiscence sessions for people living with dementia and their carers.',
    format: 'REMINISCENCE',
    mode: 'ONSITE',
    perMonth: 1,
    termTimeOnly: false,
    weekdays: [4],
    startTime: '14:00',
    duration: 90,
    site: 0,
    partner: 'group',
    elements: ['MCL.WELLBEING', 'GSO.HEALTH'],
    audiences: ['PERSON_LIVING_WITH_DEMENTIA', 'CARER'],
    funder: {
      name: 'Riverside Health Foundation',
      grantReference: 'RHF-2024-031',
      amountPence: 1_200_000,
    },
    cells: (r) => [
      headcount('PERSON_LIVING_WITH_DEMENTIA', r.int(6, 14)),
      headcount('CARER', r.int(4, 10)),
    ],
  },
  {
    name: 'Community Co-curation: Our Streets',
    strand: 'COMMUNITY_PARTNERSHIPS',
    aims: 'Residents of Northgate decide what the museum collects and shows about their streets.',
    format: 'COMMUNITY_CO_CURATION',
    mode: 'OUTREACH',
    perMonth: 2,
    termTimeOnly: false,
    weekdays: [2],
    startTime: '18:00',
    duration: 120,
    site: null,
    partner: 'group',
    elements: ['MA_LE.3', 'MA_LE.4', 'NLHF.WIDER_RANGE'],
    audiences: ['COMMUNITY_MEMBER'],
    funder: {
      name: 'National Lottery Heritage Fund',
      grantReference: 'NH-24-01234',
      amountPence: 4_950_000,
    },
    cells: (r) => [headcount('COMMUNITY_MEMBER', r.int(6, 22), null, r.chance(0.3))],
  },
  {
    name: 'Teacher CPD',
    strand: 'TEACHER_CPD',
    aims: 'Twilight sessions helping teachers use collections in the curriculum.',
    format: 'TEACHER_CPD',
    mode: 'ONSITE',
    perMonth: 1,
    termTimeOnly: true,
    weekdays: [3],
    startTime: '16:00',
    duration: 90,
    site: 0,
    partner: null,
    elements: ['MA_LE.7', 'GLO.SKILLS'],
    audiences: ['TEACHER'],
    cells: (r) => [headcount('TEACHER', r.int(6, 18))],
  },
  {
    name: 'Virtual Classroom',
    strand: 'DIGITAL',
    aims: 'Live online lessons so that distance is no barrier to the collection.',
    format: 'VIRTUAL_CLASSROOM',
    mode: 'ONLINE',
    perMonth: 3,
    termTimeOnly: true,
    weekdays: [1, 5],
    startTime: '13:30',
    duration: 45,
    site: null,
    partner: 'school',
    elements: ['MA_LE.1', 'GLO.KNOWLEDGE'],
    audiences: ['PUPIL', 'TEACHER'],
    funder: {
      name: 'Arts Council England',
      grantReference: 'ACE-NPO-2023',
      amountPence: 2_500_000,
    },
    cells: (r) => [headcount('PUPIL', r.int(18, 60), 'KS2'), headcount('TEACHER', r.int(1, 3))],
  },
  {
    name: 'Little Explorers',
    strand: 'EARLY_YEARS',
    aims: 'Stories and sensory play for under-fives and their grown-ups.',
    format: 'EARLY_YEARS',
    mode: 'ONSITE',
    perMonth: 2,
    termTimeOnly: false,
    weekdays: [1],
    startTime: '10:30',
    duration: 60,
    site: 1,
    partner: null,
    elements: ['MA_LE.1', 'GLO.ENJOYMENT'],
    audiences: ['EARLY_YEARS_CHILD', 'PARENT_CARER'],
    cells: (r) => [
      headcount('EARLY_YEARS_CHILD', r.int(6, 16), 'EYFS', r.chance(0.35)),
      headcount('PARENT_CARER', r.int(5, 14)),
    ],
  },
];

const FREELANCERS = ['Ada Okafor', 'Tom Reyes', 'Lena Fischer'];

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Financial-year quarters (April start) covering [from, to]. */
function quarters(from: Date, to: Date): Array<{ start: string; end: string }> {
  const out: Array<{ start: string; end: string }> = [];
  const year = from.getUTCMonth() < 3 ? from.getUTCFullYear() - 1 : from.getUTCFullYear();
  let start = new Date(Date.UTC(year, 3, 1));
  while (start <= to) {
    const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 1));
    out.push({ start: iso(start), end: iso(addDays(next, -1)) });
    start = next;
  }
  return out;
}

function inSchoolHoliday(date: Date): boolean {
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  return (
    month === 7 ||
    (month === 6 && day > 21) ||
    (month === 11 && day > 19) ||
    (month === 0 && day < 4) ||
    (month === 3 && day < 14) ||
    (month === 9 && day > 24)
  );
}

export interface DemoActivityResult {
  programmes: number;
  partners: number;
  sessions: number;
  attendanceCells: number;
}

/**
 * Adds the demo museum's activity once: does nothing when it already has programmes.
 * `staff` are the people who lead programmes and facilitate sessions.
 */
export async function seedDemoActivity(
  em: EntityManager,
  organisationId: string,
  staff: Array<{ id: string; name: string }>,
  today: Date = new Date(),
): Promise<DemoActivityResult | null> {
  const existing = (await em.query(
    'SELECT count(*)::int AS n FROM programmes WHERE organisation_id = $1',
    [organisationId],
  )) as Array<{ n: number }>;
  if ((existing[0]?.n ?? 0) > 0) return null;
  const r = random(2026);
  const midnight = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()),
  );
  const from = addDays(midnight, -730);
  const until = addDays(midnight, 30);

  // Deprivation lookup (synthetic IMD2025) and partners with their deciles.
  await em.query(
    `INSERT INTO deprivation_lookup_versions (organisation_id, index_version, row_count, source_filename)
     VALUES ($1, 'IMD2025', $2, 'deprivation-lookup-SYNTHETIC.csv')`,
    [organisationId, DEMO_LOOKUP.length],
  );
  await em.query(
    `INSERT INTO deprivation_lookups (organisation_id, index_version, postcode, area_code, decile)
     SELECT $1, 'IMD2025', * FROM unnest($2::text[], $3::text[], $4::smallint[])`,
    [
      organisationId,
      DEMO_LOOKUP.map((l) => l.postcode),
      DEMO_LOOKUP.map((l) => l.area),
      DEMO_LOOKUP.map((l) => l.decile),
    ],
  );
  const decileOf = new Map(DEMO_LOOKUP.map((l) => [l.postcode, l.decile]));
  const partners = [
    ...SCHOOLS.map(([name, urn, postcode]) => ({
      name,
      type: 'SCHOOL' as PartnerType,
      urn,
      postcode,
    })),
    ...GROUPS.map(([name, type, postcode]) => ({ name, type, urn: null, postcode })),
  ].map((p) => ({ ...p, id: randomUUID(), decile: decileOf.get(p.postcode) ?? null }));
  await em.query(
    `INSERT INTO partners (id, organisation_id, name, name_key, type, urn, postcode, deprivation_decile, deprivation_index)
     SELECT p.id, $1, p.name, p.key, p.type::partner_type, p.urn, p.postcode, p.decile,
            CASE WHEN p.decile IS NULL THEN NULL ELSE 'IMD2025'::deprivation_index END
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::smallint[])
         AS p(id, name, key, type, urn, postcode, decile)`,
    [
      organisationId,
      partners.map((p) => p.id),
      partners.map((p) => p.name),
      partners.map((p) => normaliseName(p.name)),
      partners.map((p) => p.type),
      partners.map((p) => p.urn),
      partners.map((p) => p.postcode),
      partners.map((p) => p.decile),
    ],
  );
  const schools = partners.filter((p) => p.type === 'SCHOOL');
  const groups = partners.filter((p) => p.type !== 'SCHOOL');

  const sites = (await em.query(
    'SELECT id FROM sites WHERE organisation_id = $1 ORDER BY created_at, name',
    [organisationId],
  )) as Array<{ id: string }>;
  const elements = (await em.query(
    'SELECT id, code FROM framework_elements WHERE organisation_id IS NULL',
  )) as Array<{ id: string; code: string }>;
  const elementId = new Map(elements.map((e) => [e.code, e.id]));

  const sessions: Array<Record<string, unknown>> = [];
  const cells: Array<Record<string, unknown>> = [];
  const links: Array<{ sessionId: string; partnerId: string }> = [];
  const facilitators: Array<{
    sessionId: string;
    userId: string | null;
    name: string;
    type: string;
  }> = [];
  const tags: Array<{ sessionId: string; elementId: string }> = [];

  for (const [index, spec] of PROGRAMMES.entries()) {
    const programmeId = randomUUID();
    const lead = staff[index % staff.length] ?? null;
    const siteId = spec.site === null ? null : (sites[spec.site]?.id ?? null);
    const plan = quarters(from, until).map((q) => ({
      periodStart: q.start,
      periodEnd: q.end,
      plannedSessions: Math.round(spec.perMonth * 3 * (spec.termTimeOnly ? 0.8 : 1)),
      plannedReach: Math.round(spec.perMonth * 3 * 25),
    }));
    await em.query(
      `INSERT INTO programmes (id, organisation_id, name, strand, aims, status, start_date, lead_user_id,
                               target_audiences, funders, plan)
       VALUES ($1, $2, $3, $4, $5, 'ACTIVE', $6, $7, $8, $9, $10)`,
      [
        programmeId,
        organisationId,
        spec.name,
        spec.strand,
        spec.aims,
        iso(from),
        lead?.id ?? null,
        spec.audiences,
        JSON.stringify(
          spec.funder
            ? [{ ...spec.funder, periodStart: iso(from), periodEnd: iso(addDays(until, 365)) }]
            : [],
        ),
        JSON.stringify(plan),
      ],
    );
    if (siteId) {
      await em.query(
        'INSERT INTO programme_sites (programme_id, site_id, organisation_id) VALUES ($1, $2, $3)',
        [programmeId, siteId, organisationId],
      );
    }
    const programmeElements = spec.elements.flatMap((code) => elementId.get(code) ?? []);
    for (const id of programmeElements) {
      await em.query(
        'INSERT INTO programme_framework_elements (programme_id, element_id, organisation_id) VALUES ($1, $2, $3)',
        [programmeId, id, organisationId],
      );
    }

    for (let day = from; day < until; day = addDays(day, 1)) {
      if (!spec.weekdays.includes(day.getUTCDay())) continue;
      if (spec.termTimeOnly && inSchoolHoliday(day)) continue;
      const perWeekday = (spec.perMonth * 12) / 52 / spec.weekdays.length;
      if (!r.chance(Math.min(1, perWeekday))) continue;
      const future = day >= midnight;
      const status = future ? 'PLANNED' : r.chance(0.03) ? 'CANCELLED' : 'DELIVERED';
      const partner =
        spec.partner === 'school'
          ? r.pick(schools)
          : spec.partner === 'group'
            ? r.pick(groups)
            : null;
      const sessionId = randomUUID();
      const sessionCells = status === 'DELIVERED' ? spec.cells(r, spec.partner === 'school') : [];
      const outreachPostcode = spec.mode === 'OUTREACH' ? (partner?.postcode ?? null) : null;
      const decile = outreachPostcode ? decileOf.get(outreachPostcode) : partner?.decile;
      sessions.push({
        id: sessionId,
        programmeId,
        date: iso(day),
        startTime: spec.startTime,
        duration: spec.duration,
        format: spec.format,
        mode: spec.mode,
        status,
        siteId,
        outreachPostcode,
        onlinePlatform: spec.mode === 'ONLINE' ? 'Microsoft Teams' : null,
        coDesigned: spec.strand === 'COMMUNITY_PARTNERSHIPS' || spec.strand === 'YOUNG_PEOPLE',
        depth:
          spec.strand === 'COMMUNITY_PARTNERSHIPS'
            ? 'COLLABORATING'
            : spec.strand === 'YOUNG_PEOPLE'
              ? 'INVOLVED'
              : null,
        decile: decile ?? null,
        total: sessionCells.reduce((sum, c) => sum + c.count, 0),
        createdBy: lead?.id ?? null,
        notes: status === 'CANCELLED' ? 'Cancelled: the school could not travel.' : null,
      });
      sessionCells.forEach((cell, position) =>
        cells.push({ ...cell, id: randomUUID(), sessionId, position }),
      );
      if (partner) links.push({ sessionId, partnerId: partner.id });
      if (lead) facilitators.push({ sessionId, userId: lead.id, name: lead.name, type: 'STAFF' });
      if (r.chance(0.25))
        facilitators.push({
          sessionId,
          userId: null,
          name: r.pick(FREELANCERS),
          type: 'FREELANCER',
        });
      for (const id of programmeElements) tags.push({ sessionId, elementId: id });
    }
  }

  const col = <T>(rows: Array<Record<string, unknown>>, key: string) =>
    rows.map((row) => row[key] as T);
  await em.query(
    `INSERT INTO sessions (id, organisation_id, programme_id, date, start_time, duration_minutes, format,
       delivery_mode, status, site_id, outreach_postcode, online_platform, co_designed, participation_depth,
       deprivation_decile, deprivation_index, attendance_total, created_by_user_id, notes)
     SELECT s.id, $1, s.programme_id, s.date, s.start_time, s.duration, s.format::session_format,
            s.mode::delivery_mode, s.status::session_status, s.site_id, s.outreach_postcode, s.online_platform,
            s.co_designed, s.depth::participation_depth, s.decile,
            CASE WHEN s.decile IS NULL THEN NULL ELSE 'IMD2025'::deprivation_index END,
            s.total, s.created_by, s.notes
       FROM unnest($2::uuid[], $3::uuid[], $4::date[], $5::time[], $6::int[], $7::text[], $8::text[], $9::text[],
                   $10::uuid[], $11::text[], $12::text[], $13::boolean[], $14::text[], $15::smallint[], $16::int[],
                   $17::uuid[], $18::text[])
         AS s(id, programme_id, date, start_time, duration, format, mode, status, site_id, outreach_postcode,
              online_platform, co_designed, depth, decile, total, created_by, notes)`,
    [
      organisationId,
      col(sessions, 'id'),
      col(sessions, 'programmeId'),
      col(sessions, 'date'),
      col(sessions, 'startTime'),
      col(sessions, 'duration'),
      col(sessions, 'format'),
      col(sessions, 'mode'),
      col(sessions, 'status'),
      col(sessions, 'siteId'),
      col(sessions, 'outreachPostcode'),
      col(sessions, 'onlinePlatform'),
      col(sessions, 'coDesigned'),
      col(sessions, 'depth'),
      col(sessions, 'decile'),
      col(sessions, 'total'),
      col(sessions, 'createdBy'),
      col(sessions, 'notes'),
    ],
  );
  await em.query(
    `INSERT INTO session_attendance (id, organisation_id, session_id, position, audience_type, key_stage,
       count, count_kind, first_time)
     SELECT c.id, $1, c.session_id, c.position, c.audience_type::audience_type, c.key_stage::key_stage,
            c.count, c.count_kind::count_kind, c.first_time
       FROM unnest($2::uuid[], $3::uuid[], $4::smallint[], $5::text[], $6::text[], $7::int[], $8::text[],
                   $9::boolean[]) AS c(id, session_id, position, audience_type, key_stage, count, count_kind,
                                       first_time)`,
    [
      organisationId,
      col(cells, 'id'),
      col(cells, 'sessionId'),
      col(cells, 'position'),
      col(cells, 'audienceType'),
      col(cells, 'keyStage'),
      col(cells, 'count'),
      col(cells, 'countKind'),
      col(cells, 'firstTime'),
    ],
  );
  await em.query(
    `INSERT INTO session_partners (session_id, partner_id, organisation_id)
     SELECT l.session_id, l.partner_id, $1 FROM unnest($2::uuid[], $3::uuid[]) AS l(session_id, partner_id)`,
    [organisationId, links.map((l) => l.sessionId), links.map((l) => l.partnerId)],
  );
  await em.query(
    `INSERT INTO session_facilitators (organisation_id, session_id, type, user_id, name)
     SELECT $1, f.session_id, f.type::facilitator_type, f.user_id, f.name
       FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[]) AS f(session_id, type, user_id, name)`,
    [
      organisationId,
      facilitators.map((f) => f.sessionId),
      facilitators.map((f) => f.type),
      facilitators.map((f) => f.userId),
      facilitators.map((f) => f.name),
    ],
  );
  await em.query(
    `INSERT INTO session_framework_elements (session_id, element_id, organisation_id)
     SELECT t.session_id, t.element_id, $1 FROM unnest($2::uuid[], $3::uuid[]) AS t(session_id, element_id)`,
    [organisationId, tags.map((t) => t.sessionId), tags.map((t) => t.elementId)],
  );
  return {
    programmes: PROGRAMMES.length,
    partners: partners.length,
    sessions: sessions.length,
    attendanceCells: cells.length,
  };
}
