import { describe, expect, it } from 'vitest';
import { type ColumnMapping, suggestMapping } from './columns';
import {
  audienceForColumn,
  createFileFingerprinter,
  fingerprintsForFile,
  isBlankOrTotalRow,
  type NormalisedActivityRow,
  normaliseRow,
  rowFingerprint,
} from './rows';

const HEADERS = [
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
const mapping: ColumnMapping = suggestMapping(HEADERS);

/** A row as a reader hands it over: every header present, cells as text. */
function raw(cells: string[]): Record<string, string> {
  return Object.fromEntries(HEADERS.map((header, index) => [header, cells[index] ?? '']));
}

function okRow(cells: string[], rowNumber = 2): NormalisedActivityRow {
  const result = normaliseRow(raw(cells), mapping, rowNumber);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.row;
}

// Rows of shared/fixtures/activity-log-2024-25.csv.
const SCHOOL_WORKSHOP = [
  '2/4/24',
  'Schools - KS2 Romans',
  'Workshop (onsite)',
  'Main museum',
  "St Aidan's CE Primary",
  '100001',
  'ZZ1 1AA',
  'KS2',
  '29',
  '7',
  '',
  'no',
  'Fire alarm - finished 10 mins early',
];
const FAMILY_DROP_IN = [
  '23/05/2024',
  'Family Saturdays',
  'Family drop-in',
  'Main museum',
  '',
  '',
  '',
  '',
  '',
  '12',
  'c. 40',
  'yes',
  'Great session, teacher asked to rebook',
];

describe('normaliseRow', () => {
  it('turns a school workshop row into a session with pupils and teachers', () => {
    expect(okRow(SCHOOL_WORKSHOP)).toEqual({
      rowNumber: 2,
      date: '2024-04-02',
      startTime: null,
      durationMinutes: null,
      status: 'DELIVERED',
      programme: 'Schools - KS2 Romans',
      programmeKey: 'schools - ks2 romans',
      sessionType: 'Workshop (onsite)',
      format: 'SCHOOL_WORKSHOP',
      deliveryMode: 'ONSITE',
      venue: 'Main museum',
      venueKey: 'main museum',
      partner: {
        name: "St Aidan's CE Primary",
        key: "st aidan's ce primary",
        type: 'SCHOOL',
        urn: '100001',
        postcode: 'ZZ1 1AA',
      },
      postcode: 'ZZ1 1AA',
      keyStage: 'KS2',
      firstVisit: false,
      notes: 'Fire alarm - finished 10 mins early',
      attendance: [
        {
          column: 'pupils',
          audienceType: 'PUPIL',
          keyStage: 'KS2',
          count: 29,
          kind: 'HEADCOUNT',
          firstTime: false,
        },
        {
          column: 'adults',
          audienceType: 'TEACHER',
          keyStage: null,
          count: 7,
          kind: 'HEADCOUNT',
          firstTime: false,
        },
      ],
    });
  });

  it('keeps an estimate as an estimate and counts family adults as parents and carers', () => {
    const row = okRow(FAMILY_DROP_IN);
    expect(row.format).toBe('FAMILY_DROP_IN');
    expect(row.partner).toBeNull();
    expect(row.attendance).toEqual([
      {
        column: 'adults',
        audienceType: 'PARENT_CARER',
        keyStage: null,
        count: 12,
        kind: 'HEADCOUNT',
        firstTime: true,
      },
      {
        column: 'otherParticipants',
        audienceType: 'COMMUNITY_MEMBER',
        keyStage: null,
        count: 40,
        kind: 'ESTIMATE',
        firstTime: true,
      },
    ]);
  });

  it.each([
    ['Teacher CPD', '14', '', [['adults', 'TEACHER', 14]]],
    ['Youth panel', '', '6', [['otherParticipants', 'YOUNG_PERSON', 6]]],
    ['Reminiscence session', '', '15', [['otherParticipants', 'PERSON_LIVING_WITH_DEMENTIA', 15]]],
    [
      'Reminiscence session',
      '4',
      '15',
      [
        ['adults', 'CARER', 4],
        ['otherParticipants', 'PERSON_LIVING_WITH_DEMENTIA', 15],
      ],
    ],
    ['Consultation', '', '16', [['otherParticipants', 'COMMUNITY_MEMBER', 16]]],
    ['Talk', '30', '', [['adults', 'COMMUNITY_MEMBER', 30]]],
  ])('counts the people at a %s by its format', (sessionType, adults, others, expected) => {
    const cells = [...FAMILY_DROP_IN];
    cells[2] = sessionType;
    cells[9] = adults;
    cells[10] = others;
    const row = okRow(cells);
    expect(row.attendance.map((cell) => [cell.column, cell.audienceType, cell.count])).toEqual(
      expected,
    );
  });

  it('reads the fixture spellings of venue, key stage and postcode', () => {
    const row = okRow([
      '07/04/2024',
      'Schools - KS1 Toys Past & Present',
      'Loan box',
      'Outreach',
      'Hillcrest Academy',
      '100002',
      'zz23ad',
      'Yr 1',
      '24',
      '4',
      '',
      '',
      'Used handling objects 1987.45.2, 1990.12.7',
    ]);
    expect(row).toMatchObject({
      format: 'LOAN_BOX',
      deliveryMode: 'OUTREACH',
      keyStage: 'KS1',
      postcode: 'ZZ2 3AD',
      firstVisit: null,
    });
    expect(row.attendance.every((cell) => cell.firstTime === null)).toBe(true);
  });

  it('collects every problem in a row, naming the column and the text found', () => {
    const result = normaliseRow(
      raw([
        '31/02/2025',
        '',
        'Workshop',
        'Main museum',
        'Hillcrest Academy',
        '12345',
        'NOT A POSTCODE',
        'KS7',
        '-5',
        'twelve',
        '12.5',
        'maybe',
        '',
      ]),
      mapping,
      9,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          row: 9,
          column: 'Date',
          field: 'date',
          value: '31/02/2025',
          message: '31/02/2025 is not a real date: February 2025 has 28 days',
        },
        {
          row: 9,
          column: 'Programme',
          field: 'programme',
          value: '',
          message: 'Programme is required',
        },
        {
          row: 9,
          column: 'URN',
          field: 'partnerUrn',
          value: '12345',
          message: '12345 is not a school URN: a URN has six digits, such as 100001',
        },
        {
          row: 9,
          column: 'Postcode',
          field: 'postcode',
          value: 'NOT A POSTCODE',
          message: 'NOT A POSTCODE is not a UK postcode',
        },
        {
          row: 9,
          column: 'Key Stage',
          field: 'keyStage',
          value: 'KS7',
          message:
            'KS7 is not a key stage: use EYFS, KS1 to KS5, Post-19, or a school year such as Year 4',
        },
        {
          row: 9,
          column: 'No. pupils',
          field: 'pupils',
          value: '-5',
          message: '-5 is negative: counts start at 0',
        },
        {
          row: 9,
          column: 'No. adults',
          field: 'adults',
          value: 'twelve',
          message: 'twelve is not a number',
        },
        {
          row: 9,
          column: 'Other participants',
          field: 'otherParticipants',
          value: '12.5',
          message: '12.5 is not a whole number: count people, not parts',
        },
        {
          row: 9,
          column: 'First visit?',
          field: 'firstVisit',
          value: 'maybe',
          message:
            'maybe is not yes or no: use yes, y, true, 1, ✓ or x for yes; no, n, false or 0 for no; or leave it blank',
        },
      ],
    });
  });

  it('requires a date, a programme and a session type', () => {
    const result = normaliseRow(raw(['', '  ', '', 'Main museum']), mapping, 5);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.column, error.message])).toEqual([
      ['Date', 'Date is required'],
      ['Programme', 'Programme is required'],
      ['Session type', 'Session type is required'],
    ]);
  });

  it('says which required field has no column at all', () => {
    const result = normaliseRow(
      { Date: '07/04/2024', Type: 'Talk' },
      { Date: 'date', Type: 'sessionType' },
      2,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          row: 2,
          column: '',
          field: 'programme',
          value: '',
          message: 'No column is chosen for Programme',
        },
      ],
    });
  });

  it('reads the optional start time, duration and status columns', () => {
    const optional: ColumnMapping = {
      ...mapping,
      Start: 'startTime',
      Length: 'durationMinutes',
      Status: 'status',
    };
    const cells = { ...raw(FAMILY_DROP_IN), Start: '2pm', Length: '1h 30m', Status: 'Cancelled' };
    const result = normaliseRow(cells, optional, 3);
    expect(result.ok && result.row).toMatchObject({
      startTime: '14:00',
      durationMinutes: 90,
      status: 'CANCELLED',
    });
  });

  it('refuses names too long to store', () => {
    const cells = [...FAMILY_DROP_IN];
    cells[1] = 'x'.repeat(201);
    const result = normaliseRow(raw(cells), mapping, 4);
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual([
      'Programme is longer than 200 characters',
    ]);
  });
});

describe('audienceForColumn', () => {
  it('counts adults with a school group as teachers whatever the format', () => {
    expect(audienceForColumn('adults', { format: 'OTHER', isSchoolGroup: true })).toBe('TEACHER');
    expect(audienceForColumn('adults', { format: 'FAMILY_DROP_IN', isSchoolGroup: false })).toBe(
      'PARENT_CARER',
    );
    expect(
      audienceForColumn('otherParticipants', { format: 'EARLY_YEARS', isSchoolGroup: false }),
    ).toBe('EARLY_YEARS_CHILD');
    expect(audienceForColumn('pupils', { format: 'OTHER', isSchoolGroup: false })).toBe('PUPIL');
  });
});

describe('isBlankOrTotalRow', () => {
  it('skips blank rows and a TOTAL row', () => {
    expect(isBlankOrTotalRow(raw([]))).toBe(true);
    expect(isBlankOrTotalRow(raw(['  ', '', ' ']))).toBe(true);
    expect(isBlankOrTotalRow(raw(['', 'TOTAL']))).toBe(true);
    expect(isBlankOrTotalRow(raw(['Totals:', '', '', '', '', '', '', '', '1200', '80']))).toBe(
      true,
    );
    expect(isBlankOrTotalRow(raw(['', 'Grand total']))).toBe(true);
  });

  it('keeps a session, even one whose notes mention a total', () => {
    expect(isBlankOrTotalRow(raw(SCHOOL_WORKSHOP))).toBe(false);
    expect(isBlankOrTotalRow(raw(['07/04/2024', 'Total', 'Talk']))).toBe(false);
    expect(isBlankOrTotalRow(raw(['', 'Family Saturdays']))).toBe(false);
  });
});

describe('fingerprints', () => {
  it('depend on the session, not on counts, notes or spelling of names', () => {
    const a = okRow(SCHOOL_WORKSHOP);
    const respelt = [...SCHOOL_WORKSHOP];
    respelt[0] = '02/04/2024';
    respelt[3] = 'MAIN  MUSEUM';
    respelt[8] = '30';
    respelt[12] = 'Different notes';
    expect(rowFingerprint(okRow(respelt, 40))).toBe(rowFingerprint(a));
    expect(rowFingerprint(a)).toBe(
      "v1|2024-04-02|schools - ks2 romans|workshop (onsite)|main museum|st aidan's ce primary|KS2",
    );
  });

  it('differ when the date, programme, type, venue, partner or key stage differ', () => {
    const base = okRow(SCHOOL_WORKSHOP);
    const variants = [0, 1, 2, 3, 4, 7].map((index) => {
      const cells = [...SCHOOL_WORKSHOP];
      cells[index] = index === 0 ? '03/04/2024' : index === 7 ? 'KS1' : `${cells[index]} 2`;
      return rowFingerprint(okRow(cells));
    });
    expect(new Set([rowFingerprint(base), ...variants]).size).toBe(7);
  });

  it('cannot be confused by a pipe inside a name', () => {
    const a = [...FAMILY_DROP_IN];
    a[1] = 'Family|Saturdays';
    a[2] = 'drop-in';
    const b = [...FAMILY_DROP_IN];
    b[1] = 'Family';
    b[2] = 'Saturdays|drop-in';
    expect(rowFingerprint(okRow(a))).not.toBe(rowFingerprint(okRow(b)));
  });

  it('number repeats within one file, so identical sessions both import once', () => {
    const rows = [
      okRow(SCHOOL_WORKSHOP, 2),
      okRow(FAMILY_DROP_IN, 3),
      okRow(SCHOOL_WORKSHOP, 4),
      okRow(SCHOOL_WORKSHOP, 5),
    ];
    const prints = fingerprintsForFile(rows);
    const plain = rowFingerprint(rows[0] as NormalisedActivityRow);
    expect(prints).toEqual([
      plain,
      rowFingerprint(rows[1] as NormalisedActivityRow),
      `${plain}#2`,
      `${plain}#3`,
    ]);
    expect(new Set(prints).size).toBe(4);
    // The same file again gives the same fingerprints.
    expect(fingerprintsForFile(rows)).toEqual(prints);
    const streaming = createFileFingerprinter();
    expect(rows.map((row) => streaming(row))).toEqual(prints);
  });
});
