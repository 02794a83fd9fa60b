// Fixed English month abbreviations, as DateTimeText uses: engines disagree on "Sep"/"Sept".
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar date as the API sends it (`Date`, "YYYY-MM-DD", no time zone) read as text, never
 * through `Date` in local time: "2024-04-07" → "7 Apr 2024". Anything else is returned as it is.
 */
export function formatCalendarDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : value;
}

/** A calendar date ("7 Apr 2024") in a `<time>` element that keeps the ISO value. */
export function CalendarDateText({ value }: { value: string }) {
  return <time dateTime={value}>{formatCalendarDate(value)}</time>;
}
