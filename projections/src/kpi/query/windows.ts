import type { DayRange } from './periods.ts';

/**
 * Sorted, non-overlapping windows of days (the buckets of a series, or a period beside its
 * comparisons) with lookup tables: which window holds a day, and which windows end within a
 * range of days (for "at the end of the period" measures such as open risks).
 */
export interface WindowIndex {
  readonly count: number;
  readonly ranges: readonly DayRange[];
  readonly min: number;
  readonly max: number;
  /** Window holding day `min + k`, or -1. */
  readonly holding: Int32Array;
  /** First window whose end is on or after day `min + k`. */
  readonly firstEndingFrom: Int32Array;
  /** Last window whose end is on or before day `min + k`, or -1. */
  readonly lastEndingBy: Int32Array;
}

export const MAX_WINDOW_SPAN_DAYS = 200 * 366;

export const indexWindows = (ranges: readonly DayRange[]): WindowIndex => {
  const count = ranges.length;
  const min = ranges[0]!.from;
  const max = ranges[count - 1]!.to;
  const span = max - min + 1;
  const holding = new Int32Array(span).fill(-1);
  const firstEndingFrom = new Int32Array(span);
  const lastEndingBy = new Int32Array(span).fill(-1);
  let w = 0;
  for (let k = 0; k < span; k++) {
    const day = min + k;
    while (w < count && ranges[w]!.to < day) w++;
    firstEndingFrom[k] = w;
    if (w < count && ranges[w]!.from <= day) holding[k] = w;
  }
  let last = -1;
  for (let k = 0; k < span; k++) {
    while (last + 1 < count && ranges[last + 1]!.to <= min + k) last++;
    lastEndingBy[k] = last;
  }
  return { count, ranges, min, max, holding, firstEndingFrom, lastEndingBy };
};

export const windowOf = (w: WindowIndex, day: number): number =>
  day < w.min || day > w.max ? -1 : w.holding[day - w.min]!;

/** Windows [first, last] whose end falls within days [lo, hi]; first > last when none. */
export const firstEndingFrom = (w: WindowIndex, lo: number): number =>
  lo <= w.min ? 0 : lo > w.max ? w.count : w.firstEndingFrom[lo - w.min]!;

export const lastEndingBy = (w: WindowIndex, hi: number): number =>
  hi >= w.max ? w.count - 1 : hi < w.min ? -1 : w.lastEndingBy[hi - w.min]!;
