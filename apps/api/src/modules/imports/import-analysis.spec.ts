import { normaliseRow, suggestMapping } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import {
  countNewPartners,
  guessSiteType,
  guessStrand,
  ImportAnalysis,
  isSiteVenue,
  MAX_KEPT_ERRORS,
  PREVIEW_ROWS,
  timeOrderedUuid,
} from './import-analysis';

const HEADERS = [
  'Date',
  'Programme',
  'Session type',
  'Venue',
  'School / group',
  'URN',
  'No. pupils',
  'No. adults',
];
const mapping = suggestMapping(HEADERS);
const raw = (cells: string[]) => Object.fromEntries(HEADERS.map((h, i) => [h, cells[i] ?? '']));

describe('guessStrand', () => {
  it('follows most of the sessions, and falls back to community partnerships', () => {
    expect(
      guessStrand(
        new Map([
          ['SCHOOL_WORKSHOP', 3],
          ['TALK', 1],
        ]),
      ),
    ).toBe('SCHOOLS');
    expect(
      guessStrand(
        new Map([
          ['LOAN_BOX', 1],
          ['REMINISCENCE', 2],
        ]),
      ),
    ).toBe('HEALTH_AND_WELLBEING');
    expect(guessStrand(new Map([['TEACHER_CPD', 1]]))).toBe('TEACHER_CPD');
    expect(guessStrand(new Map([['OTHER', 5]]))).toBe('COMMUNITY_PARTNERSHIPS');
  });
});

describe('venues and sites', () => {
  it('treats outreach, online and blank as no site', () => {
    expect(isSiteVenue('outreach')).toBe(false);
    expect(isSiteVenue('online')).toBe(false);
    expect(isSiteVenue(null)).toBe(false);
    expect(isSiteVenue('main museum')).toBe(true);
  });

  it('guesses the kind of a new site from its name', () => {
    expect(guessSiteType('Riverside Gallery')).toBe('GALLERY');
    expect(guessSiteType('Castle Hall')).toBe('HERITAGE_SITE');
    expect(guessSiteType('Main Museum')).toBe('MUSEUM');
    expect(guessSiteType('Town Archives')).toBe('LIBRARY_OR_ARCHIVE');
  });
});

describe('countNewPartners', () => {
  it('matches by URN first, then by name, as the commit does', () => {
    const refs = [
      { urn: '100001', key: 'st aidans' }, // known by URN
      { urn: null, key: 'hillcrest' }, // known by name
      { urn: '100003', key: 'hillcrest' }, // new URN, but the name is known
      { urn: '100004', key: 'oakfield' }, // new
      { urn: '100004', key: 'oakfield junior' }, // same URN as the new one
      { urn: null, key: 'brownies' }, // new
    ];
    expect(countNewPartners(refs, new Set(['100001']), new Set(['hillcrest']))).toBe(2);
  });
});

describe('ImportAnalysis', () => {
  it('tallies sessions, attendances, estimates, dates, programmes, venues and partners', () => {
    const analysis = new ImportAnalysis();
    const rows = [
      ['2/4/24', 'Romans', 'Workshop', 'Main museum', "St Aidan's", '100001', '29', '7'],
      ['07/04/2024', 'romans', 'Workshop', 'Main Museum', "St Aidan's", '100001', 'c. 30', ''],
      ['01/03/2024', 'Family Saturdays', 'Family drop-in', 'Outreach', '', '', '', '25'],
    ];
    rows.forEach((cells, index) => {
      const result = normaliseRow(raw(cells), mapping, index + 2);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      analysis.addRow(result.row, `hash-${index}`);
    });
    analysis.skip();
    const summary = analysis.summary({ newProgrammes: 2, newPartners: 1, newSites: 1 });
    expect(summary).toMatchObject({
      rows: 3,
      sessions: 3,
      attendanceCells: 4,
      attendances: 91,
      estimatedCounts: 1,
      dateFrom: '2024-03-01',
      dateTo: '2024-04-07',
      skippedRows: 1,
      sessionsCreated: null,
    });
    expect([...analysis.programmes.keys()]).toEqual(['romans', 'family saturdays']);
    expect(analysis.programmes.get('romans')?.earliest).toBe('2024-04-02');
    expect([...analysis.venues.values()]).toEqual(['Main museum']);
    expect([...analysis.partners.values()]).toEqual([{ urn: '100001', key: "st aidan's" }]);
    const preview = analysis.previewRows(new Set(['hash-1']));
    expect(preview.map((row) => [row.row, row.duplicate, row.estimated])).toEqual([
      [2, false, false],
      [3, true, true],
      [4, false, false],
    ]);
    expect(preview[0]).toMatchObject({
      pupils: 29,
      adults: 7,
      otherParticipants: null,
      attendances: 36,
    });
  });

  it('counts every error but keeps the first thousand, and previews twenty rows', () => {
    const analysis = new ImportAnalysis();
    for (let row = 2; row < 2 + MAX_KEPT_ERRORS + 10; row += 1) {
      analysis.addErrors([
        { row, column: 'Date', field: 'date', value: 'x'.repeat(600), message: 'not a date' },
        { row, column: 'No. pupils', field: 'pupils', value: '-1', message: 'negative' },
      ]);
    }
    expect(analysis.errorCount).toBe(2 * (MAX_KEPT_ERRORS + 10));
    expect(analysis.errors).toHaveLength(MAX_KEPT_ERRORS);
    expect(analysis.errors[0]?.value).toHaveLength(501);
    const result = normaliseRow(raw(['2/4/24', 'Romans', 'Workshop']), mapping, 2);
    if (!result.ok) throw new Error('row should be valid');
    for (let i = 0; i < 30; i += 1) analysis.addRow(result.row, `h${i}`);
    expect(analysis.previewRows(new Set())).toHaveLength(PREVIEW_ROWS);
  });
});

describe('timeOrderedUuid', () => {
  it('is a version-7 layout UUID that sorts by time', () => {
    const early = timeOrderedUuid(1_700_000_000_000);
    const late = timeOrderedUuid(1_700_000_000_001);
    expect(early).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(early < late).toBe(true);
  });
});
