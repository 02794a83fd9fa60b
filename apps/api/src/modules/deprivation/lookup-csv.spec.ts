import { postcodeSchema } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import {
  checkLookupRow,
  fastCanonicalPostcode,
  isBlankRecord,
  matchLookupColumns,
  type LookupColumns,
} from './lookup-csv';

function columnsOf(header: string[]): LookupColumns {
  const matched = matchLookupColumns(header);
  if (!matched.ok) throw new Error(JSON.stringify(matched.errors));
  return matched.columns;
}

describe('matchLookupColumns', () => {
  it('reads the synthetic fixture header', () => {
    expect(columnsOf(['postcode', 'area_code', 'index', 'decile'])).toEqual({
      postcode: 0,
      areaCode: 1,
      decile: 3,
      index: 2,
    });
  });

  it.each([
    [['pcds', 'lsoa11cd', 'IMD Decile'], { postcode: 0, areaCode: 1, decile: 2, index: null }],
    [['PCD', 'LSOA21CD', 'Decile'], { postcode: 0, areaCode: 1, decile: 2, index: null }],
    [
      ['Postcode', 'DataZone', 'SIMD2020v2_Decile'],
      { postcode: 0, areaCode: 1, decile: 2, index: null },
    ],
    [
      [' Post Code ', 'LSOA code (2011)', 'decile '],
      { postcode: 0, areaCode: 1, decile: 2, index: null },
    ],
    [['\uFEFFpostcode', 'area', 'decile'], { postcode: 0, areaCode: 1, decile: 2, index: null }],
    [['pcd7', 'pcds', 'lsoa21cd', 'decile'], { postcode: 1, areaCode: 2, decile: 3, index: null }],
  ])('matches %j leniently', (header, expected) => {
    expect(columnsOf(header)).toEqual(expected);
  });

  it("picks the overall index's decile among an official file's domain deciles", () => {
    const header = [
      'LSOA code (2011)',
      'Postcode',
      'Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)',
      'Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)',
      'Income Decile (where 1 is most deprived 10% of LSOAs)',
      'Income Deprivation Affecting Children Index (IDACI) Decile (where 1 is most deprived 10% of LSOAs)',
    ];
    expect(columnsOf(header)).toMatchObject({ postcode: 1, areaCode: 0, decile: 3 });
  });

  it('names every missing column', () => {
    const matched = matchLookupColumns(['lsoa name', 'rank']);
    expect(matched.ok).toBe(false);
    expect(!matched.ok && matched.errors.map((e) => e.path)).toEqual([
      ['header', 'postcode'],
      ['header', 'area_code'],
      ['header', 'decile'],
    ]);
  });

  it('refuses to guess between two decile columns of the same standing', () => {
    const matched = matchLookupColumns(['postcode', 'area', 'income decile', 'health decile']);
    expect(!matched.ok && matched.errors).toEqual([
      {
        path: ['header', 'decile'],
        message:
          'The file has several decile columns (income decile, health decile): name the one to use "decile"',
      },
    ]);
  });
});

describe('fastCanonicalPostcode', () => {
  it.each([
    'ZZ1 1AA',
    'zz11aa',
    ' zz1  1aa ',
    'SW1A 1AA',
    'sw1a1aa',
    'M1 1AE',
    'B33 8TH',
    'CR2 6XH',
    'DN55 1PT',
    'EC1A 1BB',
    'ZZ1',
    '1AA ZZ1',
    'ZZ1 1A',
    'ZZ11 1AAA',
    '',
    'ZZ1\t1AA',
    'ZZ1-1AA',
  ])('agrees with postcodeSchema on %j', (value) => {
    const parsed = postcodeSchema.safeParse(value);
    expect(fastCanonicalPostcode(value)).toBe(parsed.success ? parsed.data : null);
  });
});

describe('checkLookupRow', () => {
  const columns = columnsOf(['postcode', 'area_code', 'index', 'decile']);

  it('accepts a good row in canonical form', () => {
    expect(checkLookupRow(['zz11aa', ' Z01000001 ', 'IMD2025', '1'], columns, 'IMD2025')).toEqual({
      ok: true,
      row: { postcode: 'ZZ1 1AA', areaCode: 'Z01000001', decile: 1 },
    });
    expect(checkLookupRow(['ZZ1 1AA', 'Z1', 'imd 2025', '10'], columns, 'IMD2025').ok).toBe(true);
  });

  it.each(['0', '11', '3.5', 'ten', '-1', ''])('refuses the decile %j', (decile) => {
    const checked = checkLookupRow(['ZZ1 1AA', 'Z1', 'IMD2025', decile], columns, 'IMD2025');
    expect(!checked.ok && checked.problems.map((p) => p.column)).toEqual(['decile']);
  });

  it('lists every problem of a row', () => {
    const checked = checkLookupRow(['ZZ1', '', 'IMD2019', '12'], columns, 'IMD2025');
    expect(!checked.ok && checked.problems).toEqual([
      { column: 'postcode', message: 'ZZ1 is not a UK postcode' },
      { column: 'area_code', message: 'The area code is missing' },
      { column: 'decile', message: '12 is not a decile: a decile is a whole number from 1 to 10' },
      {
        column: 'index',
        message: 'This row is for IMD2019, but the file is being loaded as IMD2025',
      },
    ]);
  });

  it('ignores the index when the file has no index column', () => {
    const noIndex = columnsOf(['postcode', 'area_code', 'decile']);
    expect(checkLookupRow(['ZZ1 1AA', 'Z1', '4'], noIndex, 'SIMD2020').ok).toBe(true);
  });

  it('refuses an area code that could not be stored as it is', () => {
    const checked = checkLookupRow(['ZZ1 1AA', 'Z1\\N', 'IMD2025', '4'], columns, 'IMD2025');
    expect(!checked.ok && checked.problems.map((p) => p.column)).toEqual(['area_code']);
  });

  it('treats missing cells of a short row as blank', () => {
    const checked = checkLookupRow(['ZZ1 1AA'], columns, 'IMD2025');
    expect(!checked.ok && checked.problems.map((p) => p.column)).toEqual([
      'area_code',
      'decile',
      'index',
    ]);
  });
});

describe('isBlankRecord', () => {
  it('is true only when every cell is empty or spaces', () => {
    expect(isBlankRecord([''])).toBe(true);
    expect(isBlankRecord([' ', ''])).toBe(true);
    expect(isBlankRecord(['', 'x'])).toBe(false);
  });
});
