/**
 * Small-cell suppression (DOMAIN.md, Privacy): any disaggregated figure counted over fewer
 * people than the museum's threshold (default 5) is withheld and flagged, in every output:
 * GraphQL, exports, dashboards and reports all pass their cells through `suppressSmallCells`.
 *
 * - Primary: a cell whose n is 1 to threshold-1, or unknown (null), is suppressed. A true
 *   zero is shown: it discloses nobody.
 * - Secondary: when exactly one cell of a breakdown is suppressed, the smallest other
 *   non-zero cell is suppressed too, so the hidden one cannot be worked out by subtracting
 *   the visible cells from the total.
 * Totals are not cells: callers pass only the cells of one breakdown.
 */
export interface FigureCell {
  /** How many people (attendances, responses, pairs) the figure is counted over. */
  n: number | null;
  value: number | null;
}

export type SuppressedCell<T extends FigureCell> = T & { suppressed: boolean };

export const DEFAULT_SMALL_CELL_THRESHOLD = 5;

export function isSmallCell(n: number | null, threshold: number): boolean {
  return n === null || (n > 0 && n < threshold);
}

/** The cells of one breakdown with small ones withheld (value and n null) and flagged. */
export function suppressSmallCells<T extends FigureCell>(
  cells: readonly T[],
  threshold: number,
): Array<SuppressedCell<T>> {
  const hidden = new Set<number>();
  cells.forEach((cell, index) => {
    if (isSmallCell(cell.n, threshold)) hidden.add(index);
  });
  if (hidden.size === 1 && cells.length > 1) {
    let smallest = -1;
    cells.forEach((cell, index) => {
      if (hidden.has(index) || !cell.n) return;
      if (smallest < 0 || cell.n < (cells[smallest]?.n ?? Infinity)) smallest = index;
    });
    if (smallest >= 0) hidden.add(smallest);
  }
  return cells.map((cell, index) =>
    hidden.has(index)
      ? { ...cell, n: null, value: null, suppressed: true }
      : { ...cell, suppressed: false },
  );
}
