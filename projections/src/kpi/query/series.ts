import { isKpiName, KPI_NAMES, type KpiName } from '../definition/measures.ts';
import { aggregate } from './aggregate.ts';
import { cutAt, type Knowledge, type KpiReadModel, type Period, toDayRange } from './cut.ts';
import { KpiQueryError } from './errors.ts';
import { type KpiFilter, resolveFilter } from './filter.ts';
import {
  bucketLabel,
  bucketsCovering,
  type DayRange,
  GRANULARITIES,
  type Granularity,
  yearEarlierBucketStart,
} from './periods.ts';
import { type KpiValue, toPeriod, valueAt } from './summary.ts';
import { indexWindows } from './windows.ts';

/** Points one series may hold: more would only slow a chart down; a finer series is coarsened. */
export const MAX_POINTS_PER_SERIES = 2000;

export interface SeriesPoint {
  /** The bucket: `2026-03-14`, `2026-W11`, `2026-03`, `2026-Q1`, `2026`. */
  readonly label: string;
  readonly period: Period;
  readonly current: KpiValue;
  /** The bucket before. */
  readonly previous: KpiValue;
  /** The same bucket a year earlier. */
  readonly yearEarlier: KpiValue;
  readonly yearEarlierPeriod: Period;
}

export interface KpiSeries extends Knowledge {
  readonly kpi: KpiName;
  readonly requestedGranularity: Granularity;
  /** The granularity used: coarser than asked when the period holds more than 2,000 buckets. */
  readonly granularity: Granularity;
  /** The period widened to whole buckets. */
  readonly period: Period;
  readonly points: readonly SeriesPoint[];
}

export interface KpiSeriesQuery {
  readonly kpi: string;
  readonly granularity: string;
  readonly period: Period;
  readonly filter?: KpiFilter | null;
  readonly asOf?: Date | string | null;
}

export const checkGranularity = (g: string, field: string): Granularity => {
  if (!(GRANULARITIES as readonly string[]).includes(g)) {
    throw new KpiQueryError(
      'UNKNOWN_DIMENSION',
      field,
      `unknown granularity "${g}"; known: ${GRANULARITIES.join(', ')}`,
    );
  }
  return g as Granularity;
};

/** Whole buckets over the range at `g`, or at the first coarser granularity holding at most `max`. */
export const fitBuckets = (
  range: DayRange,
  g: Granularity,
  max: number,
): { granularity: Granularity; buckets: DayRange[] } | null => {
  for (let k = GRANULARITIES.indexOf(g); k < GRANULARITIES.length; k++) {
    const granularity = GRANULARITIES[k]!;
    const buckets = bucketsCovering(range, granularity, max);
    if (buckets) return { granularity, buckets };
  }
  return null;
};

/** One KPI by bucket over the period, each point beside the bucket before and the same bucket a year earlier. */
export const kpiSeries = (model: KpiReadModel, query: KpiSeriesQuery): KpiSeries => {
  if (!isKpiName(query.kpi)) {
    throw new KpiQueryError(
      'UNKNOWN_MEASURE',
      'kpi',
      `unknown KPI "${query.kpi}"; known: ${KPI_NAMES.join(', ')}`,
    );
  }
  const kpi = query.kpi;
  const requested = checkGranularity(query.granularity, 'granularity');
  const range = toDayRange(query.period);
  const fit = fitBuckets(range, requested, MAX_POINTS_PER_SERIES)!;
  const { granularity, buckets } = fit;
  const { view, knowledge } = cutAt(model, query.asOf);
  const filter = resolveFilter(model.state, query.filter);
  // One scan over contiguous buckets from a year before the first to the last.
  const extended = bucketsCovering(
    { from: yearEarlierBucketStart(buckets[0]!.from, granularity), to: buckets[buckets.length - 1]!.to },
    granularity,
    Number.MAX_SAFE_INTEGER,
  )!;
  const agg = aggregate({ view, filter, dims: [], windows: indexWindows(extended), measures: [kpi] });
  const indexOfStart = new Map(extended.map((b, k) => [b.from, k]));
  const points = buckets.map((bucket): SeriesPoint => {
    const k = indexOfStart.get(bucket.from)!;
    const ye = indexOfStart.get(yearEarlierBucketStart(bucket.from, granularity))!;
    return {
      label: bucketLabel(bucket.from, granularity),
      period: toPeriod(bucket),
      current: valueAt(agg, kpi, k),
      previous: valueAt(agg, kpi, k - 1),
      yearEarlier: valueAt(agg, kpi, ye),
      yearEarlierPeriod: toPeriod(extended[ye]!),
    };
  });
  return {
    ...knowledge,
    kpi,
    requestedGranularity: requested,
    granularity,
    period: { from: points[0]!.period.from, to: points[points.length - 1]!.period.to },
    points,
  };
};
