import { downsample } from './downsample.ts';

/**
 * The answer of the analysts' query as the chart builder draws it: one row per combination of
 * dimension values, one value per measure. Labels are already in the interface language.
 */
export interface ChartTable {
  readonly dimensions: readonly { readonly key: string; readonly label: string }[];
  readonly measures: readonly {
    readonly key: string;
    readonly label: string;
    readonly shape: MeasureShape;
  }[];
  readonly rows: readonly ChartRow[];
  /** The period the query covered (its end never after "as known on"). */
  readonly period?: { readonly from: string; readonly to: string };
}

export type MeasureShape = 'count' | 'rate' | 'days' | 'sum' | 'decimal';

export interface ChartRow {
  /**
   * One value per dimension: the code (for sorting and links) and its label; a time bucket also
   * its first and last day, the last possibly after the period's end (the bucket is then incomplete).
   */
  readonly keys: readonly {
    readonly code: string;
    readonly label: string;
    readonly start?: string;
    readonly end?: string;
  }[];
  readonly values: readonly (number | null)[];
}

/** One point on the category axis with a value per series. */
export type SeriesPoint = { readonly category: string; readonly label: string } & Record<
  string,
  number | string | null
>;

export interface Series {
  readonly key: string;
  readonly label: string;
  readonly shape: MeasureShape;
  /** The measure this series draws (with a second dimension, several series share one). */
  readonly measure: string;
  readonly measureLabel: string;
}

export interface SeriesData {
  readonly series: readonly Series[];
  readonly points: readonly SeriesPoint[];
  /** True when a series had more points than a chart draws and was reduced. */
  readonly reduced: boolean;
  /** Categories (time buckets) that run past the period's end: known only in part. */
  readonly incomplete: readonly string[];
}

/**
 * Pivots the table for drawing: the first dimension is the category axis; each measure is a
 * series, or, with a second dimension, each (measure, second value) pair is one.
 */
export const toSeries = (table: ChartTable, maxPoints?: number, periodEnd?: string): SeriesData => {
  const series = new Map<string, Series>();
  const incomplete = new Set<string>();
  const points = new Map<string, Record<string, number | string | null>>();
  for (const row of table.rows) {
    const first = row.keys[0] ?? { code: 'all', label: '' };
    const second = row.keys[1];
    let point = points.get(first.code);
    if (!point) {
      point = { category: first.code, label: first.label };
      points.set(first.code, point);
      if (periodEnd && first.end && first.end > periodEnd) incomplete.add(first.code);
    }
    table.measures.forEach((measure, m) => {
      const key = second ? `${measure.key}|${second.code}` : measure.key;
      if (!series.has(key)) {
        const label = second
          ? table.measures.length > 1
            ? `${measure.label} · ${second.label}`
            : second.label
          : measure.label;
        series.set(key, {
          key,
          label,
          shape: measure.shape,
          measure: measure.key,
          measureLabel: measure.label,
        });
      }
      point[key] = row.values[m] ?? null;
    });
  }
  const all = [...points.values()] as SeriesPoint[];
  const keys = [...series.keys()];
  // Every series shares the category axis, so they are reduced together by their total.
  const total = (p: SeriesPoint) =>
    keys.reduce((sum, k) => sum + (typeof p[k] === 'number' ? (p[k] as number) : 0), 0);
  const drawn = downsample(all, total, maxPoints);
  return {
    series: [...series.values()],
    points: drawn,
    reduced: drawn.length < all.length,
    incomplete: [...incomplete],
  };
};

/**
 * The time buckets a chart over time draws, with their days and axis labels, for the comment
 * markers; none when the category axis is not time.
 */
export const timeBuckets = (
  table: ChartTable,
  points: readonly SeriesPoint[],
): { readonly start: string; readonly end: string; readonly label: string }[] => {
  if (table.dimensions[0]?.key !== 'TIME') return [];
  const days = new Map(table.rows.map((row) => [row.keys[0]?.code, row.keys[0]] as const));
  return points.flatMap((point) => {
    const key = days.get(point.category);
    return key?.start && key.end ? [{ start: key.start, end: key.end, label: point.label }] : [];
  });
};
