import { describe, expect, it } from 'vitest';
import { parseWithFieldErrors } from '../validation';
import { partnerInputSchema, partnerNameKey } from './partners';

function parse(value: unknown) {
  return parseWithFieldErrors(partnerInputSchema, value);
}

function errorsOf(value: unknown) {
  const result = parse(value);
  if (result.ok) throw new Error('expected the input to be refused');
  return result.fieldErrors;
}

describe('partnerInputSchema', () => {
  it('trims, canonicalises the postcode and keys the name', () => {
    const result = parse({
      name: '  St  Mary’s Primary  ',
      type: 'SCHOOL',
      urn: ' 123456 ',
      postcode: 'zz11aa',
      notes: '  Year 4 teacher is keen  ',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'St  Mary’s Primary',
        type: 'SCHOOL',
        urn: '123456',
        postcode: 'ZZ1 1AA',
        notes: 'Year 4 teacher is keen',
        nameKey: "st mary's primary",
      },
    });
  });

  it('turns blanks into null', () => {
    const result = parse({
      name: 'Riverside Youth Club',
      type: 'COMMUNITY_GROUP',
      urn: ' ',
      postcode: '',
      notes: '',
    });
    expect(result.ok && result.value).toMatchObject({ urn: null, postcode: null, notes: null });
  });

  it('guesses the type from the name and URN when none is given', () => {
    const guess = (name: string, urn?: string) => {
      const result = parse({ name, urn });
      return result.ok ? result.value.type : null;
    };
    expect(guess('Hill Top Primary School')).toBe('SCHOOL');
    expect(guess('Northgate', '100001')).toBe('SCHOOL');
    expect(guess('Memory Café Group')).toBe('COMMUNITY_GROUP');
    expect(guess('Somebody')).toBe('OTHER');
  });

  it('requires a name of at most 200 characters', () => {
    expect(errorsOf({ name: '   ', type: 'OTHER' })).toEqual([
      { path: ['input', 'name'], message: 'Enter the partner name' },
    ]);
    expect(errorsOf({ name: 'x'.repeat(201), type: 'OTHER' })[0]?.path).toEqual(['input', 'name']);
    expect(parse({ name: 'x'.repeat(200), type: 'OTHER' }).ok).toBe(true);
  });

  it('refuses an unknown type', () => {
    expect(errorsOf({ name: 'A', type: 'MUSEUM' })[0]?.path).toEqual(['input', 'type']);
  });

  it.each(['12345', '1234567', '099999', 'ABC123', '12 3456'])('refuses the URN %j', (urn) => {
    expect(errorsOf({ name: 'A school', type: 'SCHOOL', urn })).toEqual([
      { path: ['input', 'urn'], message: 'A URN has six digits, such as 100001' },
    ]);
  });

  it('accepts a URN only for schools and colleges', () => {
    expect(parse({ name: 'Sixth Form College', type: 'COLLEGE', urn: '130000' }).ok).toBe(true);
    expect(errorsOf({ name: 'Youth club', type: 'COMMUNITY_GROUP', urn: '123456' })).toEqual([
      { path: ['input', 'urn'], message: 'Only schools and colleges have a URN' },
    ]);
  });

  it('refuses a postcode that is not a UK postcode', () => {
    expect(errorsOf({ name: 'A', type: 'OTHER', postcode: 'ZZ1' })).toEqual([
      { path: ['input', 'postcode'], message: 'Enter a UK postcode like SW1A 1AA' },
    ]);
  });

  it('limits notes to 4000 characters', () => {
    expect(errorsOf({ name: 'A', type: 'OTHER', notes: 'n'.repeat(4001) })[0]?.path).toEqual([
      'input',
      'notes',
    ]);
    expect(parse({ name: 'A', type: 'OTHER', notes: 'n'.repeat(4000) }).ok).toBe(true);
  });

  it('names every bad field at once', () => {
    const paths = errorsOf({ name: '', type: 'OTHER', urn: '12', postcode: 'nope' }).map((e) =>
      e.path.join('.'),
    );
    expect(paths.sort()).toEqual(['input.name', 'input.postcode', 'input.urn']);
  });
});

describe('partnerNameKey', () => {
  it('ignores case, spacing, curly quotes and dash styles', () => {
    expect(partnerNameKey('St Mary’s  C of E – Primary')).toBe(
      partnerNameKey("st mary's c of e - primary"),
    );
    expect(partnerNameKey('St Marys')).not.toBe(partnerNameKey("St Mary's"));
  });
});
