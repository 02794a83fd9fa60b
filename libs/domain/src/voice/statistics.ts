/**
 * Statistics helpers for survey results. The database computes the aggregates (n, mean,
 * standard deviation); these turn them into confidence intervals and scores.
 */

/** Two-sided 95% critical values of Student's t for 1 to 30 degrees of freedom. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

/**
 * The 97.5th percentile of Student's t with `df` degrees of freedom: tabulated to 30, then
 * the Cornish-Fisher expansion around the normal (error below 0.001 from df 30).
 */
export function tCritical95(df: number): number {
  if (!Number.isFinite(df) || df < 1) return Number.NaN;
  const whole = Math.floor(df);
  if (whole <= 30) return T_975[whole - 1] as number;
  const z = 1.959964;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * whole) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * whole ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * whole ** 3)
  );
}

export interface MeanWithCi {
  mean: number | null;
  n: number;
  ciLow: number | null;
  ciHigh: number | null;
}

/** A mean's 95% confidence interval from n, mean and sample standard deviation (t based). */
export function meanWithCi(n: number, mean: number | null, sd: number | null): MeanWithCi {
  if (n === 0 || mean === null) return { mean: null, n, ciLow: null, ciHigh: null };
  if (n < 2 || sd === null) return { mean, n, ciLow: null, ciHigh: null };
  const half = (tCritical95(n - 1) * sd) / Math.sqrt(n);
  return { mean, n, ciLow: mean - half, ciHigh: mean + half };
}

/** Net promoter score: % scoring 9-10 minus % scoring 0-6, from -100 to 100. */
export function netPromoterScore(n: number, promoters: number, detractors: number): number | null {
  if (n === 0) return null;
  return ((promoters - detractors) / n) * 100;
}

/** Rounds for display and for stable comparisons in tests. */
export function roundTo(value: number | null, places: number): number | null {
  if (value === null) return null;
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}
