import { describe, expect, it } from 'vitest';
import {
  applyDefaults,
  attendanceRowFrom,
  attendanceTotalsOf,
  checkSession,
  emptyAttendanceRow,
  emptySessionValues,
  errorsByField,
  fieldKeyFor,
  sessionValuesFrom,
  splitAgeOrStage,
  type SessionFormValues,
} from './form';

const PROGRAMME = '11111111-1111-4111-8111-111111111111';
const SITE = '22222222-2222-4222-8222-222222222222';
const SCHOOL = '33333333-3333-4333-8333-333333333333';

function row(audienceType: string, ageOrStage: string, count: string, estimate = false) {
  return { ...emptyAttendanceRow(), audienceType, ageOrStage, count, estimate };
}

function workshop(overrides: Partial<SessionFormValues> = {}): SessionFormValues {
  return {
    ...emptySessionValues('2026-11-24', PROGRAMME),
    format: 'SCHOOL_WORKSHOP',
    deliveryMode: 'ONSITE',
    siteId: SITE,
    partnerIds: [SCHOOL],
    attendance: [row('PUPIL', 'KS:KS2', '28'), row('TEACHER', '', '3')],
    ...overrides,
  };
}

describe('the attendance grid total', () => {
  it('adds the counts typed so far, ignoring blanks and text that is not a count', () => {
    expect(
      attendanceTotalsOf([row('PUPIL', '', '28'), row('TEACHER', '', ''), row('ADULT', '', 'x')]),
    ).toEqual({ total: 28, hasEstimates: false });
    expect(attendanceTotalsOf([row('PUPIL', '', '1,200'), row('TEACHER', '', '3')])).toEqual({
      total: 1203,
      hasEstimates: false,
    });
  });

  it('says when an estimate is in it, but not for an estimate of nobody', () => {
    expect(
      attendanceTotalsOf([row('PARENT_CARER', '', '40', true), row('TEACHER', '', '3')]),
    ).toEqual({ total: 43, hasEstimates: true });
    expect(attendanceTotalsOf([row('PARENT_CARER', '', '0', true)]).hasEstimates).toBe(false);
  });
});

describe('defaults', () => {
  const defaults = {
    format: 'SCHOOL_WORKSHOP',
    deliveryMode: 'ONSITE',
    siteId: SITE,
    startTime: '10:00',
    durationMinutes: 90,
    partnerIds: [SCHOOL],
    facilitators: [{ type: 'STAFF', name: 'Sam Lee', user: { id: 'user-sam' } }],
    attendance: [
      { audienceType: 'PUPIL', keyStage: 'KS2', ageBand: null, count: 0, countKind: 'HEADCOUNT' },
      { audienceType: 'TEACHER', keyStage: null, ageBand: null, count: 0, countKind: 'HEADCOUNT' },
    ],
  };

  it('fill every defaulted field of a new session', () => {
    const values = applyDefaults(emptySessionValues('2026-11-24', PROGRAMME), defaults);
    expect(values).toMatchObject({
      programmeId: PROGRAMME,
      date: '2026-11-24',
      format: 'SCHOOL_WORKSHOP',
      deliveryMode: 'ONSITE',
      siteId: SITE,
      startTime: '10:00',
      durationMinutes: '90',
      partnerIds: [SCHOOL],
      facilitators: [{ type: 'STAFF', name: 'Sam Lee', userId: 'user-sam' }],
    });
    expect(
      values.attendance.map(({ audienceType, ageOrStage, count }) => ({
        audienceType,
        ageOrStage,
        count,
      })),
    ).toEqual([
      { audienceType: 'PUPIL', ageOrStage: 'KS:KS2', count: '0' },
      { audienceType: 'TEACHER', ageOrStage: '', count: '0' },
    ]);
  });

  it('leave alone what the person has already changed', () => {
    const typed = { ...emptySessionValues('2026-11-20', PROGRAMME), format: 'TOUR', siteId: '' };
    const values = applyDefaults(typed, defaults, new Set(['format']));
    expect(values.format).toBe('TOUR');
    expect(values.siteId).toBe(SITE);
    expect(values.date).toBe('2026-11-20');
  });

  it('read the site and partners from objects as well as ids', () => {
    const values = applyDefaults(emptySessionValues('2026-11-24', PROGRAMME), {
      site: { id: SITE },
      partners: [{ id: SCHOOL }],
      startTime: '09:30:00',
    });
    expect(values).toMatchObject({ siteId: SITE, partnerIds: [SCHOOL], startTime: '09:30' });
  });
});

describe('checkSession', () => {
  it('turns a delivered school workshop into the API input, leaving out rows at 0', () => {
    const checked = checkSession(
      workshop({
        attendance: [
          row('PUPIL', 'KS:KS2', '28'),
          row('TEACHER', '', '0'),
          row('TEACHER', '', '3', true),
        ],
      }),
    );
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value).toMatchObject({
      programmeId: PROGRAMME,
      date: '2026-11-24',
      format: 'SCHOOL_WORKSHOP',
      deliveryMode: 'ONSITE',
      status: 'DELIVERED',
      siteId: SITE,
      partnerIds: [SCHOOL],
      startTime: null,
      durationMinutes: null,
      attendance: [
        {
          audienceType: 'PUPIL',
          keyStage: 'KS2',
          ageBand: null,
          count: 28,
          countKind: 'HEADCOUNT',
        },
        { audienceType: 'TEACHER', keyStage: null, ageBand: null, count: 3, countKind: 'ESTIMATE' },
      ],
    });
    // The API's errors for cell 1 belong to grid row 2.
    expect(checked.attendanceRows).toEqual([0, 2]);
  });

  it('puts the schema’s messages on the fields, and the grid’s on the right row', () => {
    const checked = checkSession(
      workshop({
        programmeId: '',
        format: '',
        attendance: [row('PUPIL', 'KS:KS2', '28'), row('TEACHER', '', 'lots'), row('', '', '2')],
      }),
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toMatchObject({
      programmeId: 'Choose the programme',
      format: 'Choose a format',
      'attendance.1.count': 'Enter a whole number, such as 28',
      'attendance.2.audienceType': 'Choose who came',
    });
  });

  it('checks the rules across fields once each field is valid', () => {
    const checked = checkSession(workshop({ siteId: '' }));
    expect(!checked.ok && checked.errors).toEqual({ siteId: 'An onsite session needs a site' });
  });

  it('says which row a repeated cell repeats', () => {
    const checked = checkSession(
      workshop({
        attendance: [
          row('PUPIL', 'KS:KS2', '28'),
          row('TEACHER', '', '0'),
          row('PUPIL', 'KS:KS2', '2'),
        ],
      }),
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors['attendance.2']).toMatch(/^Repeats row 1/);
  });

  it('sends no attendance for a planned session', () => {
    const checked = checkSession(workshop({ status: 'PLANNED' }));
    expect(checked.ok && checked.value.attendance).toEqual([]);
  });
});

describe('the API’s field errors', () => {
  it('land on the grid row each sent cell came from', () => {
    expect(fieldKeyFor('input.attendance.1.count', [0, 2])).toBe('attendance.2.count');
    expect(fieldKeyFor('input.attendance.0.keyStage', [0, 2])).toBe('attendance.0.ageOrStage');
    expect(fieldKeyFor('input.attendance.1.countKind', [0, 2])).toBe('attendance.2.estimate');
    expect(fieldKeyFor('input.attendance.1', [0, 2])).toBe('attendance.2');
    expect(fieldKeyFor('input.attendance.1.deprivationDecile', [0, 2])).toBe('attendance.2');
    expect(fieldKeyFor('input.attendance')).toBe('attendance');
  });

  it('put a problem with one chosen item on its list, and keep other paths as they are', () => {
    expect(
      errorsByField({
        'input.partnerIds.2': 'is not an id',
        'input.date': 'A delivered session cannot be in the future',
        'input.facilitators.0.name': 'Enter the facilitator',
      }),
    ).toEqual({
      partnerIds: 'is not an id',
      date: 'A delivered session cannot be in the future',
      'facilitators.0.name': 'Enter the facilitator',
    });
  });
});

describe('editing a saved session', () => {
  it('fills the form from it, keeping what the grid does not edit', () => {
    const values = sessionValuesFrom({
      programme: { id: PROGRAMME },
      title: null,
      date: '2026-11-03',
      status: 'DELIVERED',
      format: 'SCHOOL_WORKSHOP',
      deliveryMode: 'OUTREACH',
      site: null,
      startTime: '10:00',
      durationMinutes: 60,
      outreachPostcode: 'ZZ1 1AA',
      partners: [{ id: SCHOOL }],
      facilitators: [],
      coDesigned: true,
      participationDepth: 'INVOLVED',
      frameworkElements: [{ id: 'element-1' }],
      attendance: [
        {
          audienceType: 'PUPIL',
          ageBand: 'AGE_5_10',
          keyStage: null,
          count: 25,
          countKind: 'ESTIMATE',
          firstTime: true,
          deprivationDecile: 2,
          deprivationIndex: 'IMD2025',
        },
      ],
    });
    expect(values).toMatchObject({
      deliveryMode: 'OUTREACH',
      siteId: '',
      outreachPostcode: 'ZZ1 1AA',
      coDesigned: true,
      participationDepth: 'INVOLVED',
      frameworkElementIds: ['element-1'],
      attendance: [
        {
          audienceType: 'PUPIL',
          ageOrStage: 'AGE:AGE_5_10',
          count: '25',
          estimate: true,
          firstTime: true,
          deprivationDecile: 2,
          deprivationIndex: 'IMD2025',
        },
      ],
    });
  });

  it('reads the age or key stage choice back', () => {
    expect(splitAgeOrStage('KS:KS2')).toEqual({ ageBand: null, keyStage: 'KS2' });
    expect(splitAgeOrStage('AGE:AGE_75_PLUS')).toEqual({ ageBand: 'AGE_75_PLUS', keyStage: null });
    expect(splitAgeOrStage('KS:nonsense')).toEqual({ ageBand: null, keyStage: null });
    expect(attendanceRowFrom({ audienceType: 'TEACHER', count: 3 }).ageOrStage).toBe('');
  });
});
