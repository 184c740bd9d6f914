import type { SeriesPoint } from './kpi-view.ts';

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Recharts slows past this; the methodology's budget too. */
export const MAX_POINTS = 2000;

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;

/** The finest granularity that keeps a trend readable: tens of points, never thousands. */
export const granularityFor = (from: string, to: string): Granularity => {
  const days = daysBetween(from, to);
  if (days <= 62) return 'day';
  if (days <= 190) return 'week';
  if (days <= 366 * 4) return 'month';
  if (days <= 366 * 12) return 'quarter';
  return 'year';
};

/**
 * A last guard before drawing: merges neighbouring buckets so no series exceeds `max` points.
 * Counts add up; other values (rates, days) take the mean of the merged buckets' values.
 */
export const capPoints = (
  points: readonly SeriesPoint[],
  additive: ReadonlySet<string>,
  max = MAX_POINTS,
): SeriesPoint[] => {
  if (points.length <= max) return [...points];
  const size = Math.ceil(points.length / max);
  const merged: SeriesPoint[] = [];
  for (let i = 0; i < points.length; i += size) {
    const group = points.slice(i, i + size);
    const keys = new Set(group.flatMap((p) => Object.keys(p.values)));
    const values: Record<string, number | null> = {};
    for (const key of keys) {
      const present = group
        .map((p) => p.values[key])
        .filter((x): x is number => x !== null && x !== undefined);
      const sum = present.reduce((a, b) => a + b, 0);
      values[key] = present.length === 0 ? null : additive.has(key) ? sum : sum / present.length;
    }
    merged.push({ start: group[0]!.start, end: group.at(-1)!.end, values });
  }
  return merged;
};
