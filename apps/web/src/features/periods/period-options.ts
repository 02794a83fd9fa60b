import {
  localDateIn,
  periodFromKey,
  periodOf,
  previousPeriod,
  nextPeriod,
  UK_PERIOD_SETTINGS,
  type Period,
  type PeriodSettings,
  type PeriodType,
} from '@lantern/domain';

export const PERIOD_TYPE_LABELS: Record<PeriodType, string> = {
  FINANCIAL_QUARTER: 'Financial quarter',
  FINANCIAL_YEAR: 'Financial year',
  ACADEMIC_TERM: 'Academic term',
  ACADEMIC_YEAR: 'Academic year',
  CALENDAR_MONTH: 'Month',
  CALENDAR_YEAR: 'Calendar year',
};

/** The order the picker offers types in: what heads of learning report on most first. */
export const PICKER_PERIOD_TYPES: readonly PeriodType[] = [
  'FINANCIAL_QUARTER',
  'FINANCIAL_YEAR',
  'ACADEMIC_TERM',
  'ACADEMIC_YEAR',
  'CALENDAR_MONTH',
  'CALENDAR_YEAR',
];

/** How many periods of each type the picker lists back from the current one. */
const HISTORY: Record<PeriodType, number> = {
  FINANCIAL_QUARTER: 12,
  FINANCIAL_YEAR: 6,
  ACADEMIC_TERM: 12,
  ACADEMIC_YEAR: 6,
  CALENDAR_MONTH: 36,
  CALENDAR_YEAR: 6,
};

/** Periods of a type to choose from, newest first: the next one, the current one, then history. */
export function periodOptions(
  type: PeriodType,
  today: string,
  settings: PeriodSettings = UK_PERIOD_SETTINGS,
): Period[] {
  const current = periodOf(type, today, settings);
  const options = [nextPeriod(current, settings), current];
  let period = current;
  for (let i = 0; i < HISTORY[type]; i += 1) {
    period = previousPeriod(period, settings);
    options.push(period);
  }
  return options;
}

/** The period a key names under these settings, or the current one of `fallbackType`. */
export function periodOrCurrent(
  key: string | null,
  today: string,
  settings: PeriodSettings = UK_PERIOD_SETTINGS,
  fallbackType: PeriodType = 'FINANCIAL_QUARTER',
): Period {
  const period = key ? periodFromKey(key, settings) : null;
  return period && period.type !== 'CUSTOM' ? period : periodOf(fallbackType, today, settings);
}

/** Today in the museum's time zone (YYYY-MM-DD). */
export function todayIn(timeZone: string | undefined, now = new Date()): string {
  return localDateIn(now, timeZone || 'Europe/London');
}
