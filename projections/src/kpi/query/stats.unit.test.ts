import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, p90, quantilesPerCell } from './stats.ts';

describe('median and p90', () => {
  it('follow the methodology: mean of the two middle values, nearest rank ceil(0.9 n), null when empty', () => {
    expect(median([3])).toBe(3);
    expect(median([1, 2, 4, 10])).toBe(3);
    expect(p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(9);
    expect(p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toBe(10);
    expect(p90([5, 7])).toBe(7);
    expect(Number.isNaN(median([]))).toBe(true);
    expect(Number.isNaN(p90([]))).toBe(true);
  });

  it('per cell, by histogram or by sorting, equal a plain sort of each cell', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 4 }), fc.integer({ min: -5, max: 3000 })), { maxLength: 200 }),
        fc.boolean(),
        (pairs, wide) => {
          // A huge cell count forces the sorting path; a small one the histogram.
          const cells = wide ? 2_000 : 5;
          const [med, q90] = quantilesPerCell(
            cells,
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
          );
          for (let cell = 0; cell < 5; cell++) {
            const sorted = pairs
              .filter((p) => p[0] === cell)
              .map((p) => p[1])
              .sort((a, b) => a - b);
            expect(med[cell]).toEqual(median(sorted));
            expect(q90[cell]).toEqual(p90(sorted));
          }
        },
      ),
    );
  });
});
