import { describe, expect, it } from 'vitest';
import { diff } from './audit.service';

describe('diff', () => {
  it('lists only the fields that changed, with before and after', () => {
    expect(
      diff(
        { name: 'Old', threshold: 5, zone: 'Europe/London' },
        { name: 'New', threshold: 5, zone: 'Europe/London' },
      ),
    ).toEqual([{ field: 'name', before: 'Old', after: 'New' }]);
  });

  it('describes a creation and a deletion', () => {
    expect(diff({}, { name: 'Quay', postcode: null })).toEqual([
      { field: 'name', before: null, after: 'Quay' },
    ]);
    expect(diff({ name: 'Quay' }, {})).toEqual([{ field: 'name', before: 'Quay', after: null }]);
  });

  it('compares dates by instant', () => {
    const at = new Date('2026-04-01T00:00:00Z');
    expect(diff({ at }, { at: new Date(at.getTime()) })).toEqual([]);
    expect(diff({ at }, { at: new Date(at.getTime() + 1) })).toHaveLength(1);
  });
});

describe('diff of JSON values', () => {
  it('ignores key order, as jsonb reorders keys', () => {
    expect(
      diff(
        { funders: [{ name: 'A', amountPence: 1 }] },
        { funders: [{ amountPence: 1, name: 'A' }] },
      ),
    ).toEqual([]);
    expect(diff({ funders: [{ name: 'A' }] }, { funders: [{ name: 'B' }] })).toHaveLength(1);
  });
});
