/**
 * Dates, money and counts on the programme pages. Dates are calendar dates (YYYY-MM-DD) with no
 * time zone, so they are read and written as text, never through `Date` in local time.
 */

// Fixed English month abbreviations, as DateTimeText uses: engines disagree on "Sep"/"Sept".
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A real calendar date written as YYYY-MM-DD, or null. */
export function parseIsoDate(value: unknown): CalendarDate | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return null;
  }
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

/** "2025-04-01" → "1 Apr 2025"; anything else is returned as it is. */
export function formatIsoDate(value: string): string {
  const date = parseIsoDate(value);
  if (!date) {
    return value;
  }
  return `${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
}

/** "1 Apr 2025 to 31 Mar 2026", or "From 1 Apr 2025" when there is no end. */
export function formatDateRange(start: string, end: string | null | undefined): string {
  return end ? `${formatIsoDate(start)} to ${formatIsoDate(end)}` : `From ${formatIsoDate(start)}`;
}

const pounds = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** 1250050 (pence) → "£12,500.50". */
export function formatPence(pence: number): string {
  return pounds.format(pence / 100);
}

const counts = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 12500 → "12,500". */
export function formatCount(value: number): string {
  return counts.format(value);
}

/** Pence as the editor shows them in its "Amount (£)" field: 1250050 → "12500.50", 1200 → "12". */
export function penceToPoundsText(pence: number | null | undefined): string {
  if (pence === null || pence === undefined) {
    return '';
  }
  const whole = Math.floor(pence / 100);
  const rest = pence % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0')}`;
}

const POUNDS_PATTERN = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * An amount typed in pounds ("12500", "£12,500.50", "99.5") as whole pence, without floating
 * point on the way. Empty text is null (no amount); text that is not an amount is NaN.
 */
export function poundsTextToPence(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') {
    return null;
  }
  const match = POUNDS_PATTERN.exec(trimmed);
  if (!match?.[1]) {
    return Number.NaN;
  }
  const whole = Number(match[1].replace(/,/g, ''));
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  return whole * 100 + fraction;
}

/** A whole number as typed ("12", "1,250"); NaN for anything else, null for nothing. */
export function wholeNumberFromText(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') {
    return null;
  }
  if (/^-?\d+$/.test(trimmed)) {
    return Number(trimmed);
  }
  if (/^\d{1,3}(?:,\d{3})+$/.test(trimmed)) {
    return Number(trimmed.replace(/,/g, ''));
  }
  return Number.NaN;
}
