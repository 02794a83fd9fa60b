import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UK_PERIOD_SETTINGS, periodFromKey } from '../periods';
import {
  BUILT_IN_INDICATOR_CODES,
  BUILT_IN_INDICATORS,
  cumulativeWindow,
  disaggregationCellLabel,
  indicatorInputSchema,
  ragStatus,
  thresholdProblem,
} from './indicators';

const t = (targetValue: number, greenThreshold: number, amberThreshold: number) => ({
  targetValue,
  greenThreshold,
  amberThreshold,
});

describe('ragStatus', () => {
  it('higher is better: green at or above green, amber at or above amber, else red', () => {
    expect(ragStatus('INCREASE', 100, t(100, 100, 80))).toBe('GREEN');
    expect(ragStatus('INCREASE', 99.9, t(100, 100, 80))).toBe('AMBER');
    expect(ragStatus('INCREASE', 80, t(100, 100, 80))).toBe('AMBER');
    expect(ragStatus('INCREASE', 79, t(100, 100, 80))).toBe('RED');
  });

  it('lower is better: the reverse', () => {
    expect(ragStatus('DECREASE', 10, t(10, 10, 15))).toBe('GREEN');
    expect(ragStatus('DECREASE', 12, t(10, 10, 15))).toBe('AMBER');
    expect(ragStatus('DECREASE', 15.5, t(10, 10, 15))).toBe('RED');
  });

  it('keep steady: by distance from the target, on either side', () => {
    expect(ragStatus('MAINTAIN', 52, t(50, 53, 55))).toBe('GREEN');
    expect(ragStatus('MAINTAIN', 47, t(50, 53, 55))).toBe('GREEN');
    expect(ragStatus('MAINTAIN', 45, t(50, 53, 55))).toBe('AMBER');
    expect(ragStatus('MAINTAIN', 56, t(50, 53, 55))).toBe('RED');
  });

  it('has no status without an actual or a target', () => {
    expect(ragStatus('INCREASE', null, t(1, 1, 0))).toBeNull();
    expect(ragStatus('INCREASE', 3, null)).toBeNull();
  });

  it('a higher actual is never worse when higher is better, nor better when lower is', () => {
    const rank = { RED: 0, AMBER: 1, GREEN: 2 } as const;
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (a, b, amber, gap) => {
          const up = t(amber + Math.abs(gap), amber + Math.abs(gap), amber);
          const down = t(amber - Math.abs(gap), amber - Math.abs(gap), amber);
          const [lo, hi] = a < b ? [a, b] : [b, a];
          expect(rank[ragStatus('INCREASE', hi, up)!]).toBeGreaterThanOrEqual(
            rank[ragStatus('INCREASE', lo, up)!],
          );
          expect(rank[ragStatus('DECREASE', hi, down)!]).toBeLessThanOrEqual(
            rank[ragStatus('DECREASE', lo, down)!],
          );
        },
      ),
    );
  });

  it('thresholds must suit the direction', () => {
    expect(thresholdProblem('INCREASE', t(100, 90, 95))?.field).toBe('amberThreshold');
    expect(thresholdProblem('INCREASE', t(100, 100, 80))).toBeNull();
    expect(thresholdProblem('DECREASE', t(10, 12, 11))?.field).toBe('amberThreshold');
    expect(thresholdProblem('MAINTAIN', t(50, 55, 52))?.field).toBe('amberThreshold');
    expect(thresholdProblem('MAINTAIN', t(50, 52, 45))).toBeNull();
  });
});

describe('cumulativeWindow', () => {
  const q3 = periodFromKey('FQ2025-3', UK_PERIOD_SETTINGS)!;

  it('non-cumulative is the period alone', () => {
    expect(cumulativeWindow('NON_CUMULATIVE', q3, UK_PERIOD_SETTINGS)).toEqual({
      start: '2025-10-01',
      end: '2025-12-31',
    });
  });

  it('within the year runs from the start of the financial year holding the period start', () => {
    expect(cumulativeWindow('CUMULATIVE_WITHIN_YEAR', q3, UK_PERIOD_SETTINGS)).toEqual({
      start: '2025-04-01',
      end: '2025-12-31',
    });
    const jan = periodFromKey('CM2026-01', UK_PERIOD_SETTINGS)!;
    expect(cumulativeWindow('CUMULATIVE_WITHIN_YEAR', jan, UK_PERIOD_SETTINGS).start).toBe(
      '2025-04-01',
    );
    expect(
      cumulativeWindow('CUMULATIVE_WITHIN_YEAR', jan, {
        ...UK_PERIOD_SETTINGS,
        financialYearStartMonth: 1,
      }).start,
    ).toBe('2026-01-01');
  });

  it('lifetime is everything up to the period end', () => {
    expect(cumulativeWindow('LIFETIME_CUMULATIVE', q3, UK_PERIOD_SETTINGS)).toEqual({
      start: '0001-01-01',
      end: '2025-12-31',
    });
  });
});

describe('built-in indicators and inputs', () => {
  it('have one definition per fixed code', () => {
    expect(BUILT_IN_INDICATORS.map((b) => b.code)).toEqual([...BUILT_IN_INDICATOR_CODES]);
    expect(BUILT_IN_INDICATORS.find((b) => b.code === 'DEPRIVED_SHARE')?.benchmark).toBe(30);
  });

  it('labels cells', () => {
    expect(disaggregationCellLabel('DEPRIVATION_DECILE', '1')).toBe('Decile 1 (most deprived)');
    expect(disaggregationCellLabel('AUDIENCE_TYPE', 'PUPIL')).toBe('Pupils');
    expect(disaggregationCellLabel('SEND', 'maybe')).toBeNull();
  });

  const base = {
    code: 'teacher_confidence',
    name: 'Teachers reporting increased confidence',
    definition: 'Share of teachers who said so',
    type: 'PERCENTAGE',
    source: 'MANUAL',
    unit: '%',
    direction: 'INCREASE',
    cumulativeClass: 'NON_CUMULATIVE',
    allowedDisaggregations: [],
    frameworkElementIds: [],
  };

  it('upper-cases codes and requires the survey fields of survey indicators only', () => {
    const ok = indicatorInputSchema.safeParse(base);
    expect(ok.success && ok.data.code).toBe('TEACHER_CONFIDENCE');
    const survey = indicatorInputSchema.safeParse({ ...base, source: 'SURVEY' });
    expect(survey.success).toBe(false);
    expect(survey.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'surveyItemCode',
      'surveyStatistic',
    ]);
    const stray = indicatorInputSchema.safeParse({ ...base, surveyItemCode: 'LO_KNOWLEDGE' });
    expect(stray.error?.issues[0]?.path).toEqual(['surveyItemCode']);
  });
});
