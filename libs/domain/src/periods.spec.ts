import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  customPeriod,
  nextPeriod,
  PERIOD_TYPES,
  periodContains,
  periodFromKey,
  periodOf,
  periodsBetween,
  previousPeriod,
  UK_PERIOD_SETTINGS,
  type PeriodSettings,
} from './periods';

const DAY = 86_400_000;
const isoDate = fc
  .integer({ min: Date.UTC(1990, 0, 1) / DAY, max: Date.UTC(2060, 11, 31) / DAY })
  .map((day) => new Date(day * DAY).toISOString().slice(0, 10));
const settings = fc.record<PeriodSettings>({
  financialYearStartMonth: fc.integer({ min: 1, max: 12 }),
  academicYearStartMonth: fc.integer({ min: 1, max: 12 }),
});
const periodType = fc.constantFrom(...PERIOD_TYPES);

function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
}

describe('periods', () => {
  it('names UK periods the way people do', () => {
    expect(periodOf('FINANCIAL_YEAR', '2025-04-01')).toMatchObject({
      key: 'FY2025',
      label: '2025/26',
      start: '2025-04-01',
      end: '2026-03-31',
    });
    expect(periodOf('FINANCIAL_YEAR', '2026-03-31').label).toBe('2025/26');
    expect(periodOf('FINANCIAL_QUARTER', '2026-02-14')).toMatchObject({
      key: 'FQ2025-4',
      label: 'Q4 2025/26',
      start: '2026-01-01',
      end: '2026-03-31',
    });
    expect(periodOf('FINANCIAL_QUARTER', '2025-06-30').label).toBe('Q1 2025/26');
    expect(periodOf('ACADEMIC_YEAR', '2025-09-01')).toMatchObject({
      label: 'AY 2025/26',
      start: '2025-09-01',
      end: '2026-08-31',
    });
    expect(periodOf('ACADEMIC_YEAR', '2025-08-31').label).toBe('AY 2024/25');
    expect(periodOf('ACADEMIC_TERM', '2026-02-10')).toMatchObject({
      key: 'AT2025-SPRING',
      label: 'Spring term 2025/26',
      start: '2026-01-01',
      end: '2026-04-30',
    });
    expect(periodOf('CALENDAR_YEAR', '2024-02-29')).toMatchObject({
      label: '2024',
      end: '2024-12-31',
    });
    expect(periodOf('CALENDAR_MONTH', '2024-02-10')).toMatchObject({
      key: 'CM2024-02',
      label: 'Feb 2024',
      end: '2024-02-29',
    });
  });

  it('starts the academic year in August in Scotland', () => {
    const scotland = { ...UK_PERIOD_SETTINGS, academicYearStartMonth: 8 };
    expect(periodOf('ACADEMIC_YEAR', '2025-08-14', scotland)).toMatchObject({
      label: 'AY 2025/26',
      start: '2025-08-01',
      end: '2026-07-31',
    });
    expect(periodOf('ACADEMIC_TERM', '2025-08-14', scotland).label).toBe('Autumn term 2025/26');
  });

  it('steps to the previous and next period, as dashboards compare them', () => {
    const q1 = periodOf('FINANCIAL_QUARTER', '2025-05-01');
    expect(previousPeriod(q1).label).toBe('Q4 2024/25');
    expect(nextPeriod(q1).label).toBe('Q2 2025/26');
    expect(
      periodsBetween('FINANCIAL_QUARTER', '2025-04-01', '2026-03-31').map((p) => p.label),
    ).toEqual(['Q1 2025/26', 'Q2 2025/26', 'Q3 2025/26', 'Q4 2025/26']);
  });

  it('keeps custom and grant periods as given, and refuses one that ends before it starts', () => {
    const grant = customPeriod('2024-10-01', '2027-09-30', 'NLHF grant 2024-27');
    expect(periodContains(grant, '2026-01-01')).toBe(true);
    expect(() => customPeriod('2025-01-02', '2025-01-01', 'x')).toThrow(/end on or after/);
    expect(() => nextPeriod(grant)).toThrow(RangeError);
  });

  it('every date falls in the period periodOf gives, which starts and ends on real dates', () => {
    fc.assert(
      fc.property(periodType, isoDate, settings, (type, date, s) => {
        const period = periodOf(type, date, s);
        expect(periodContains(period, date)).toBe(true);
        expect(new Date(`${period.start}T00:00:00Z`).toISOString().slice(0, 10)).toBe(period.start);
        expect(new Date(`${period.end}T00:00:00Z`).toISOString().slice(0, 10)).toBe(period.end);
        // Every day of the period maps back to the same period.
        expect(periodOf(type, period.start, s).key).toBe(period.key);
        expect(periodOf(type, period.end, s).key).toBe(period.key);
      }),
      { numRuns: 500 },
    );
  });

  it('periods of one type tile time with no gap or overlap', () => {
    fc.assert(
      fc.property(periodType, isoDate, isoDate, settings, (type, a, b, s) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const periods = periodsBetween(type, from, to, s);
        expect(periods.length).toBeGreaterThan(0);
        expect(periodContains(periods[0]!, from)).toBe(true);
        expect(periodContains(periods.at(-1)!, to)).toBe(true);
        for (let i = 1; i < periods.length; i += 1) {
          expect(periods[i]!.start).toBe(dayAfter(periods[i - 1]!.end));
        }
        expect(previousPeriod(nextPeriod(periods[0]!, s), s).key).toBe(periods[0]!.key);
      }),
      { numRuns: 300 },
    );
  });

  it('a date is in exactly one period of each type', () => {
    fc.assert(
      fc.property(periodType, isoDate, settings, (type, date, s) => {
        const around = periodsBetween(
          type,
          previousPeriod(periodOf(type, date, s), s).start,
          nextPeriod(periodOf(type, date, s), s).end,
          s,
        );
        expect(around.filter((p) => periodContains(p, date))).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('periodFromKey', () => {
  const settings = fc.record({
    financialYearStartMonth: fc.integer({ min: 1, max: 12 }),
    academicYearStartMonth: fc.integer({ min: 1, max: 12 }),
  });
  const isoDate = fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2090-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it('is the inverse of period.key for every period type and setting', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERIOD_TYPES), isoDate, settings, (type, date, s) => {
        const period = periodOf(type, date, s);
        expect(periodFromKey(period.key, s)).toEqual(period);
      }),
    );
  });

  it('reads the labels people use', () => {
    expect(periodFromKey('FQ2025-1')).toMatchObject({
      label: 'Q1 2025/26',
      start: '2025-04-01',
      end: '2025-06-30',
    });
    expect(periodFromKey('AY2025')?.label).toBe('AY 2025/26');
    expect(periodFromKey('CP2024-04-01_2027-03-31', undefined, 'NLHF grant')).toMatchObject({
      type: 'CUSTOM',
      label: 'NLHF grant',
      start: '2024-04-01',
      end: '2027-03-31',
    });
  });

  it('returns null for keys it did not issue', () => {
    for (const key of [
      '',
      'FY25',
      'FQ2025-5',
      'CM2025-13',
      'AT2025-WINTER',
      'CP2025-02-30_2025-03-01',
      'CP2025-05-01_2025-04-01',
      'fy2025',
    ])
      expect(periodFromKey(key)).toBeNull();
  });
});
