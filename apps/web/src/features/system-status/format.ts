const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "37 ms", "1,204 ms", or "3.2 ms" for small values where the decimal matters. */
export function formatMilliseconds(ms: number): string {
  return `${(Math.abs(ms) < 10 ? oneDecimal : wholeNumber).format(ms)} ms`;
}
