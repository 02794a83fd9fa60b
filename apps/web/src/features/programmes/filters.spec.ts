import { describe, expect, it } from 'vitest';
import {
  programmeFiltersFromSearchParams,
  searchParamsFromProgrammeFilters,
  toProgrammeFilter,
} from './filters';

describe('programme filters in the address', () => {
  it('round-trips, dropping values the API would refuse', () => {
    const values = programmeFiltersFromSearchParams(
      new URLSearchParams('search=%20river%20&status=ACTIVE&strand=DANCE'),
    );
    expect(values).toEqual({ search: 'river', status: 'ACTIVE', strand: '' });
    expect(searchParamsFromProgrammeFilters(values).toString()).toBe('search=river&status=ACTIVE');
    expect(toProgrammeFilter(values)).toEqual({ search: 'river', status: 'ACTIVE' });
    expect(toProgrammeFilter({ search: ' ', status: '', strand: 'SCHOOLS' })).toEqual({
      strand: 'SCHOOLS',
    });
  });
});
