import { describe, expect, it } from 'vitest';
import {
  describeAction,
  filtersFromSearchParams,
  searchParamsFromFilters,
  startOfUkDay,
  toAuditEventFilter,
} from './filters';

describe('audit filters', () => {
  it('round-trips through the address bar, leaving out empty values', () => {
    const values = { action: 'site.created', entityType: '', from: '2026-04-01', to: '' };
    const params = searchParamsFromFilters(values);
    expect(params.toString()).toBe('action=site.created&from=2026-04-01');
    expect(filtersFromSearchParams(params)).toEqual(values);
  });

  it('ignores dates that are not real calendar dates', () => {
    expect(filtersFromSearchParams(new URLSearchParams('from=2026-02-30&to=yesterday'))).toEqual({
      action: '',
      entityType: '',
      from: '',
      to: '',
    });
  });

  it('turns UK dates into day bounds, in GMT and in BST', () => {
    expect(startOfUkDay('2026-01-15')).toBe('2026-01-15T00:00:00.000Z');
    expect(startOfUkDay('2026-07-01')).toBe('2026-06-30T23:00:00.000Z');
    expect(
      toAuditEventFilter({ action: '', entityType: 'site', from: '2026-07-01', to: '2026-07-31' }),
    ).toEqual({
      entityType: 'site',
      from: '2026-06-30T23:00:00.000Z',
      // "to" is exclusive in the API: the next UK midnight.
      to: '2026-07-31T23:00:00.000Z',
    });
  });

  it('describes action codes in words', () => {
    expect(describeAction('member.role_changed')).toBe('Member role changed');
  });
});
