/** Counts on the import pages. */

const counts = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 12500 → "12,500". */
export function formatCount(value: number): string {
  return counts.format(value);
}

/** "1 session", "72 sessions". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
