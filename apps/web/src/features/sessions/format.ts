import { SESSION_FORMAT_LABELS, type SessionFormat } from '@lantern/domain';

/**
 * Dates, times, durations and counts on the session pages. A session's date is a calendar
 * date (YYYY-MM-DD) and its time a wall-clock time: both are read as text, never through
 * `Date` in the browser's time zone.
 */

// Fixed English names, as DateTimeText uses: engines disagree on "Sep"/"Sept".
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "2026-11-24" → "Tue 24 Nov 2026"; anything else is returned as it is. */
export function formatSessionDate(value: string, { weekday = true } = {}): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return value;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return value;
  }
  const text = `${day} ${MONTHS[month - 1]} ${year}`;
  return weekday ? `${WEEKDAYS[date.getUTCDay()]} ${text}` : text;
}

/** "10:00:00" or "10:00" → "10:00". */
export function formatTime(value: string | null | undefined): string | null {
  return value ? value.slice(0, 5) : null;
}

/** 90 → "1 h 30 min", 45 → "45 min", 120 → "2 h". */
export function formatDuration(minutes: number | null | undefined): string | null {
  if (minutes === null || minutes === undefined) {
    return null;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) {
    return `${rest} min`;
  }
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

const counts = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 12500 → "12,500". */
export function formatCount(value: number): string {
  return counts.format(value);
}

/** "31 attendances", "1 attendance". */
export function attendancesText(total: number): string {
  return `${formatCount(total)} ${total === 1 ? 'attendance' : 'attendances'}`;
}

/** A session's name on its page: "School workshop, Tue 24 Nov 2026", or its title and date. */
export function sessionHeading(session: {
  title?: string | null;
  format: SessionFormat;
  date: string;
}): string {
  const date = formatSessionDate(String(session.date));
  return `${session.title || SESSION_FORMAT_LABELS[session.format]}, ${date}`;
}
