/**
 * Reporting periods (issue #5): facts are stored by date and bucketed into any period type,
 * so one dataset answers the board (financial year) and the schools team (academic year).
 * Dates are ISO calendar dates (YYYY-MM-DD); a period runs from `start` to `end` inclusive.
 * Periods of one type tile time: no gaps, no overlaps.
 */

export const PERIOD_TYPES = [
  'FINANCIAL_YEAR',
  'FINANCIAL_QUARTER',
  'ACADEMIC_YEAR',
  'ACADEMIC_TERM',
  'CALENDAR_YEAR',
  'CALENDAR_MONTH',
] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export const ACADEMIC_TERMS = ['AUTUMN', 'SPRING', 'SUMMER'] as const;
export type AcademicTerm = (typeof ACADEMIC_TERMS)[number];

export interface PeriodSettings {
  /** 1-12; the UK financial year starts in April (4). */
  financialYearStartMonth: number;
  /** 1-12; September (9) in England and Wales, August (8) in Scotland. */
  academicYearStartMonth: number;
}

export const UK_PERIOD_SETTINGS: PeriodSettings = {
  financialYearStartMonth: 4,
  academicYearStartMonth: 9,
};

export interface Period {
  /** CUSTOM for custom and grant periods, which do not tile time. */
  type: PeriodType | 'CUSTOM';
  /** Stable identifier, e.g. FY2025, FQ2025-1, AY2025, AT2025-AUTUMN, CY2025, CM2025-04. */
  key: string;
  /** What people call it: "2025/26", "Q1 2025/26", "AY 2025/26", "Autumn term 2025/26". */
  label: string;
  start: string;
  end: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TERM_LABELS: Record<AcademicTerm, string> = {
  AUTUMN: 'Autumn term',
  SPRING: 'Spring term',
  SUMMER: 'Summer term',
};

/** Months since year 0: a simple integer line on which periods are ranges of months. */
function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

function isoOfMonthStart(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

function isoOfMonthEnd(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

function parseIso(date: string): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not an ISO date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** "2025/26": a year that starts in 2025 and ends in 2026; "2025" when it is one calendar year. */
function spanLabel(startYear: number, startMonth: number): string {
  if (startMonth === 1) return String(startYear);
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

function assertMonth(name: string, month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`${name} must be a month from 1 to 12`);
  }
}

/** The period of a type that contains a date. */
export function periodOf(
  type: PeriodType,
  date: string,
  settings: PeriodSettings = UK_PERIOD_SETTINGS,
): Period {
  const { year, month } = parseIso(date);
  return periodAt(type, monthIndex(year, month), settings);
}

/** The period of a type containing the month at `index` (months since year 0). */
function periodAt(type: PeriodType, index: number, settings: PeriodSettings): Period {
  assertMonth('financialYearStartMonth', settings.financialYearStartMonth);
  assertMonth('academicYearStartMonth', settings.academicYearStartMonth);
  const yearStarting = (startMonth: number) => {
    const offset = startMonth - 1;
    const startIndex = Math.floor((index - offset) / 12) * 12 + offset;
    return { startIndex, startYear: Math.floor(startIndex / 12) };
  };
  const range = (key: string, label: string, first: number, months: number): Period => ({
    type,
    key,
    label,
    start: isoOfMonthStart(first),
    end: isoOfMonthEnd(first + months - 1),
  });

  switch (type) {
    case 'CALENDAR_MONTH': {
      const y = Math.floor(index / 12);
      const m = (index % 12) + 1;
      return range(`CM${y}-${String(m).padStart(2, '0')}`, `${MONTHS[m - 1]} ${y}`, index, 1);
    }
    case 'CALENDAR_YEAR': {
      const y = Math.floor(index / 12);
      return range(`CY${y}`, String(y), y * 12, 12);
    }
    case 'FINANCIAL_YEAR': {
      const { startIndex, startYear } = yearStarting(settings.financialYearStartMonth);
      const label = spanLabel(startYear, settings.financialYearStartMonth);
      return range(`FY${startYear}`, label, startIndex, 12);
    }
    case 'FINANCIAL_QUARTER': {
      const { startIndex, startYear } = yearStarting(settings.financialYearStartMonth);
      const quarter = Math.floor((index - startIndex) / 3) + 1;
      const label = `Q${quarter} ${spanLabel(startYear, settings.financialYearStartMonth)}`;
      return range(`FQ${startYear}-${quarter}`, label, startIndex + (quarter - 1) * 3, 3);
    }
    case 'ACADEMIC_YEAR': {
      const { startIndex, startYear } = yearStarting(settings.academicYearStartMonth);
      const label = `AY ${spanLabel(startYear, settings.academicYearStartMonth)}`;
      return range(`AY${startYear}`, label, startIndex, 12);
    }
    case 'ACADEMIC_TERM': {
      // Three terms of four months from the academic year's start (September: Sep-Dec,
      // Jan-Apr, May-Aug). Real term dates move with Easter; reports bucket by month.
      const { startIndex, startYear } = yearStarting(settings.academicYearStartMonth);
      const position = Math.floor((index - startIndex) / 4);
      const term = ACADEMIC_TERMS[position] as AcademicTerm;
      const label = `${TERM_LABELS[term]} ${spanLabel(startYear, settings.academicYearStartMonth)}`;
      return range(`AT${startYear}-${term}`, label, startIndex + position * 4, 4);
    }
  }
}

/** The period right after this one (same type and settings). */
export function nextPeriod(period: Period, settings: PeriodSettings = UK_PERIOD_SETTINGS): Period {
  if (period.type === 'CUSTOM') throw new RangeError('A custom period has no next period');
  const { year, month } = parseIso(period.end);
  return periodAt(period.type, monthIndex(year, month) + 1, settings);
}

/** The period right before this one, for "change from the previous period". */
export function previousPeriod(
  period: Period,
  settings: PeriodSettings = UK_PERIOD_SETTINGS,
): Period {
  if (period.type === 'CUSTOM') throw new RangeError('A custom period has no previous period');
  const { year, month } = parseIso(period.start);
  return periodAt(period.type, monthIndex(year, month) - 1, settings);
}

/** Every period of a type that overlaps [from, to], in order. */
export function periodsBetween(
  type: PeriodType,
  from: string,
  to: string,
  settings: PeriodSettings = UK_PERIOD_SETTINGS,
): Period[] {
  if (to < from) return [];
  const periods: Period[] = [];
  for (let period = periodOf(type, from, settings); period.start <= to;) {
    periods.push(period);
    period = nextPeriod(period, settings);
  }
  return periods;
}

/** Whether a date falls inside a period (inclusive at both ends). */
export function periodContains(period: Pick<Period, 'start' | 'end'>, date: string): boolean {
  return period.start <= date && date <= period.end;
}

/** A custom or grant period: any dates, named by whoever sets it ("NLHF grant 2024-27"). */
export function customPeriod(start: string, end: string, label: string): Period {
  parseIso(start);
  parseIso(end);
  if (end < start) throw new RangeError('A period must end on or after it starts');
  return { type: 'CUSTOM', key: `CP${start}_${end}`, label, start, end };
}

const KEY_PATTERNS: Array<{
  pattern: RegExp;
  type: PeriodType;
  month: (m: RegExpExecArray, s: PeriodSettings) => number;
}> = [
  {
    pattern: /^FY(\d{4})$/,
    type: 'FINANCIAL_YEAR',
    month: (m, s) => monthIndex(Number(m[1]), s.financialYearStartMonth),
  },
  {
    pattern: /^FQ(\d{4})-([1-4])$/,
    type: 'FINANCIAL_QUARTER',
    month: (m, s) => monthIndex(Number(m[1]), s.financialYearStartMonth) + (Number(m[2]) - 1) * 3,
  },
  {
    pattern: /^AY(\d{4})$/,
    type: 'ACADEMIC_YEAR',
    month: (m, s) => monthIndex(Number(m[1]), s.academicYearStartMonth),
  },
  {
    pattern: /^AT(\d{4})-(AUTUMN|SPRING|SUMMER)$/,
    type: 'ACADEMIC_TERM',
    month: (m, s) =>
      monthIndex(Number(m[1]), s.academicYearStartMonth) +
      ACADEMIC_TERMS.indexOf(m[2] as AcademicTerm) * 4,
  },
  { pattern: /^CY(\d{4})$/, type: 'CALENDAR_YEAR', month: (m) => monthIndex(Number(m[1]), 1) },
  {
    pattern: /^CM(\d{4})-(0[1-9]|1[0-2])$/,
    type: 'CALENDAR_MONTH',
    month: (m) => monthIndex(Number(m[1]), Number(m[2])),
  },
];

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/**
 * The period a key names (FY2025, FQ2025-1, AY2025, AT2025-AUTUMN, CY2025, CM2025-04, or a
 * custom CP2024-04-01_2027-03-31), under the organisation's settings; null for anything
 * else. The inverse of `period.key`.
 */
export function periodFromKey(
  key: string,
  settings: PeriodSettings = UK_PERIOD_SETTINGS,
  customLabel?: string,
): Period | null {
  const custom = /^CP(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/.exec(key);
  if (custom) {
    try {
      const [, start, end] = custom as unknown as [string, string, string];
      if (!isRealDate(start) || !isRealDate(end)) return null;
      return customPeriod(start, end, customLabel ?? `${start} to ${end}`);
    } catch {
      return null;
    }
  }
  for (const { pattern, type, month } of KEY_PATTERNS) {
    const match = pattern.exec(key);
    if (match) {
      const period = periodAt(type, month(match, settings), settings);
      return period.key === key ? period : null;
    }
  }
  return null;
}
