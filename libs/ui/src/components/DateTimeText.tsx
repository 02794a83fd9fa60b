import type { ReactNode } from 'react';

export const DISPLAY_TIME_ZONE = 'Europe/London';

// Fixed English month abbreviations: engines disagree on September ("Sep" or "Sept").
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export interface FormatDateTimeOptions {
  withSeconds?: boolean;
  /** False for the date alone, like "24 Nov 2026". */
  withTime?: boolean;
}

/**
 * Formats an ISO date-time in UK time, like "24 Nov 2026, 14:05:09".
 * Returns null when the value is not a valid date.
 */
export function formatDateTime(
  iso: string,
  { withSeconds = true, withTime = true }: FormatDateTimeOptions = {},
) {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) {
    return null;
  }
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of partsFormatter.formatToParts(instant)) {
    parts[part.type] = part.value;
  }
  const month = MONTHS[Number(parts.month) - 1] ?? parts.month;
  const date = `${Number(parts.day)} ${month} ${parts.year}`;
  if (!withTime) {
    return date;
  }
  const time = withSeconds
    ? `${parts.hour}:${parts.minute}:${parts.second}`
    : `${parts.hour}:${parts.minute}`;
  return `${date}, ${time}`;
}

export interface DateTimeTextProps {
  /** An ISO 8601 date-time, as the API sends it. */
  value: string;
  withSeconds?: boolean;
  /** False shows the date alone (in UK time), like "24 Nov 2026". */
  withTime?: boolean;
  /** Shown when the value is not a valid date. */
  fallback?: ReactNode;
}

/** A date-time in UK time inside a `<time>` element that keeps the machine-readable value. */
export function DateTimeText({
  value,
  withSeconds = true,
  withTime = true,
  fallback = 'Unknown time',
}: DateTimeTextProps) {
  const text = formatDateTime(value, { withSeconds, withTime });
  if (text === null) {
    return <span>{fallback}</span>;
  }
  return <time dateTime={value}>{text}</time>;
}
