import { describe, expect, it } from 'vitest';
import {
  checkSessionFilters,
  EMPTY_SESSION_FILTERS,
  hasSessionFilters,
  searchParamsFromSessionFilters,
  sessionExportHref,
  sessionFiltersFromSearchParams,
  toSessionFilter,
} from './filters';

const PROGRAMME = '11111111-1111-4111-8111-111111111111';

describe('session filters in the address', () => {
  it('round-trip through the query string in a fixed order', () => {
    const values = {
      ...EMPTY_SESSION_FILTERS,
      status: 'DELIVERED',
      programmeId: PROGRAMME,
      from: '2026-04-01',
      to: '2027-03-31',
      format: 'SCHOOL_WORKSHOP',
    };
    const query = searchParamsFromSessionFilters(values).toString();
    expect(query).toBe(
      `from=2026-04-01&to=2027-03-31&programmeId=${PROGRAMME}&format=SCHOOL_WORKSHOP&status=DELIVERED`,
    );
    expect(sessionFiltersFromSearchParams(new URLSearchParams(query))).toEqual(values);
  });

  it('drop what the API would refuse: unknown codes, impossible dates, ids that are not ids', () => {
    const values = sessionFiltersFromSearchParams(
      new URLSearchParams(
        'from=2026-02-30&to=next-week&format=PARTY&deliveryMode=ONLINE&siteId=1&status=delivered',
      ),
    );
    expect(values).toEqual({ ...EMPTY_SESSION_FILTERS, deliveryMode: 'ONLINE' });
    expect(hasSessionFilters(values)).toBe(true);
    expect(hasSessionFilters(EMPTY_SESSION_FILTERS)).toBe(false);
  });

  it('give the API only what is set', () => {
    expect(
      toSessionFilter({ ...EMPTY_SESSION_FILTERS, from: '2026-04-01', deliveryMode: 'ONSITE' }),
    ).toEqual({ from: '2026-04-01', deliveryMode: 'ONSITE' });
  });

  it('carry into the export links', () => {
    const values = { ...EMPTY_SESSION_FILTERS, from: '2026-04-01', status: 'DELIVERED' };
    expect(sessionExportHref('csv', values)).toBe(
      '/api/exports/sessions.csv?from=2026-04-01&status=DELIVERED',
    );
    expect(sessionExportHref('xlsx', EMPTY_SESSION_FILTERS)).toBe('/api/exports/sessions.xlsx');
  });

  it('refuse a period that ends before it starts', () => {
    expect(
      checkSessionFilters({ ...EMPTY_SESSION_FILTERS, from: '2026-05-01', to: '2026-04-01' }),
    ).toMatch(/on or after/);
    expect(checkSessionFilters({ ...EMPTY_SESSION_FILTERS, from: '2026-05-01' })).toBeNull();
  });
});
