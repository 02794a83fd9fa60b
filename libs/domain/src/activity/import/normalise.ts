/**
 * Normalisers for the cells of an activity spreadsheet (issue #4: import). Each takes the
 * text of one cell and answers either the value Lantern stores or a message a learning
 * officer can act on, naming the text they typed ("31/02/2025 is not a real date").
 *
 * Pure and browser-safe: the web app runs the same rules for the preview that the worker
 * runs for the commit.
 */
import { postcodeSchema } from '../../postcode';
import type {
  CountKind,
  DeliveryMode,
  KeyStage,
  PartnerType,
  SessionFormat,
  SessionStatus,
} from '../vocabulary';

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });

/** Lower-case, accents removed, anything that is not a letter or digit turned into one space. */
function simplify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------
// Dates

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The earliest and latest years an activity date may fall in. */
export const IMPORT_MIN_YEAR = 1900;
export const IMPORT_MAX_YEAR = 2100;

const TRAILING_TIME = /(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/;
const NAMED_MONTH =
  /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s\-/]+([a-z]+)\.?,?[\s\-/]+(\d{2}|\d{4})$/i;
const NO_YEAR = /^(?:\d{1,2}[-/.]\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?)$/i;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function checkedDate(text: string, year: number, month: number, day: number): CellResult<string> {
  if (year < IMPORT_MIN_YEAR || year > IMPORT_MAX_YEAR) {
    return fail(
      `${text} is not a date Lantern accepts: the year must be between ${IMPORT_MIN_YEAR} and ${IMPORT_MAX_YEAR}`,
    );
  }
  if (month < 1 || month > 12) {
    return fail(`${text} is not a real date: there is no month ${month}`);
  }
  if (day < 1) return fail(`${text} is not a real date: there is no day ${day}`);
  const days = daysInMonth(year, month);
  if (day > days) {
    return fail(`${text} is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${days} days`);
  }
  return ok(`${pad(year, 4)}-${pad(month)}-${pad(day)}`);
}

/**
 * A UK date, always day first: `07/04/2024`, `7/4/24` (a two-digit year is 20yy),
 * `07.04.2024`, `7-4-2024`, `2024-04-07`, `7 April 2024`, `7 Apr 24`, `Sun 7th April 2024`.
 * A trailing time (`07/04/2024 00:00`, as some systems export) is ignored.
 * Answers ISO `YYYY-MM-DD`.
 */
export function parseUkDate(text: string): CellResult<string> {
  const shown = text.trim();
  if (shown === '') return fail('No date given');
  const value = shown.replace(TRAILING_TIME, '').trim();

  let match = YEAR_FIRST.exec(value);
  if (match) return checkedDate(shown, Number(match[1]), Number(match[3]), Number(match[4]));

  match = DAY_FIRST.exec(value);
  if (match) {
    const yearText = match[4] ?? '';
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    return checkedDate(shown, year, Number(match[3]), Number(match[1]));
  }

  match = NAMED_MONTH.exec(value);
  if (match) {
    const month = MONTHS[(match[2] ?? '').toLowerCase()];
    if (month === undefined) {
      return fail(`${shown} is not a date: ${match[2]} is not a month`);
    }
    const yearText = match[3] ?? '';
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    return checkedDate(shown, year, month, Number(match[1]));
  }

  if (NO_YEAR.test(value)) return fail(`${shown} has no year: write dates like 07/04/2024`);
  if (/^\d{5}(?:\.\d+)?$/.test(value)) {
    return fail(
      `${shown} looks like a spreadsheet date number: format the column as a date, like 07/04/2024`,
    );
  }
  return fail(`${shown} is not a date: write dates like 07/04/2024`);
}

// ---------------------------------------------------------------------------------------
// Counts

/** Above this a count is taken to be a typing slip. */
export const IMPORT_MAX_COUNT = 100_000;

export interface ParsedCount {
  count: number;
  kind: CountKind;
}

const ESTIMATE_PREFIX =
  /^(?:circa|ca\.?|c\.?|approximately|approx\.?|appx\.?|about|around|roughly|estimated|est\.?|~|\u2248)\s*/;
const ESTIMATE_SUFFIX =
  /\s*(?:\?|\+|ish|\(\s*(?:est\.?|estimated|estimate|approx\.?|approximately)\s*\)|est\.?|estimated|approx\.?)$/;
const WHOLE = /^\d+$/;
const WHOLE_WITH_ZERO_DECIMALS = /^(\d+)\.0+$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;
const DECIMAL = /^\d*\.\d+$/;
const RANGE = /^\d+\s*(?:-|\u2013|to)\s*\d+$/;

/**
 * A count of people. Blank is "no count" (null). `29` is a headcount; `c. 40`, `c40`,
 * `ca. 40`, `approx 60`, `~30`, `about 25`, `40?`, `40+`, `40 (est)` are estimates.
 */
export function parseCount(text: string): CellResult<ParsedCount | null> {
  const shown = text.trim().replace(/\s+/g, ' ');
  if (shown === '') return ok(null);
  if (/^[-\u2212]\s*\d/.test(shown)) return fail(`${shown} is negative: counts start at 0`);

  let value = shown.toLowerCase();
  let kind: CountKind = 'HEADCOUNT';
  const withoutPrefix = value.replace(ESTIMATE_PREFIX, '');
  const withoutSuffix = withoutPrefix.replace(ESTIMATE_SUFFIX, '');
  if (withoutSuffix !== value) {
    kind = 'ESTIMATE';
    value = withoutSuffix.trim();
  }

  let count: number | null = null;
  if (WHOLE.test(value)) count = Number(value);
  else if (THOUSANDS.test(value)) count = Number(value.replace(/,/g, ''));
  else {
    const zeroDecimals = WHOLE_WITH_ZERO_DECIMALS.exec(value);
    if (zeroDecimals) count = Number(zeroDecimals[1]);
  }

  if (count === null) {
    if (/^[-\u2212]\s*\d/.test(value)) return fail(`${shown} is negative: counts start at 0`);
    if (DECIMAL.test(value)) return fail(`${shown} is not a whole number: count people, not parts`);
    if (RANGE.test(value)) {
      return fail(`${shown} is a range: enter one number, such as c. 35 for an estimate`);
    }
    return fail(`${shown} is not a number`);
  }
  if (count > IMPORT_MAX_COUNT) {
    return fail(
      `${shown} is more than ${IMPORT_MAX_COUNT.toLocaleString('en-GB')}: check the count`,
    );
  }
  return ok({ count, kind });
}

// ---------------------------------------------------------------------------------------
// Yes / no

const YES = new Set(['yes', 'y', 'true', '1', '\u2713', '\u2714', '\u2611', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '\u2717', '\u2718', '\u2612']);
const UNKNOWN = new Set(['unknown', 'not known', 'n/a', 'na', "don't know", 'dont know']);

/**
 * Yes or no in the spellings spreadsheets use: yes/y/true/1/✓/x and no/n/false/0, any case.
 * Blank, `unknown` and `n/a` are "not recorded" (null).
 */
export function parseYesNo(text: string): CellResult<boolean | null> {
  const shown = text.trim();
  const value = shown.toLowerCase().replace(/[.!]+$/, '');
  if (value === '' || UNKNOWN.has(value)) return ok(null);
  if (YES.has(value)) return ok(true);
  if (NO.has(value)) return ok(false);
  return fail(
    `${shown} is not yes or no: use yes, y, true, 1, \u2713 or x for yes; no, n, false or 0 for no; or leave it blank`,
  );
}

// ---------------------------------------------------------------------------------------
// Key stages

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
};

const EYFS_SPELLINGS = new Set([
  'eyfs',
  'earlyyears',
  'earlyyearsfoundationstage',
  'foundationstage',
  'foundation',
  'fs',
  'fs1',
  'fs2',
  'reception',
  'rec',
  'yearr',
  'yrr',
  'nursery',
  'preschool',
]);
const KS5_SPELLINGS = new Set(['post16', 'sixthform', '6thform', 'ks5', 'keystage5']);
const POST_19_SPELLINGS = new Set([
  'post19',
  'postnineteen',
  'adult',
  'adults',
  'adultlearner',
  'adultlearners',
  'adulteducation',
  'adultlearning',
]);

const KEY_STAGE_ONE = /^(?:ks|keystage)-?([1-5])$/;
const KEY_STAGE_RANGE = /^(?:ks|keystage)-?([1-5])(?:-|\/|&|and|to|,)(?:ks|keystage)?-?([1-5])$/;
const YEAR_WORD =
  '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)';
const SCHOOL_YEAR = new RegExp(
  `^(?:years?|yrs?|y)-?${YEAR_WORD}(?:(?:-|\\/|&|and|to|,)(?:years?|yrs?|y)?-?${YEAR_WORD})?$`,
);

function keyStageOfYear(year: number): KeyStage | null {
  if (year >= 1 && year <= 2) return 'KS1';
  if (year >= 3 && year <= 6) return 'KS2';
  if (year >= 7 && year <= 9) return 'KS3';
  if (year >= 10 && year <= 11) return 'KS4';
  if (year >= 12 && year <= 13) return 'KS5';
  return null;
}

const yearNumber = (word: string): number => NUMBER_WORDS[word] ?? Number(word);

const KEY_STAGE_HELP = 'use EYFS, KS1 to KS5, Post-19, or a school year such as Year 4';

/**
 * A key stage in the spellings schools use: `KS2`, `KS 2`, `Key Stage 2`, `EYFS`,
 * `Reception`, `Nursery`, school years (`Y1`, `Yr 1`, `Year 1`, `Year One`, `Y5/6`), `Post-16`
 * (KS5) and `Post-19` or `Adult` (POST_19). Blank is "not recorded" (null).
 */
export function parseKeyStage(text: string): CellResult<KeyStage | null> {
  const shown = text.trim();
  const value = shown
    .toLowerCase()
    .replace(/[\s._]+/g, '')
    .replace(/[\u2010-\u2015]/g, '-');
  const compact = value.replace(/-/g, '');
  if (compact === '') return ok(null);

  if (EYFS_SPELLINGS.has(compact)) return ok('EYFS');
  if (POST_19_SPELLINGS.has(compact)) return ok('POST_19');
  if (KS5_SPELLINGS.has(compact)) return ok('KS5');

  const single = KEY_STAGE_ONE.exec(value);
  if (single) return ok(`KS${single[1]}` as KeyStage);

  const range = KEY_STAGE_RANGE.exec(value);
  if (range) {
    if (range[1] === range[2]) return ok(`KS${range[1]}` as KeyStage);
    return fail(`${shown} names more than one key stage: give each key stage its own row`);
  }

  const years = SCHOOL_YEAR.exec(value);
  if (years) {
    const first = yearNumber(years[1] ?? '');
    const last = years[2] === undefined ? first : yearNumber(years[2]);
    const firstStage = keyStageOfYear(first);
    const lastStage = keyStageOfYear(last);
    if (firstStage === null || lastStage === null) {
      return fail(`${shown} is not a school year: years run from 1 to 13 (${KEY_STAGE_HELP})`);
    }
    if (firstStage !== lastStage) {
      return fail(`${shown} spans ${firstStage} and ${lastStage}: give each key stage its own row`);
    }
    return ok(firstStage);
  }

  return fail(`${shown} is not a key stage: ${KEY_STAGE_HELP}`);
}

// ---------------------------------------------------------------------------------------
// Postcodes and URNs

/** A UK postcode, normalised to `ZZ1 1AA`. Blank is null. */
export function parsePostcode(text: string): CellResult<string | null> {
  const shown = text.trim();
  if (shown === '') return ok(null);
  const result = postcodeSchema.safeParse(shown);
  return result.success ? ok(result.data) : fail(`${shown} is not a UK postcode`);
}

/** A school's DfE unique reference number (URN): six digits, 100000 to 999999. Blank is null. */
export function parseUrn(text: string): CellResult<string | null> {
  const shown = text.trim();
  if (shown === '') return ok(null);
  const value = shown.replace(/\.0+$/, '');
  if (/^\d{6}$/.test(value) && Number(value) >= 100000) return ok(value);
  return fail(`${shown} is not a school URN: a URN has six digits, such as 100001`);
}

// ---------------------------------------------------------------------------------------
// Times, durations and statuses (optional columns)

/** A start time: `10:00`, `10.30`, `9am`, `2:30 pm`, `14:00:00`. Answers `HH:MM`; blank is null. */
export function parseTime(text: string): CellResult<string | null> {
  const shown = text.trim();
  if (shown === '') return ok(null);
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?$/i.exec(shown);
  if (match) {
    let hours = Number(match[1]);
    const minutes = match[2] === undefined ? 0 : Number(match[2]);
    const meridiem = match[3]?.toLowerCase().replace(/\./g, '');
    if (meridiem === undefined && match[2] === undefined) {
      return fail(`${shown} is not a time: write times like 10:30 or 2pm`);
    }
    if (meridiem !== undefined) {
      if (hours < 1 || hours > 12) return fail(`${shown} is not a real time`);
      hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
    }
    if (hours > 23 || minutes > 59) return fail(`${shown} is not a real time`);
    return ok(`${pad(hours)}:${pad(minutes)}`);
  }
  if (/^noon$/i.test(shown)) return ok('12:00');
  return fail(`${shown} is not a time: write times like 10:30 or 2pm`);
}

/** Longest session length accepted, in minutes (one day). */
export const IMPORT_MAX_DURATION_MINUTES = 24 * 60;

/**
 * A session length in minutes: `90`, `90 mins`, `1h 30m`, `1.5 hours`, `1 hour 30 minutes`,
 * `1:30`. Blank is null.
 */
export function parseDurationMinutes(text: string): CellResult<number | null> {
  const shown = text.trim();
  if (shown === '') return ok(null);
  const value = shown.toLowerCase().replace(/\s+/g, ' ');
  let minutes: number | null = null;

  let match = /^(\d+)\s*(?:m|min|mins|minutes?)?$/.exec(value);
  if (match) minutes = Number(match[1]);
  match = minutes === null ? /^(\d{1,2}):(\d{2})$/.exec(value) : null;
  if (match) minutes = Number(match[1]) * 60 + Number(match[2]);
  match =
    minutes === null
      ? /^(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hours?)(?:\s*(\d+)\s*(?:m|min|mins|minutes?)?)?$/.exec(
          value,
        )
      : null;
  if (match) minutes = Math.round(Number(match[1]) * 60) + Number(match[2] ?? 0);

  if (minutes === null) {
    return fail(`${shown} is not a length of time: give minutes, such as 90, or 1h 30m`);
  }
  if (minutes === 0)
    return fail(`${shown} is not a length of time: a session lasts at least a minute`);
  if (minutes > IMPORT_MAX_DURATION_MINUTES) {
    return fail(`${shown} is longer than a day: give the length of one session`);
  }
  return ok(minutes);
}

const STATUS_SPELLINGS: Record<string, SessionStatus> = {
  delivered: 'DELIVERED',
  done: 'DELIVERED',
  held: 'DELIVERED',
  ran: 'DELIVERED',
  completed: 'DELIVERED',
  complete: 'DELIVERED',
  'took place': 'DELIVERED',
  'went ahead': 'DELIVERED',
  planned: 'PLANNED',
  booked: 'PLANNED',
  scheduled: 'PLANNED',
  confirmed: 'PLANNED',
  provisional: 'PLANNED',
  cancelled: 'CANCELLED',
  canceled: 'CANCELLED',
  'did not go ahead': 'CANCELLED',
};

/** Delivered, planned or cancelled, in everyday words (`done`, `booked`, `canceled`). Blank is null. */
export function parseSessionStatus(text: string): CellResult<SessionStatus | null> {
  const shown = text.trim();
  if (shown === '') return ok(null);
  const status = STATUS_SPELLINGS[simplify(shown)];
  return status
    ? ok(status)
    : fail(`${shown} is not a session status: use delivered, planned or cancelled`);
}

// ---------------------------------------------------------------------------------------
// Session types: guesses, never errors

const FORMAT_RULES: ReadonlyArray<readonly [RegExp, SessionFormat]> = [
  [
    /\bvirtual (?:classroom|school|class|workshop|lesson|visit|session)|\bonline (?:classroom|school|class|workshop|lesson)|\bvideo ?call/,
    'VIRTUAL_CLASSROOM',
  ],
  [
    /\bloans? (?:box|boxes|kit|case)|\bhandling (?:box|kit|case|collection)|\bmuseum in a box|\bobject box/,
    'LOAN_BOX',
  ],
  [
    /\bcpd\b|\binset\b|\bteachers? (?:training|twilight|conference|course|preview|evening|network)|\bprofessional development/,
    'TEACHER_CPD',
  ],
  [
    /\bself (?:led|guided|directed)|\bselfled|\bselfguided|\bunfacilitated/,
    'SELF_LED_SCHOOL_VISIT',
  ],
  [/\breminiscence|\bdementia|\balzheimer|\bmemor(?:y|ies) (?:cafe|group|club)/, 'REMINISCENCE'],
  [/\bsocial prescri/, 'SOCIAL_PRESCRIBING'],
  [/\bwell ?being|\bmindful|\bmental health|\bhealth (?:walk|group)/, 'WELLBEING_GROUP'],
  [/\bco ?curat|\bcommunity curat|\bco ?produc|\bco ?creat/, 'COMMUNITY_CO_CURATION'],
  [/\bconsult|\bfocus group|\blistening (?:session|event|group)/, 'CONSULTATION'],
  [
    /\byouth (?:panel|forum|board|council|collective|group|club)|\byoung (?:people s |peoples |persons )?(?:panel|forum|board|collective|curators?|ambassadors?)\b|\bteen (?:panel|board)/,
    'YOUTH_PANEL',
  ],
  [
    /\bwork (?:placement|experience)|\bplacement|\binternship|\bintern\b|\bapprentice/,
    'WORK_PLACEMENT',
  ],
  [/\bvolunteer/, 'VOLUNTEER_SESSION'],
  [
    /\bearly years|\bunder (?:5|fives?)s?\b|\btoddler|\bbab(?:y|ies)|\bstay and play|\bpre ?school|\bnursery|\beyfs/,
    'EARLY_YEARS',
  ],
  [
    /\bholiday|\bhalf term|\bsummer (?:club|scheme|school)|\beaster (?:club|trail)/,
    'HOLIDAY_ACTIVITY',
  ],
  [/\bfamil(?:y|ies)|\bdrop ?in\b/, 'FAMILY_DROP_IN'],
  [/\bcourse\b|\badult (?:learning|class|education|workshop)|\bevening class/, 'ADULT_COURSE'],
  [
    /\bwebinar|\blive ?stream|\bonline (?:event|talk|lecture|session|tour)|\bvirtual (?:event|talk|tour|lecture)/,
    'LIVE_ONLINE_EVENT',
  ],
  [
    /\bdigital resource|\bonline resource|\bresource (?:release|launch)|\bpodcast/,
    'DIGITAL_RESOURCE_RELEASE',
  ],
  [/\btalk\b|\btalks\b|\blecture|\bin conversation/, 'TALK'],
  [/\btours?\b|\bguided walk|\bgallery walk/, 'TOUR'],
  [/\boutreach/, 'OUTREACH_VISIT'],
  [/\bworkshop|\bschool (?:session|visit|trip)|\bfacilitated|\bclass visit/, 'SCHOOL_WORKSHOP'],
];

/**
 * The session format a free-text session type most likely means ("Workshop (onsite)" is a
 * school workshop, "Memories Café" a reminiscence session). Anything unrecognised is OTHER:
 * a guess, never an error.
 */
export function guessFormat(sessionType: string): SessionFormat {
  const value = simplify(sessionType);
  for (const [pattern, format] of FORMAT_RULES) {
    if (pattern.test(value)) return format;
  }
  return 'OTHER';
}

/**
 * How a session was delivered, from its session type and venue: hybrid or online when either
 * says so, self-led for self-led visits, outreach for an "Outreach" venue, loan boxes and
 * outreach visits, otherwise onsite.
 */
export function guessDeliveryMode(sessionType: string, venue: string): DeliveryMode {
  const value = `${simplify(sessionType)} | ${simplify(venue)}`;
  if (/\bhybrid|\bblended/.test(value)) return 'HYBRID';
  if (
    /\bonline|\bvirtual|\bzoom\b|\bteams\b|\bwebinar|\blive ?stream|\bremote|\bdigital resource|\bpodcast/.test(
      value,
    )
  ) {
    return 'ONLINE';
  }
  if (/\bself (?:led|guided|directed)|\bselfled|\bselfguided/.test(value)) return 'SELF_LED';
  if (/\boutreach|\bloans? (?:box|boxes|kit)|\bin school\b|\boff ?site\b/.test(value)) {
    return 'OUTREACH';
  }
  return 'ONSITE';
}

/** What kind of partner a school / group name most likely is; a URN means a school. */
export function guessPartnerType(name: string, urn: string | null): PartnerType {
  if (urn !== null) return 'SCHOOL';
  const value = simplify(name);
  if (/\b(?:college|university|sixth form)\b/.test(value)) return 'COLLEGE';
  if (
    /\b(?:school|primary|secondary|academy|infants?|junior|juniors|grammar|c ?of ?e|ce|rc|pru|nursery)\b/.test(
      value,
    )
  ) {
    return 'SCHOOL';
  }
  if (/\b(?:nhs|hospital|surgery|clinic|health|gp|care home|hospice)\b/.test(value)) {
    return 'HEALTH_BODY';
  }
  if (/\b(?:council|borough|local authority)\b/.test(value)) return 'LOCAL_AUTHORITY';
  if (/\b(?:charity|foundation|trust)\b/.test(value)) return 'CHARITY';
  if (
    /\b(?:group|club|society|association|network|forum|centre|center|community|scouts|brownies|guides|u3a|wi)\b/.test(
      value,
    )
  ) {
    return 'COMMUNITY_GROUP';
  }
  return 'OTHER';
}

// ---------------------------------------------------------------------------------------
// Names

/**
 * The key under which venues, programmes and partners are matched: case, runs of spaces,
 * curly quotes and dash styles do not matter ("Main museum" = "Main  Museum"); letters,
 * digits and other punctuation do.
 */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B`\u00B4]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
