import { describe, expect, it } from 'vitest';
import {
  checkMapping,
  normaliseHeader,
  REQUIRED_IMPORT_FIELDS,
  savedColumnMappingSchema,
  suggestMapping,
  toSavedMapping,
} from './columns';

/** The header row of shared/fixtures/activity-log-2024-25.csv. */
const FIXTURE_HEADERS = [
  'Date',
  'Programme',
  'Session type',
  'Venue',
  'School / group',
  'URN',
  'Postcode',
  'Key Stage',
  'No. pupils',
  'No. adults',
  'Other participants',
  'First visit?',
  'Notes',
];

describe('suggestMapping', () => {
  it('maps every header of the fixture spreadsheet', () => {
    expect(suggestMapping(FIXTURE_HEADERS)).toEqual({
      Date: 'date',
      Programme: 'programme',
      'Session type': 'sessionType',
      Venue: 'venue',
      'School / group': 'partnerName',
      URN: 'partnerUrn',
      Postcode: 'postcode',
      'Key Stage': 'keyStage',
      'No. pupils': 'pupils',
      'No. adults': 'adults',
      'Other participants': 'otherParticipants',
      'First visit?': 'firstVisit',
      Notes: 'notes',
    });
  });

  it('recognises common variants of the headers', () => {
    const headers = [
      'DATE OF VISIT',
      'Program',
      'Activity',
      'Location',
      'School',
      'School URN',
      'Post code',
      'KS',
      'Number of pupils',
      'Teachers',
      'Participants',
      'First time?',
      'Comments',
      'Start time',
      'Duration (mins)',
      'Status',
    ];
    expect(suggestMapping(headers)).toEqual({
      'DATE OF VISIT': 'date',
      Program: 'programme',
      Activity: 'sessionType',
      Location: 'venue',
      School: 'partnerName',
      'School URN': 'partnerUrn',
      'Post code': 'postcode',
      KS: 'keyStage',
      'Number of pupils': 'pupils',
      Teachers: 'adults',
      Participants: 'otherParticipants',
      'First time?': 'firstVisit',
      Comments: 'notes',
      'Start time': 'startTime',
      'Duration (mins)': 'durationMinutes',
      Status: 'status',
    });
  });

  it.each([
    ['No. of pupils', 'pupils'],
    ['no of pupils', 'pupils'],
    ['# Pupils', 'pupils'],
    ['Pupils', 'pupils'],
    ['Group', 'partnerName'],
    ['School or group', 'partnerName'],
    ['Type', 'sessionType'],
    ['Activity type', 'sessionType'],
    ['Key stage / year', 'keyStage'],
    ['Adults (inc. teachers)', 'adults'],
    ['Date of workshop', 'date'],
    ['Programme strand', 'programme'],
    ['Site', 'venue'],
    ['Notes & comments', 'notes'],
  ])('maps %j to %s', (header, field) => {
    expect(suggestMapping([header])).toEqual({ [header]: field });
  });

  it('leaves what it does not recognise, and totals, unmapped', () => {
    expect(suggestMapping(['Booking reference', 'Total attendance', 'Invoice sent'])).toEqual({
      'Booking reference': null,
      'Total attendance': null,
      'Invoice sent': null,
    });
  });

  it('never maps two headers to one field', () => {
    const mapping = suggestMapping(['Visit date', 'Date', 'Pupils', 'No. of pupils', 'Notes']);
    expect(mapping).toEqual({
      'Visit date': 'date',
      Date: null,
      Pupils: 'pupils',
      'No. of pupils': null,
      Notes: 'notes',
    });
    const fields = Object.values(
      suggestMapping([...FIXTURE_HEADERS, ...FIXTURE_HEADERS.map((h) => `${h} (copy)`)]),
    ).filter((field) => field !== null);
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('prefers an exact header to one that only contains a keyword', () => {
    expect(suggestMapping(['Date booked', 'Date'])).toEqual({
      'Date booked': null,
      Date: 'date',
    });
  });

  it('applies a remembered mapping first, ignoring case and punctuation, then suggests the rest', () => {
    const saved = savedColumnMappingSchema.parse({
      version: 1,
      columns: { 'When?': 'date', Strand: 'programme', Date: null, What: 'sessionType' },
    });
    expect(suggestMapping(['when', 'STRAND', 'Date', 'what', 'No. pupils'], saved)).toEqual({
      when: 'date',
      STRAND: 'programme',
      Date: null,
      what: 'sessionType',
      'No. pupils': 'pupils',
    });
  });
});

describe('normaliseHeader', () => {
  it('drops case, punctuation and a leading "No." or "Number of"', () => {
    expect(normaliseHeader('No. pupils')).toBe('pupils');
    expect(normaliseHeader('Number of adults')).toBe('adults');
    expect(normaliseHeader('First visit?')).toBe('first visit');
    expect(normaliseHeader('School / group')).toBe('school group');
    expect(normaliseHeader('Notes')).toBe('notes');
    expect(normaliseHeader('No.')).toBe('no');
  });
});

describe('checkMapping', () => {
  it('accepts the fixture mapping', () => {
    expect(checkMapping(suggestMapping(FIXTURE_HEADERS))).toEqual([]);
  });

  it('names each required field with no column and each field chosen twice', () => {
    expect(REQUIRED_IMPORT_FIELDS).toEqual(['date', 'programme', 'sessionType']);
    expect(checkMapping({ Date: 'date', 'Visit date': 'date', Notes: 'notes' })).toEqual([
      { field: 'date', message: 'Date is chosen for 2 columns (Date, Visit date): choose one' },
      { field: 'programme', message: 'Choose the column that holds Programme' },
      { field: 'sessionType', message: 'Choose the column that holds Session type' },
    ]);
  });
});

describe('savedColumnMappingSchema', () => {
  it('round-trips a mapping', () => {
    const mapping = suggestMapping(FIXTURE_HEADERS);
    expect(savedColumnMappingSchema.parse(toSavedMapping(mapping))).toEqual({
      version: 1,
      columns: mapping,
    });
  });

  it('refuses a field chosen for two columns, unknown fields and other versions', () => {
    const twice = savedColumnMappingSchema.safeParse({
      version: 1,
      columns: { Date: 'date', When: 'date' },
    });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]?.message).toBe('Date is already chosen for Date');
    expect(
      savedColumnMappingSchema.safeParse({ version: 1, columns: { Date: 'birthday' } }).success,
    ).toBe(false);
    expect(savedColumnMappingSchema.safeParse({ version: 2, columns: {} }).success).toBe(false);
  });
});
