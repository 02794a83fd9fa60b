import { parseIsoDate, type CalendarDate } from './format';

/** A period of a programme's plan, as calendar dates. */
export interface DatePeriod {
  periodStart: string;
  periodEnd: string;
}

/** How many quarters the "add quarters" helper adds at most (ten years). */
export const MAX_QUARTERS = 40;

function iso({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first day of the month `months` after (year, month). */
function addMonths(year: number, month: number, months: number): CalendarDate {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

function dayBefore(date: CalendarDate): CalendarDate {
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day - 1));
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** The financial year a date falls in, by the year it starts in. */
function financialYearOf(date: CalendarDate, startMonth: number): number {
  return date.month >= startMonth ? date.year : date.year - 1;
}

/** "2025/26" for a year starting in April 2025; "2025" when financial years are calendar years. */
export function financialYearLabel(startYear: number, startMonth = 4): string {
  if (startMonth === 1) {
    return String(startYear);
  }
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

interface Quarter extends DatePeriod {
  label: string;
}

function quarterOf(date: CalendarDate, startMonth: number): { year: number; quarter: number } {
  const offset = (date.month - startMonth + 12) % 12;
  return { year: financialYearOf(date, startMonth), quarter: Math.floor(offset / 3) + 1 };
}

function quarter(year: number, number: number, startMonth: number): Quarter {
  const first = addMonths(year, startMonth, (number - 1) * 3);
  const next = addMonths(year, startMonth, number * 3);
  return {
    periodStart: iso(first),
    periodEnd: iso(dayBefore(next)),
    label: `Q${number} ${financialYearLabel(year, startMonth)}`,
  };
}

/**
 * The financial-year quarters that overlap `start`…`end` (whole quarters, Q1 starting in the
 * organisation's first month of the financial year), at most MAX_QUARTERS of them.
 */
export function financialYearQuarters(start: string, end: string, startMonth = 4): Quarter[] {
  const from = parseIsoDate(start);
  const to = parseIsoDate(end);
  if (!from || !to || end < start) {
    return [];
  }
  const quarters: Quarter[] = [];
  let { year, quarter: number } = quarterOf(from, startMonth);
  const last = quarterOf(to, startMonth);
  while (quarters.length < MAX_QUARTERS) {
    quarters.push(quarter(year, number, startMonth));
    if (year === last.year && number === last.quarter) {
      break;
    }
    number += 1;
    if (number > 4) {
      number = 1;
      year += 1;
    }
  }
  return quarters;
}

/** "Q1 2025/26" or "2025/26" when a period is exactly a financial quarter or year; else null. */
export function describePeriod(start: string, end: string, startMonth = 4): string | null {
  const from = parseIsoDate(start);
  if (!from || from.day !== 1) {
    return null;
  }
  const { year, quarter: number } = quarterOf(from, startMonth);
  const q = quarter(year, number, startMonth);
  if (q.periodStart === start && q.periodEnd === end) {
    return q.label;
  }
  const yearEnd = iso(dayBefore(addMonths(year, startMonth, 12)));
  if (from.month === startMonth && end === yearEnd) {
    return financialYearLabel(year, startMonth);
  }
  return null;
}

export interface PlanTotals {
  sessions: number;
  reach: number;
}

export function planTotals(
  plan: ReadonlyArray<{ plannedSessions: number; plannedReach: number }>,
): PlanTotals {
  return plan.reduce(
    (totals, period) => ({
      sessions: totals.sessions + period.plannedSessions,
      reach: totals.reach + period.plannedReach,
    }),
    { sessions: 0, reach: 0 },
  );
}
