import { formatIsoDate } from '../format';

/** A calendar date ("1 Apr 2025") in a `<time>` element that keeps the ISO value. */
export function DateText({ value }: { value: string }) {
  return <time dateTime={value}>{formatIsoDate(value)}</time>;
}

/** "1 Apr 2025 to 31 Mar 2026", or "From 1 Apr 2025" with no end date. */
export function DateRangeText({ start, end }: { start: string; end?: string | null }) {
  if (!end) {
    return (
      <>
        From <DateText value={start} />
      </>
    );
  }
  return (
    <>
      <DateText value={start} /> to <DateText value={end} />
    </>
  );
}
