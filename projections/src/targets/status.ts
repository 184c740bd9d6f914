import { daysBetween, type TargetDirection, type TargetShape } from '@kpi/schema';

export type TargetStatus = 'MET' | 'AT_RISK' | 'OFF_TRACK';

/** A business period, both ends included, `YYYY-MM-DD`. */
export interface TargetPeriodRange {
  readonly from: string;
  readonly to: string;
}

/** The days of a target's period: a year (`2026`) or a quarter (`2026-Q2`). */
export const targetPeriodRange = (period: string): TargetPeriodRange => {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const year = quarter[1]!;
    const q = Number(quarter[2]);
    const first = String(3 * q - 2).padStart(2, '0');
    const last = String(3 * q).padStart(2, '0');
    const lastDay = ['31', '30', '30', '31'][q - 1]!;
    return { from: `${year}-${first}-01`, to: `${year}-${last}-${lastDay}` };
  }
  if (/^\d{4}$/.test(period)) return { from: `${period}-01-01`, to: `${period}-12-31` };
  throw new RangeError(`not a year or a quarter: ${period}`);
};

/**
 * The days a target is judged over on `today`: the whole period once it has ended, the days so
 * far while it runs, none before it begins. `share` is the part of the period's days elapsed.
 */
export const judgedWindow = (
  period: string,
  today: string,
): { readonly from: string; readonly to: string; readonly share: number } | null => {
  const range = targetPeriodRange(period);
  if (today < range.from) return null;
  if (today >= range.to) return { ...range, share: 1 };
  const total = daysBetween(range.from, range.to) + 1;
  const elapsed = daysBetween(range.from, today) + 1;
  return { from: range.from, to: today, share: elapsed / total };
};

/**
 * What the KPI is held to: in a running period a count is held to its pro-rated share of the
 * value; rates, days and levels (open risks at the end of the period) to the value as it is.
 */
export const heldValue = (shape: TargetShape, value: number, share: number): number =>
  shape === 'count' ? value * share : value;

// Products such as 0.9 x 0.7 are not exact in binary; a KPI equal to the boundary as written
// must count as on it, so comparisons allow a relative tolerance far below any real difference.
const TOLERANCE = 1e-9;
const atLeast = (a: number, b: number) => a >= b - TOLERANCE * Math.max(1, Math.abs(b));
const atMost = (a: number, b: number) => a <= b + TOLERANCE * Math.max(1, Math.abs(b));

/**
 * The methodology's rule: met when the KPI is on the right side of the value held to; otherwise
 * at risk within 10 % (at least: KPI >= 0.9 x value; at most: KPI <= 1.1 x value); off track beyond.
 */
export const statusOf = (actual: number, held: number, direction: TargetDirection): TargetStatus => {
  if (direction === 'AT_LEAST') {
    if (atLeast(actual, held)) return 'MET';
    return atLeast(actual, 0.9 * held) ? 'AT_RISK' : 'OFF_TRACK';
  }
  if (atMost(actual, held)) return 'MET';
  return atMost(actual, 1.1 * held) ? 'AT_RISK' : 'OFF_TRACK';
};
