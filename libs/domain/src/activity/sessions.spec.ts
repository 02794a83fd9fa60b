import { describe, expect, it } from 'vitest';
import { parseWithFieldErrors } from '../validation';
import {
  attendanceCellSchema,
  attendanceTotals,
  defaultDeliveryMode,
  localDateIn,
  sessionInputSchema,
  STRAND_DEFAULT_FORMAT,
} from './sessions';
import { PROGRAMME_STRANDS } from './vocabulary';

const PROGRAMME = '0b6f3c2e-5a1d-4c9b-8f7e-2d3c4b5a6978';
const SITE = '1c7a4d3f-6b2e-4dac-9a8f-3e4d5c6b7a89';
const PARTNER = '2d8b5e4a-7c3f-4ebd-8b9a-4f5e6d7c8b9a';

const delivered = (overrides: Record<string, unknown> = {}) => ({
  programmeId: PROGRAMME,
  date: '2025-05-14',
  startTime: '10:00',
  durationMinutes: 90,
  format: 'SCHOOL_WORKSHOP',
  deliveryMode: 'ONSITE',
  status: 'DELIVERED',
  siteId: SITE,
  attendance: [
    { audienceType: 'PUPIL', keyStage: 'KS2', count: 28 },
    { audienceType: 'TEACHER', ageBand: 'UNKNOWN', count: 3, countKind: 'ESTIMATE' },
  ],
  ...overrides,
});

function errorsOf(value: unknown): Record<string, string> {
  const result = parseWithFieldErrors(sessionInputSchema, value);
  if (result.ok) return {};
  return Object.fromEntries(result.fieldErrors.map((e) => [e.path.join('.'), e.message]));
}

describe('attendance cells', () => {
  it('defaults to a headcount and fills what was left out with null', () => {
    expect(
      attendanceCellSchema.parse({ audienceType: 'PUPIL', keyStage: 'KS2', count: 28 }),
    ).toEqual({
      audienceType: 'PUPIL',
      ageBand: null,
      keyStage: 'KS2',
      count: 28,
      countKind: 'HEADCOUNT',
      firstTime: null,
      send: null,
      deprivationDecile: null,
      deprivationIndex: null,
    });
  });

  it('takes an age band or a key stage, not both', () => {
    const result = attendanceCellSchema.safeParse({
      audienceType: 'PUPIL',
      ageBand: 'AGE_5_10',
      keyStage: 'KS2',
      count: 1,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['keyStage'],
      message: 'Give an age band or a key stage, not both',
    });
  });

  it('counts whole people from 0 to 100,000', () => {
    const bad = (count: unknown) =>
      attendanceCellSchema.safeParse({ audienceType: 'ADULT_LEARNER', count }).error?.issues[0]
        ?.message;
    expect(bad(2.5)).toBe('Enter a whole number');
    expect(bad(-1)).toBe('Cannot be negative');
    expect(bad(100_001)).toBe('Must be at most 100,000');
    expect(bad(undefined)).toBe('Enter how many came');
    expect(bad(0)).toBeUndefined();
    expect(bad(100_000)).toBeUndefined();
  });

  it('keeps a deprivation decile only together with its index', () => {
    const issue = (cell: Record<string, unknown>) =>
      attendanceCellSchema.safeParse({ audienceType: 'PUPIL', count: 1, ...cell }).error?.issues[0];
    expect(issue({ deprivationDecile: 2 })).toMatchObject({ path: ['deprivationIndex'] });
    expect(issue({ deprivationIndex: 'IMD2025' })).toMatchObject({ path: ['deprivationDecile'] });
    expect(issue({ deprivationDecile: 11, deprivationIndex: 'IMD2025' })?.message).toBe(
      'Enter a decile from 1 to 10',
    );
    expect(issue({ deprivationDecile: 1, deprivationIndex: 'IMD2025' })).toBeUndefined();
  });
});

describe('session input', () => {
  it('accepts a delivered onsite workshop and normalises optional fields', () => {
    const parsed = sessionInputSchema.parse(
      delivered({ title: '  ', outreachPostcode: '', partnerIds: [PARTNER, PARTNER] }),
    );
    expect(parsed).toMatchObject({
      title: null,
      outreachPostcode: null,
      partnerIds: [PARTNER],
      coDesigned: false,
      facilitators: [],
      frameworkElementIds: [],
    });
    expect(parsed.attendance).toHaveLength(2);
  });

  it('names each bad field by its path', () => {
    expect(
      errorsOf(
        delivered({
          date: '2025-02-30',
          startTime: '9.30',
          durationMinutes: 0,
          attendance: [
            { audienceType: 'PUPIL', keyStage: 'KS2', count: 28 },
            { audienceType: 'TEACHER', count: -2 },
          ],
          facilitators: [{ type: 'STAFF', name: ' ' }],
        }),
      ),
    ).toEqual({
      'input.date': 'This is not a real date',
      'input.startTime': 'Enter a time as HH:MM, e.g. 09:30',
      'input.durationMinutes': 'Must be at least 1 minute',
      'input.attendance.1.count': 'Cannot be negative',
      'input.facilitators.0.name': 'Enter the facilitator',
    });
  });

  it('refuses a repeated cell, naming the second one', () => {
    expect(
      errorsOf(
        delivered({
          attendance: [
            { audienceType: 'PUPIL', keyStage: 'KS2', count: 28 },
            { audienceType: 'TEACHER', count: 2 },
            { audienceType: 'PUPIL', keyStage: 'KS2', count: 3, countKind: 'ESTIMATE' },
          ],
        }),
      ),
    ).toEqual({
      'input.attendance.2':
        'Repeats row 1: the same audience, age band or key stage, first-time, SEND and decile',
    });
    // First-time visitors are a cell of their own.
    expect(
      errorsOf(
        delivered({
          attendance: [
            { audienceType: 'PUPIL', keyStage: 'KS2', count: 28 },
            { audienceType: 'PUPIL', keyStage: 'KS2', count: 4, firstTime: true },
          ],
        }),
      ),
    ).toEqual({});
  });

  it('keeps attendance off planned and cancelled sessions', () => {
    expect(errorsOf(delivered({ status: 'PLANNED' }))).toEqual({
      'input.attendance': 'A planned session has no attendance yet: log it once it is delivered',
    });
    expect(errorsOf(delivered({ status: 'CANCELLED' }))).toEqual({
      'input.attendance': 'A cancelled session has no attendance',
    });
    expect(errorsOf(delivered({ status: 'PLANNED', attendance: [] }))).toEqual({});
  });

  it('needs a site onsite, a postcode or partner for outreach, and no site online', () => {
    expect(errorsOf(delivered({ siteId: null }))).toEqual({
      'input.siteId': 'An onsite session needs a site',
    });
    expect(errorsOf(delivered({ deliveryMode: 'OUTREACH', siteId: null }))).toEqual({
      'input.outreachPostcode':
        'An outreach session needs the postcode where it took place, or a partner',
    });
    expect(
      errorsOf(delivered({ deliveryMode: 'OUTREACH', siteId: null, outreachPostcode: 'zz11aa' })),
    ).toEqual({});
    expect(
      sessionInputSchema.parse(
        delivered({ deliveryMode: 'OUTREACH', siteId: null, outreachPostcode: 'zz11aa' }),
      ).outreachPostcode,
    ).toBe('ZZ1 1AA');
    expect(
      errorsOf(delivered({ deliveryMode: 'OUTREACH', siteId: null, partnerIds: [PARTNER] })),
    ).toEqual({});
    expect(errorsOf(delivered({ deliveryMode: 'ONLINE' }))).toEqual({
      'input.siteId': 'An online session has no site (choose hybrid if people also came in)',
    });
    expect(errorsOf(delivered({ deliveryMode: 'ONLINE', siteId: null }))).toEqual({});
    expect(errorsOf(delivered({ outreachPostcode: 'not a postcode' }))).toEqual({
      'input.outreachPostcode': 'Enter a UK postcode like SW1A 1AA',
    });
  });
});

describe('attendanceTotals', () => {
  it('adds the counts and says whether any of them is an estimate', () => {
    expect(
      attendanceTotals([
        { count: 28, countKind: 'HEADCOUNT' },
        { count: 3, countKind: 'ESTIMATE' },
      ]),
    ).toEqual({ total: 31, hasEstimates: true });
    expect(attendanceTotals([{ count: 28 }, { count: null }])).toEqual({
      total: 28,
      hasEstimates: false,
    });
    expect(attendanceTotals([{ count: 0, countKind: 'ESTIMATE' }])).toEqual({
      total: 0,
      hasEstimates: false,
    });
    expect(attendanceTotals([])).toEqual({ total: 0, hasEstimates: false });
  });
});

describe('suggestions and dates', () => {
  it('suggests a format for every strand and a delivery mode that fits it', () => {
    for (const strand of PROGRAMME_STRANDS) expect(STRAND_DEFAULT_FORMAT[strand]).toBeTruthy();
    expect(defaultDeliveryMode(STRAND_DEFAULT_FORMAT.OUTREACH)).toBe('OUTREACH');
    expect(defaultDeliveryMode(STRAND_DEFAULT_FORMAT.DIGITAL)).toBe('ONLINE');
    expect(defaultDeliveryMode(STRAND_DEFAULT_FORMAT.SCHOOLS)).toBe('ONSITE');
  });

  it("gives the date in the museum's time zone", () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    expect(localDateIn(new Date('2025-06-30T23:30:00Z'), 'Europe/London')).toBe('2025-07-01');
    expect(localDateIn(new Date('2025-12-31T23:30:00Z'), 'Europe/London')).toBe('2025-12-31');
  });
});
