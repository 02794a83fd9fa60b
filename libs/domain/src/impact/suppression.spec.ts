import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressSmallCells } from './suppression';

const cell = fc.record({
  n: fc.option(fc.integer({ min: 0, max: 40 }), { freq: 8 }),
  value: fc.double({ min: 0, max: 100, noNaN: true }),
});

describe('suppressSmallCells', () => {
  it('withholds every figure counted over 1 to threshold-1 people, or an unknown number', () => {
    const cells = [
      { key: 'a', n: 4, value: 4 },
      { key: 'b', n: 5, value: 5 },
      { key: 'c', n: null, value: 12 },
      { key: 'd', n: 0, value: 0 },
      { key: 'e', n: 30, value: 30 },
    ];
    expect(suppressSmallCells(cells, 5)).toEqual([
      { key: 'a', n: null, value: null, suppressed: true },
      { key: 'b', n: 5, value: 5, suppressed: false },
      { key: 'c', n: null, value: null, suppressed: true },
      { key: 'd', n: 0, value: 0, suppressed: false },
      { key: 'e', n: 30, value: 30, suppressed: false },
    ]);
  });

  it('hides the next smallest cell when only one would be hidden', () => {
    const result = suppressSmallCells(
      [
        { n: 3, value: 3 },
        { n: 9, value: 9 },
        { n: 0, value: 0 },
        { n: 7, value: 7 },
      ],
      5,
    );
    expect(result.map((c) => c.suppressed)).toEqual([true, false, false, true]);
  });

  it('never leaves a visible small cell, nor exactly one hidden cell that another could reveal', () => {
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 12 }),
        fc.integer({ min: 1, max: 20 }),
        (cells, threshold) => {
          const result = suppressSmallCells(cells, threshold);
          expect(result).toHaveLength(cells.length);
          for (const [i, out] of result.entries()) {
            if (!out.suppressed) {
              expect(out.n).not.toBeNull();
              expect(out.n === 0 || (out.n as number) >= threshold).toBe(true);
              expect(out).toEqual({ ...cells[i], suppressed: false });
            } else {
              expect(out.value).toBeNull();
              expect(out.n).toBeNull();
            }
          }
          const hidden = result.filter((c) => c.suppressed).length;
          const nonZeroOthers = cells.filter((c, i) => !result[i]?.suppressed && c.n !== 0).length;
          // A lone hidden cell is allowed only when every other cell is a visible zero.
          if (hidden === 1 && cells.length > 1) expect(nonZeroOthers).toBe(0);
        },
      ),
    );
  });
});
