import { describe, expect, it } from 'vitest';
import { sessionCursor, sessionPosition } from './session-cursor';
import type { SessionAttendanceEntity, SessionEntity } from './session.entity';
import {
  csvSafeText,
  filterFromQuery,
  SESSION_EXPORT_COLUMNS,
  sessionExportRows,
} from './sessions-export';

const ID = '5f0c2b8e-1d2a-4c3b-9e8f-7a6b5c4d3e2f';

const session = {
  id: ID,
  programmeId: '11111111-1111-4111-8111-111111111111',
  title: null,
  date: '2026-05-14',
  startTime: '10:00:00',
  durationMinutes: 90,
  format: 'SCHOOL_WORKSHOP',
  deliveryMode: 'ONSITE',
  status: 'DELIVERED',
  siteId: '22222222-2222-4222-8222-222222222222',
  outreachPostcode: null,
  onlinePlatform: null,
  coDesigned: true,
  participationDepth: 'INVOLVED',
  objectsUsed: null,
  notes: null,
  deprivationDecile: 2,
  deprivationIndex: 'IMD2025',
  attendanceTotal: 31,
} as SessionEntity;

const cell = (over: Partial<SessionAttendanceEntity>) =>
  ({
    id: '33333333-3333-4333-8333-333333333333',
    audienceType: 'PUPIL',
    ageBand: null,
    keyStage: 'KS2',
    count: 28,
    countKind: 'HEADCOUNT',
    firstTime: null,
    send: true,
    deprivationDecile: null,
    deprivationIndex: null,
    ...over,
  }) as SessionAttendanceEntity;

describe('session export rows', () => {
  const item = {
    session,
    programmeName: 'Schools',
    programmeStrand: 'SCHOOLS' as const,
    siteName: 'Main museum',
    partners: [
      { id: 'a', name: 'Alpha' },
      { id: 'b', name: 'Beta' },
    ],
    cells: [
      cell({}),
      cell({
        id: 'c2',
        audienceType: 'TEACHER',
        keyStage: null,
        ageBand: 'UNKNOWN',
        count: 3,
        countKind: 'ESTIMATE',
      }),
    ],
  };

  it('gives one row per cell, each with every column, codes beside labels', () => {
    const rows = sessionExportRows(item);
    expect(rows).toHaveLength(2);
    for (const row of rows)
      expect(Object.keys(row).sort()).toEqual([...SESSION_EXPORT_COLUMNS].sort());
    expect(rows[0]).toMatchObject({
      session_id: ID,
      start_time: '10:00',
      format: 'SCHOOL_WORKSHOP',
      format_label: 'School workshop',
      partner_ids: 'a; b',
      partner_names: 'Alpha; Beta',
      participation_depth_label: 'Involved',
      key_stage: 'KS2',
      key_stage_label: 'KS2',
      count: 28,
      send: true,
      first_time: null,
    });
    expect(rows[1]).toMatchObject({ age_band_label: 'Unknown', count: 3, count_kind: 'ESTIMATE' });
  });

  it('still gives a session without cells one row, with the cell columns empty', () => {
    const rows = sessionExportRows({ ...item, cells: [], partners: [] });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      session_id: ID,
      partner_ids: null,
      attendance_cell_id: null,
      count: null,
      count_kind: null,
    });
  });

  it('reads the filter from query parameters, leaving out empty ones', () => {
    expect(filterFromQuery({ from: '2026-01-01', format: '', other: 'x' })).toEqual({
      from: '2026-01-01',
      to: undefined,
      programmeId: undefined,
      siteId: undefined,
      partnerId: undefined,
      format: undefined,
      deliveryMode: undefined,
      status: undefined,
    });
  });
});

describe('CSV text', () => {
  it('keeps text that a spreadsheet would run as a formula as text', () => {
    expect(csvSafeText('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(csvSafeText('+44 20')).toBe(`'+44 20`);
    expect(csvSafeText('@risk')).toBe(`'@risk`);
    expect(csvSafeText('- a list')).toBe(`'- a list`);
    expect(csvSafeText('Romans in Britain')).toBe('Romans in Britain');
    expect(csvSafeText('2026-05-14')).toBe('2026-05-14');
  });
});

describe('session list cursor', () => {
  it('round-trips a position, with or without a start time', () => {
    for (const position of [
      { date: '2026-05-14', startTime: '10:00:00', id: ID },
      { date: '2026-05-14', startTime: null, id: ID },
      { date: '2026-12-31', startTime: '23:59:00', id: ID },
    ]) {
      expect(sessionPosition(sessionCursor(position))).toEqual(position);
    }
  });

  it('refuses anything that is not one of its cursors', () => {
    expect(sessionPosition('nonsense')).toBeNull();
    expect(sessionPosition(Buffer.from('["x","y"]').toString('base64url'))).toBeNull();
  });
});
