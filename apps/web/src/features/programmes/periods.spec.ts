import { describe, expect, it } from 'vitest';
import { describePeriod, financialYearQuarters, MAX_QUARTERS, planTotals } from './periods';

describe('financial-year quarters', () => {
  it('lists the whole quarters that overlap the dates, April to March by default', () => {
    expect(financialYearQuarters('2025-05-15', '2026-01-10')).toEqual([
      { periodStart: '2025-04-01', periodEnd: '2025-06-30', label: 'Q1 2025/26' },
      { periodStart: '2025-07-01', periodEnd: '2025-09-30', label: 'Q2 2025/26' },
      { periodStart: '2025-10-01', periodEnd: '2025-12-31', label: 'Q3 2025/26' },
      { periodStart: '2026-01-01', periodEnd: '2026-03-31', label: 'Q4 2025/26' },
    ]);
    expect(financialYearQuarters('2026-03-31', '2026-04-01').map((q) => q.label)).toEqual([
      'Q4 2025/26',
      'Q1 2026/27',
    ]);
  });

  it('follows the organisation’s own financial year, including leap years', () => {
    expect(financialYearQuarters('2024-01-01', '2024-03-31', 1)).toEqual([
      { periodStart: '2024-01-01', periodEnd: '2024-03-31', label: 'Q1 2024' },
    ]);
    expect(financialYearQuarters('2023-12-01', '2024-02-01', 9)).toEqual([
      { periodStart: '2023-12-01', periodEnd: '2024-02-29', label: 'Q2 2023/24' },
    ]);
  });

  it('adds nothing for dates in the wrong order, and at most ten years', () => {
    expect(financialYearQuarters('2026-01-01', '2025-01-01')).toEqual([]);
    expect(financialYearQuarters('2025-04-01', '')).toEqual([]);
    expect(financialYearQuarters('2000-04-01', '2040-03-31')).toHaveLength(MAX_QUARTERS);
  });

  it('names periods that are exactly a quarter or a year', () => {
    expect(describePeriod('2025-04-01', '2025-06-30')).toBe('Q1 2025/26');
    expect(describePeriod('2026-01-01', '2026-03-31')).toBe('Q4 2025/26');
    expect(describePeriod('2025-04-01', '2026-03-31')).toBe('2025/26');
    expect(describePeriod('2025-04-02', '2025-06-30')).toBeNull();
    expect(describePeriod('2025-04-01', '2025-05-31')).toBeNull();
    expect(describePeriod('2025-01-01', '2025-12-31', 1)).toBe('2025');
  });

  it('totals the plan', () => {
    expect(
      planTotals([
        { plannedSessions: 12, plannedReach: 360 },
        { plannedSessions: 8, plannedReach: 1240 },
      ]),
    ).toEqual({ sessions: 20, reach: 1600 });
  });
});
