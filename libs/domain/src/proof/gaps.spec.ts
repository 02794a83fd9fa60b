import { describe, expect, it } from 'vitest';
import { addDays, sayDoGapOf, type GapFacts } from './gaps';

const TODAY = '2025-11-20';
const base: GapFacts = {
  status: 'ACTIVE',
  createdOn: '2025-01-10',
  lastActionOn: '2025-10-01',
  reviewDate: null,
  reviewWindowDays: 90,
};

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-11-20', -90)).toBe('2025-08-22');
  });
});

describe('sayDoGapOf', () => {
  it('has no gap with an action inside the window', () => {
    expect(sayDoGapOf(base, TODAY)).toBeNull();
  });

  it('has a gap when the latest action is older than the window, not on its edge', () => {
    expect(sayDoGapOf({ ...base, lastActionOn: '2025-08-22' }, TODAY)).toBeNull();
    expect(sayDoGapOf({ ...base, lastActionOn: '2025-08-21' }, TODAY)).toEqual({
      reason: 'NO_RECENT_ACTION',
      message: 'No action recorded in the last 90 days (the latest was on 2025-08-21)',
    });
  });

  it('counts from creation when there is no action yet', () => {
    expect(sayDoGapOf({ ...base, lastActionOn: null, createdOn: '2025-10-01' }, TODAY)).toBeNull();
    expect(sayDoGapOf({ ...base, lastActionOn: null }, TODAY)?.message).toBe(
      'No action recorded in the 90 days since it was made',
    );
  });

  it('uses the commitment’s own window', () => {
    expect(sayDoGapOf({ ...base, reviewWindowDays: 30 }, TODAY)?.reason).toBe('NO_RECENT_ACTION');
  });

  it('flags a review date that has passed with no action since', () => {
    expect(sayDoGapOf({ ...base, reviewDate: '2025-11-01' }, TODAY)).toEqual({
      reason: 'REVIEW_OVERDUE',
      message: 'Its review date (2025-11-01) has passed with no action since',
    });
    expect(sayDoGapOf({ ...base, reviewDate: '2025-09-15' }, TODAY)).toBeNull();
    expect(sayDoGapOf({ ...base, reviewDate: TODAY }, TODAY)).toBeNull();
  });

  it('never flags achieved or dropped commitments', () => {
    for (const status of ['ACHIEVED', 'DROPPED'] as const)
      expect(sayDoGapOf({ ...base, status, lastActionOn: null }, TODAY)).toBeNull();
    for (const status of ['PLANNED', 'AT_RISK'] as const)
      expect(sayDoGapOf({ ...base, status, lastActionOn: null }, TODAY)).not.toBeNull();
  });
});
