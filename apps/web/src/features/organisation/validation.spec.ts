import { describe, expect, it } from 'vitest';
import { checkSettings, checkSite } from './validation';

const valid = {
  name: 'Hilltop Museum',
  kind: 'MUSEUM',
  nation: 'ENGLAND',
  financialYearStartMonth: '4',
  academicYearStartMonth: '9',
  smallCellThreshold: '5',
  timeZone: 'Europe/London',
};

describe('checkSettings', () => {
  it('turns the form into the API input', () => {
    expect(checkSettings(valid)).toEqual({
      ok: true,
      value: {
        name: 'Hilltop Museum',
        kind: 'MUSEUM',
        nation: 'ENGLAND',
        financialYearStartMonth: 4,
        academicYearStartMonth: 9,
        smallCellThreshold: 5,
        timeZone: 'Europe/London',
      },
    });
  });

  it.each([
    ['0', 'Must be at least 1'],
    ['51', 'Must be at most 50'],
    ['2.5', 'Enter a whole number'],
    ['', 'Enter a whole number from 1 to 50'],
    ['ten', 'Enter a whole number from 1 to 50'],
  ])('refuses a small-cell threshold of "%s"', (value, message) => {
    expect(checkSettings({ ...valid, smallCellThreshold: value })).toEqual({
      ok: false,
      errors: { 'input.smallCellThreshold': message },
    });
  });

  it('refuses an unknown time zone and a missing name', () => {
    expect(checkSettings({ ...valid, name: ' ', timeZone: 'Mars/Olympus' })).toEqual({
      ok: false,
      errors: {
        'input.name': 'Enter the organisation name',
        'input.timeZone': 'Enter a time zone like Europe/London',
      },
    });
  });
});

describe('checkSite', () => {
  it('normalises the postcode and allows none', () => {
    expect(checkSite({ name: ' Store ', type: 'OTHER', postcode: 'sw1a1aa' })).toEqual({
      ok: true,
      value: { name: 'Store', type: 'OTHER', postcode: 'SW1A 1AA' },
    });
    expect(checkSite({ name: 'Store', type: 'OTHER', postcode: '  ' })).toMatchObject({
      value: { postcode: null },
    });
  });

  it('explains a postcode that is not a UK one, and a missing name', () => {
    expect(checkSite({ name: '', type: 'OTHER', postcode: '12345' })).toEqual({
      ok: false,
      errors: {
        'input.name': 'Enter the site name',
        'input.postcode': 'Enter a UK postcode like SW1A 1AA',
      },
    });
  });
});
