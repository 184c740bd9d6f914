import { daysBetween, TARGET_KPI_SHAPES, type TargetDirection, type TargetKpi } from '@kpi/schema';
import type { TargetView } from './state.ts';
import { targetPeriodRange } from './status.ts';

/** What the targets of one KPI and unit ask of a run of days, and in which direction. */
export interface Goal {
  readonly value: number;
  readonly direction: TargetDirection;
}

const daysOf = (from: string, to: string) => daysBetween(from, to) + 1;
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** The quarters (as periods, `2026-Q2`) that the days `from..to` touch, in order. */
const quartersTouched = (from: string, to: string): string[] => {
  const out: string[] = [];
  let year = Number(from.slice(0, 4));
  let q = Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1;
  for (;;) {
    const period = `${year}-Q${q}`;
    out.push(period);
    if (targetPeriodRange(period).to >= to) return out;
    q = q === 4 ? 1 : q + 1;
    if (q === 1) year += 1;
  }
};

/** The quarter's target before the year's: the nearer commitment, as on the overview's cards. */
const nearest = (byPeriod: ReadonlyMap<string, TargetView>, quarter: string): TargetView | null =>
  byPeriod.get(quarter) ?? byPeriod.get(quarter.slice(0, 4)) ?? null;

/**
 * What the targets of one KPI and one unit (`targets`, already cut at `asOf`) ask of the days
 * `from..to`, a chart's bucket or period. A count accumulates: each day asks its period's value
 * divided by the period's days, so a month inside a quarter target of 91 asks 91 x its days / 91,
 * and a year of four quarter targets asks their sum; a day no target covers leaves the bucket
 * without a goal. A rate, a duration or a level is held to the value as it is: the nearest target
 * whose period holds every day of the bucket, none when the bucket straddles two periods. Targets
 * pulling in different directions over one bucket give no goal either.
 */
export const goalOver = (
  targets: readonly TargetView[],
  kpi: TargetKpi,
  from: string,
  to: string,
): Goal | null => {
  const byPeriod = new Map(targets.filter((t) => t.kpi === kpi).map((t) => [t.period, t]));
  if (byPeriod.size === 0) return null;
  const quarters = quartersTouched(from, to);
  if (TARGET_KPI_SHAPES[kpi] !== 'count') {
    const quarter = quarters.length === 1 ? byPeriod.get(quarters[0]!) : undefined;
    const year = from.slice(0, 4) === to.slice(0, 4) ? byPeriod.get(from.slice(0, 4)) : undefined;
    const target = quarter ?? year;
    return target ? { value: target.value, direction: target.direction } : null;
  }
  let value = 0;
  let direction: TargetDirection | null = null;
  for (const quarter of quarters) {
    const target = nearest(byPeriod, quarter);
    if (target === null || (direction !== null && target.direction !== direction)) return null;
    direction = target.direction;
    const range = targetPeriodRange(quarter);
    const whole = targetPeriodRange(target.period);
    const days = daysOf(later(from, range.from), earlier(to, range.to));
    value += (target.value * days) / daysOf(whole.from, whole.to);
  }
  return { value, direction: direction! };
};

/** KPI minus goal for "at least", goal minus KPI for "at most": positive is ahead, negative behind. */
export const gapToGoal = (actual: number | null, goal: Goal | null): number | null =>
  actual === null || goal === null
    ? null
    : goal.direction === 'AT_LEAST'
      ? actual - goal.value
      : goal.value - actual;
