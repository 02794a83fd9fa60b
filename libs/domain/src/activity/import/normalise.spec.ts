import { describe, expect, it } from 'vitest';
import {
  guessDeliveryMode,
  guessFormat,
  guessPartnerType,
  normaliseName,
  parseCount,
  parseDurationMinutes,
  parseKeyStage,
  parsePostcode,
  parseSessionStatus,
  parseTime,
  parseUkDate,
  parseUrn,
  parseYesNo,
} from './normalise';

function messageOf(result: { ok: true } | { ok: false; message: string }): string {
  if (result.ok) throw new Error('expected a failure');
  return result.message;
}

describe('parseUkDate', () => {
  it.each([
    ['07/04/2024', '2024-04-07'],
    ['7/4/2024', '2024-04-07'],
    ['2/4/24', '2024-04-02'],
    ['12/6/24', '2024-06-12'],
    ['2024-04-07', '2024-04-07'],
    ['2024/4/7', '2024-04-07'],
    ['7 April 2024', '2024-04-07'],
    ['7 Apr 24', '2024-04-07'],
    ['7 apr. 2024', '2024-04-07'],
    ['07-Apr-2024', '2024-04-07'],
    ['7th April 2024', '2024-04-07'],
    ['Sunday 7 April, 2024', '2024-04-07'],
    ['1 Sept 2024', '2024-09-01'],
    ['07.04.2024', '2024-04-07'],
    ['7-4-2024', '2024-04-07'],
    ['  07/04/2024  ', '2024-04-07'],
    ['07/04/2024 00:00', '2024-04-07'],
    ['2024-04-07T00:00:00', '2024-04-07'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['31/12/2099', '2099-12-31'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseUkDate(text)).toEqual({ ok: true, value: iso });
  });

  it('reads the day first, always', () => {
    expect(parseUkDate('02/04/2024')).toEqual({ ok: true, value: '2024-04-02' });
    expect(parseUkDate('04/02/2024')).toEqual({ ok: true, value: '2024-02-04' });
  });

  it.each([
    ['31/02/2025', '31/02/2025 is not a real date: February 2025 has 28 days'],
    ['29/02/2025', '29/02/2025 is not a real date: February 2025 has 28 days'],
    ['29/02/1900', '29/02/1900 is not a real date: February 1900 has 28 days'],
    ['31/04/2024', '31/04/2024 is not a real date: April 2024 has 30 days'],
    ['00/04/2024', '00/04/2024 is not a real date: there is no day 0'],
    ['04/13/2024', '04/13/2024 is not a real date: there is no month 13'],
    ['2024-13-01', '2024-13-01 is not a real date: there is no month 13'],
    ['7 Smarch 2024', '7 Smarch 2024 is not a date: Smarch is not a month'],
    ['7/4', '7/4 has no year: write dates like 07/04/2024'],
    ['7 April', '7 April has no year: write dates like 07/04/2024'],
    [
      '45390',
      '45390 looks like a spreadsheet date number: format the column as a date, like 07/04/2024',
    ],
    ['next Tuesday', 'next Tuesday is not a date: write dates like 07/04/2024'],
    ['07/04/202', '07/04/202 is not a date: write dates like 07/04/2024'],
    ['07/04-2024', '07/04-2024 is not a date: write dates like 07/04/2024'],
    [
      '07/04/1824',
      '07/04/1824 is not a date Lantern accepts: the year must be between 1900 and 2100',
    ],
    ['', 'No date given'],
  ])('refuses %j', (text, message) => {
    expect(parseUkDate(text)).toEqual({ ok: false, message });
  });
});

describe('parseCount', () => {
  it.each([
    ['29', { count: 29, kind: 'HEADCOUNT' }],
    ['0', { count: 0, kind: 'HEADCOUNT' }],
    [' 7 ', { count: 7, kind: 'HEADCOUNT' }],
    ['1,200', { count: 1200, kind: 'HEADCOUNT' }],
    ['40.0', { count: 40, kind: 'HEADCOUNT' }],
    ['100000', { count: 100000, kind: 'HEADCOUNT' }],
    ['c. 40', { count: 40, kind: 'ESTIMATE' }],
    ['c40', { count: 40, kind: 'ESTIMATE' }],
    ['C.40', { count: 40, kind: 'ESTIMATE' }],
    ['ca. 40', { count: 40, kind: 'ESTIMATE' }],
    ['circa 40', { count: 40, kind: 'ESTIMATE' }],
    ['approx 60', { count: 60, kind: 'ESTIMATE' }],
    ['approx. 60', { count: 60, kind: 'ESTIMATE' }],
    ['Approximately 60', { count: 60, kind: 'ESTIMATE' }],
    ['~30', { count: 30, kind: 'ESTIMATE' }],
    ['about 25', { count: 25, kind: 'ESTIMATE' }],
    ['around 25', { count: 25, kind: 'ESTIMATE' }],
    ['40?', { count: 40, kind: 'ESTIMATE' }],
    ['40+', { count: 40, kind: 'ESTIMATE' }],
    ['40 (est)', { count: 40, kind: 'ESTIMATE' }],
    ['40 (est.)', { count: 40, kind: 'ESTIMATE' }],
    ['40 est', { count: 40, kind: 'ESTIMATE' }],
    ['c. 1,500', { count: 1500, kind: 'ESTIMATE' }],
  ])('reads %j', (text, value) => {
    expect(parseCount(text)).toEqual({ ok: true, value });
  });

  it('reads a blank cell as no count, not zero', () => {
    expect(parseCount('')).toEqual({ ok: true, value: null });
    expect(parseCount('   ')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['-5', '-5 is negative: counts start at 0'],
    ['c. -5', 'c. -5 is negative: counts start at 0'],
    ['twelve', 'twelve is not a number'],
    ['lots', 'lots is not a number'],
    ['12 pupils', '12 pupils is not a number'],
    ['12.5', '12.5 is not a whole number: count people, not parts'],
    ['30-40', '30-40 is a range: enter one number, such as c. 35 for an estimate'],
    ['100001', '100001 is more than 100,000: check the count'],
    ['1,000,000', '1,000,000 is more than 100,000: check the count'],
    ['c.', 'c. is not a number'],
    ['?', '? is not a number'],
  ])('refuses %j', (text, message) => {
    expect(parseCount(text)).toEqual({ ok: false, message });
  });
});

describe('parseYesNo', () => {
  it.each(['yes', 'YES', 'Yes', 'y', 'Y', 'true', 'TRUE', '1', '✓', '✔', 'x', 'X', 'yes.'])(
    'reads %j as yes',
    (text) => {
      expect(parseYesNo(text)).toEqual({ ok: true, value: true });
    },
  );

  it.each(['no', 'NO', 'No', 'n', 'N', 'false', 'FALSE', '0', '✗'])('reads %j as no', (text) => {
    expect(parseYesNo(text)).toEqual({ ok: true, value: false });
  });

  it.each(['', '  ', 'unknown', 'N/A'])('reads %j as not recorded', (text) => {
    expect(parseYesNo(text)).toEqual({ ok: true, value: null });
  });

  it('lists the accepted spellings when it cannot read a cell', () => {
    expect(parseYesNo('maybe')).toEqual({
      ok: false,
      message:
        'maybe is not yes or no: use yes, y, true, 1, ✓ or x for yes; no, n, false or 0 for no; or leave it blank',
    });
    expect(parseYesNo('yess').ok).toBe(false);
    expect(parseYesNo('2').ok).toBe(false);
  });
});

describe('parseKeyStage', () => {
  it.each([
    ['KS1', 'KS1'],
    ['ks2', 'KS2'],
    ['KS 2', 'KS2'],
    ['KS-3', 'KS3'],
    ['K.S.4', 'KS4'],
    ['Key Stage 2', 'KS2'],
    ['key stage 5', 'KS5'],
    ['KS2/KS2', 'KS2'],
    ['EYFS', 'EYFS'],
    ['Early Years', 'EYFS'],
    ['Reception', 'EYFS'],
    ['Year R', 'EYFS'],
    ['Nursery', 'EYFS'],
    ['Yr 1', 'KS1'],
    ['Year 1', 'KS1'],
    ['Y1', 'KS1'],
    ['Year One', 'KS1'],
    ['Year 2', 'KS1'],
    ['Y3', 'KS2'],
    ['Year 6', 'KS2'],
    ['Y5/6', 'KS2'],
    ['Years 5 & 6', 'KS2'],
    ['Year 7', 'KS3'],
    ['Year 9', 'KS3'],
    ['Year 10', 'KS4'],
    ['Yr 11', 'KS4'],
    ['Year 12', 'KS5'],
    ['Year Thirteen', 'KS5'],
    ['Post-16', 'KS5'],
    ['Sixth form', 'KS5'],
    ['Post 19', 'POST_19'],
    ['Post-19', 'POST_19'],
    ['Adult', 'POST_19'],
    ['Adults', 'POST_19'],
  ])('reads %j as %s', (text, keyStage) => {
    expect(parseKeyStage(text)).toEqual({ ok: true, value: keyStage });
  });

  it('reads a blank cell as not recorded', () => {
    expect(parseKeyStage('')).toEqual({ ok: true, value: null });
  });

  it.each([
    [
      'KS7',
      'KS7 is not a key stage: use EYFS, KS1 to KS5, Post-19, or a school year such as Year 4',
    ],
    [
      'Primary',
      'Primary is not a key stage: use EYFS, KS1 to KS5, Post-19, or a school year such as Year 4',
    ],
    [
      'Year 14',
      'Year 14 is not a school year: years run from 1 to 13 (use EYFS, KS1 to KS5, Post-19, or a school year such as Year 4)',
    ],
    ['Y2-3', 'Y2-3 spans KS1 and KS2: give each key stage its own row'],
    ['KS1/2', 'KS1/2 names more than one key stage: give each key stage its own row'],
  ])('refuses %j', (text, message) => {
    expect(parseKeyStage(text)).toEqual({ ok: false, message });
  });
});

describe('parsePostcode', () => {
  it.each([
    ['ZZ1 1AA', 'ZZ1 1AA'],
    ['zz23ad', 'ZZ2 3AD'],
    [' sw1a  1aa ', 'SW1A 1AA'],
    ['M1 1AE', 'M1 1AE'],
  ])('reads %j as %s', (text, postcode) => {
    expect(parsePostcode(text)).toEqual({ ok: true, value: postcode });
  });

  it('reads a blank cell as no postcode', () => {
    expect(parsePostcode(' ')).toEqual({ ok: true, value: null });
  });

  it.each(['NOT A POSTCODE', 'ZZ1', '12345', 'ZZ1 1A'])('refuses %j', (text) => {
    expect(parsePostcode(text)).toEqual({ ok: false, message: `${text} is not a UK postcode` });
  });
});

describe('parseUrn', () => {
  it.each([
    ['100001', '100001'],
    [' 999999 ', '999999'],
    ['100001.0', '100001'],
  ])('reads %j', (text, urn) => {
    expect(parseUrn(text)).toEqual({ ok: true, value: urn });
  });

  it('reads a blank cell as no URN', () => {
    expect(parseUrn('')).toEqual({ ok: true, value: null });
  });

  it.each(['12345', '099999', '1000000', 'URN100001', '10000 1'])('refuses %j', (text) => {
    expect(messageOf(parseUrn(text))).toBe(
      `${text} is not a school URN: a URN has six digits, such as 100001`,
    );
  });
});

describe('parseTime', () => {
  it.each([
    ['10:00', '10:00'],
    ['9:30', '09:30'],
    ['10.30', '10:30'],
    ['14:00:00', '14:00'],
    ['9am', '09:00'],
    ['2:30 pm', '14:30'],
    ['12pm', '12:00'],
    ['12am', '00:00'],
    ['noon', '12:00'],
  ])('reads %j as %s', (text, time) => {
    expect(parseTime(text)).toEqual({ ok: true, value: time });
  });

  it.each(['25:00', '10:75', '13pm', '10', 'morning'])('refuses %j', (text) => {
    expect(messageOf(parseTime(text))).toMatch(new RegExp(`^${text} is not a`));
  });
});

describe('parseDurationMinutes', () => {
  it.each([
    ['90', 90],
    ['90 mins', 90],
    ['45 minutes', 45],
    ['1:30', 90],
    ['1h', 60],
    ['1h 30m', 90],
    ['1 hour 30 minutes', 90],
    ['1.5 hours', 90],
    ['2 hrs', 120],
  ])('reads %j as %i minutes', (text, minutes) => {
    expect(parseDurationMinutes(text)).toEqual({ ok: true, value: minutes });
  });

  it('refuses what is not a length of time', () => {
    expect(messageOf(parseDurationMinutes('all day'))).toBe(
      'all day is not a length of time: give minutes, such as 90, or 1h 30m',
    );
    expect(messageOf(parseDurationMinutes('0'))).toMatch(/at least a minute/);
    expect(messageOf(parseDurationMinutes('2000'))).toBe(
      '2000 is longer than a day: give the length of one session',
    );
  });
});

describe('parseSessionStatus', () => {
  it('reads everyday words', () => {
    expect(parseSessionStatus('Delivered')).toEqual({ ok: true, value: 'DELIVERED' });
    expect(parseSessionStatus('booked')).toEqual({ ok: true, value: 'PLANNED' });
    expect(parseSessionStatus('Canceled')).toEqual({ ok: true, value: 'CANCELLED' });
    expect(parseSessionStatus('')).toEqual({ ok: true, value: null });
    expect(messageOf(parseSessionStatus('maybe'))).toBe(
      'maybe is not a session status: use delivered, planned or cancelled',
    );
  });
});

describe('guessFormat', () => {
  it.each([
    ['Workshop (onsite)', 'SCHOOL_WORKSHOP'],
    ['Loan box', 'LOAN_BOX'],
    ['Family drop-in', 'FAMILY_DROP_IN'],
    ['Youth panel', 'YOUTH_PANEL'],
    ['Reminiscence session', 'REMINISCENCE'],
    ['Consultation', 'CONSULTATION'],
    ['Virtual classroom', 'VIRTUAL_CLASSROOM'],
    ['Teacher CPD', 'TEACHER_CPD'],
    ['Self-led visit', 'SELF_LED_SCHOOL_VISIT'],
    ['Outreach visit', 'OUTREACH_VISIT'],
    ['Memories Café', 'REMINISCENCE'],
    ['INSET day', 'TEACHER_CPD'],
    ['Under 5s stay and play', 'EARLY_YEARS'],
    ['Half term trail', 'HOLIDAY_ACTIVITY'],
    ['Work experience', 'WORK_PLACEMENT'],
    ["Young people's panel", 'YOUTH_PANEL'],
    ['Evening course', 'ADULT_COURSE'],
    ['Curator talk', 'TALK'],
    ['Guided tour', 'TOUR'],
    ['Webinar', 'LIVE_ONLINE_EVENT'],
    ['Community co-curation', 'COMMUNITY_CO_CURATION'],
    ['Volunteer induction', 'VOLUNTEER_SESSION'],
    ['Social prescribing', 'SOCIAL_PRESCRIBING'],
    ['Wellbeing walk', 'WELLBEING_GROUP'],
    ['Podcast episode', 'DIGITAL_RESOURCE_RELEASE'],
    ['Something new', 'OTHER'],
    ['', 'OTHER'],
  ])('guesses %j is %s', (sessionType, format) => {
    expect(guessFormat(sessionType)).toBe(format);
  });
});

describe('guessDeliveryMode', () => {
  it.each([
    ['Workshop (onsite)', 'Main museum', 'ONSITE'],
    ['Virtual classroom', 'Online', 'ONLINE'],
    ['Talk', 'Zoom', 'ONLINE'],
    ['Loan box', 'Outreach', 'OUTREACH'],
    ['Loan box', '', 'OUTREACH'],
    ['Outreach visit', 'Outreach', 'OUTREACH'],
    ['Family drop-in', 'Outreach', 'OUTREACH'],
    ['Self-led visit', 'Main Museum', 'SELF_LED'],
    ['Talk', 'Main museum and online (hybrid)', 'HYBRID'],
    ['Family drop-in', 'Riverside Gallery', 'ONSITE'],
    ['Youth panel', '', 'ONSITE'],
  ])('guesses %j at %j is %s', (sessionType, venue, mode) => {
    expect(guessDeliveryMode(sessionType, venue)).toBe(mode);
  });
});

describe('guessPartnerType', () => {
  it('calls anything with a URN a school', () => {
    expect(guessPartnerType('Riverside Infants', '100006')).toBe('SCHOOL');
  });
  it.each([
    ["St Aidan's CE Primary", 'SCHOOL'],
    ['Hillcrest Academy', 'SCHOOL'],
    ['Riverside Infants', 'SCHOOL'],
    ['Westbury College', 'COLLEGE'],
    ['Riverside NHS Trust', 'HEALTH_BODY'],
    ['Westbury Borough Council', 'LOCAL_AUTHORITY'],
    ['Heritage Foundation', 'CHARITY'],
    ['Northgate Walking Group', 'COMMUNITY_GROUP'],
    ['The Smiths', 'OTHER'],
  ])('guesses %j is %s', (name, type) => {
    expect(guessPartnerType(name, null)).toBe(type);
  });
});

describe('normaliseName', () => {
  it('ignores case, spacing, curly quotes and dash styles', () => {
    expect(normaliseName('Main museum')).toBe(normaliseName('Main Museum'));
    expect(normaliseName('  Main   Museum ')).toBe('main museum');
    expect(normaliseName('St Aidan’s CE Primary')).toBe(normaliseName("St Aidan's CE Primary"));
    expect(normaliseName('Schools – KS2 Romans')).toBe(normaliseName('Schools - KS2 Romans'));
  });
  it('keeps names that differ in their letters apart', () => {
    expect(normaliseName('Main Museum')).not.toBe(normaliseName('Main Museums'));
    expect(normaliseName('Riverside Gallery')).not.toBe(normaliseName('Riverside Galery'));
  });
});
