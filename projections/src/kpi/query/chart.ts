import type { KpiName } from '../definition/measures.ts';
import { aggregate, cardinality, DIMENSIONS, type Dimension } from './aggregate.ts';
import { cutAt, type Knowledge, type KpiReadModel, type Period, toDayRange } from './cut.ts';
import { KpiQueryError } from './errors.ts';
import { type KpiFilter, resolveFilter } from './filter.ts';
import { type DimensionValue, dimensionValue } from './labels.ts';
import { bucketLabel, type DayRange, type Granularity } from './periods.ts';
import { checkGranularity, fitBuckets, MAX_POINTS_PER_SERIES } from './series.ts';
import { checkKpis, toPeriod } from './summary.ts';
import { indexWindows } from './windows.ts';

export const MAX_CHART_LIMIT = 1000;
export const MAX_CHART_MEASURES = 8;
/** Points a whole chart may hold; past it the time dimension is coarsened. */
export const MAX_CHART_POINTS = 20_000;

export type ChartDimension = Dimension | 'time';

export interface ChartSpec {
  readonly measures: readonly string[];
  /** At most two; `time` takes a granularity. */
  readonly dimensions?:
    | readonly { readonly dimension: string; readonly granularity?: string | null }[]
    | null;
  readonly filter?: KpiFilter | null;
  readonly period: Period;
  readonly asOf?: Date | string | null;
  /** `by`: one of the measures, or `label`. Default: the first measure, descending. */
  readonly sort?: { readonly by: string; readonly direction?: 'asc' | 'desc' | null } | null;
  /** Rows without a time dimension; series (values of the other dimension) with one. Default 100. */
  readonly limit?: number | null;
}

export interface ChartRow {
  /** One value per dimension, in the order asked; a time value is a bucket. */
  readonly keys: readonly (DimensionValue & { readonly period?: Period })[];
  /** One value per measure, in the order asked; null where the set is empty. */
  readonly values: readonly (number | null)[];
}

export interface Chart extends Knowledge {
  readonly measures: readonly KpiName[];
  readonly dimensions: readonly ChartDimension[];
  /** The granularity used for time (coarser than asked when the chart would hold too many points). */
  readonly granularity: Granularity | null;
  readonly period: Period;
  readonly rows: readonly ChartRow[];
  /** Rows (or series) there were before `limit` cut them. */
  readonly total: number;
  readonly truncated: boolean;
}

const checkSpec = (spec: ChartSpec) => {
  const measures = checkKpis(spec.measures, 'measures');
  if (!spec.measures || spec.measures.length === 0) {
    throw new KpiQueryError('INVALID_COMBINATION', 'measures', 'name at least one measure');
  }
  if (measures.length > MAX_CHART_MEASURES) {
    throw new KpiQueryError('INVALID_COMBINATION', 'measures', `at most ${MAX_CHART_MEASURES} measures`);
  }
  const asked = spec.dimensions ?? [];
  if (asked.length > 2)
    throw new KpiQueryError('INVALID_COMBINATION', 'dimensions', 'at most two dimensions');
  let granularity: Granularity | null = null;
  const dims: ChartDimension[] = [];
  asked.forEach((d, k) => {
    const field = `dimensions.${k}`;
    if (d.dimension === 'time') {
      if (granularity) throw new KpiQueryError('INVALID_COMBINATION', field, 'at most one time dimension');
      granularity = checkGranularity(d.granularity ?? 'month', `${field}.granularity`);
    } else if (!(DIMENSIONS as readonly string[]).includes(d.dimension)) {
      throw new KpiQueryError(
        'UNKNOWN_DIMENSION',
        `${field}.dimension`,
        `unknown dimension "${d.dimension}"; known: ${[...DIMENSIONS, 'time'].join(', ')}`,
      );
    } else if (d.granularity) {
      throw new KpiQueryError(
        'INVALID_COMBINATION',
        `${field}.granularity`,
        'only the time dimension takes a granularity',
      );
    }
    if (dims.includes(d.dimension as ChartDimension)) {
      throw new KpiQueryError('INVALID_COMBINATION', field, `dimension "${d.dimension}" asked twice`);
    }
    dims.push(d.dimension as ChartDimension);
  });
  if (dims.includes('organization') && measures.includes('coverageOrganizations')) {
    throw new KpiQueryError(
      'INVALID_COMBINATION',
      'measures',
      'coverageOrganizations by organization is always 1: choose another dimension or coverageProcesses',
    );
  }
  const limit = spec.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CHART_LIMIT) {
    throw new KpiQueryError(
      'LIMIT_OUT_OF_RANGE',
      'limit',
      `must be a whole number from 1 to ${MAX_CHART_LIMIT}`,
    );
  }
  const by = spec.sort?.by ?? measures[0]!;
  if (by !== 'label' && !measures.includes(by as KpiName)) {
    throw new KpiQueryError('INVALID_COMBINATION', 'sort.by', 'must be one of the measures asked, or label');
  }
  const direction = spec.sort?.direction ?? (by === 'label' ? 'asc' : 'desc');
  return { measures, dims, granularity: granularity as Granularity | null, limit, by, direction };
};

/** The analysts' query: measures by up to two dimensions (one may be time), filtered, sorted, bounded. */
export const chart = (model: KpiReadModel, spec: ChartSpec): Chart => {
  const { measures, dims, granularity: askedGranularity, limit, by, direction } = checkSpec(spec);
  const range = toDayRange(spec.period);
  const { view, knowledge } = cutAt(model, spec.asOf);
  const filter = resolveFilter(model.state, spec.filter);
  const groupDims = dims.filter((d): d is Dimension => d !== 'time');
  const timeAt = dims.indexOf('time');
  const cards = groupDims.map((d) => cardinality(view, d));
  const c1 = cards[1] ?? 1;

  const whole = (windows: DayRange[], wanted: readonly KpiName[]) =>
    aggregate({ view, filter, dims: groupDims, windows: indexWindows(windows), measures: wanted });

  // Which groups to show, ranked: every value of a closed vocabulary the filter lets through
  // (an officer's chart by region shows their region only), and anything that holds something.
  const allowed = (d: Dimension): Uint8Array | null =>
    d === 'region'
      ? filter.unit
      : d === 'sphere'
        ? filter.sphere
        : d === 'causeCategory'
          ? filter.cause
          : d === 'source'
            ? filter.source
            : null;
  const masks = groupDims.map(allowed);
  const overall = askedGranularity ? null : whole([range], measures);
  const ranking = overall ?? whole([range], by === 'label' ? measures.slice(0, 1) : [by as KpiName]);
  const shown: number[] = [];
  for (let g = 0; g < ranking.groups; g++) {
    const ids = groupDims.length === 2 ? [Math.floor(g / c1), g % c1] : groupDims.length === 1 ? [g] : [];
    const closed = ids.every(
      (id, k) =>
        groupDims[k] !== 'organization' &&
        groupDims[k] !== 'district' &&
        groupDims[k] !== 'centralBody' &&
        id < cards[k]! - (groupDims[k] === 'region' ? 0 : 1) &&
        (masks[k] === null || masks[k]![id] === 1),
    );
    if (ranking.touched[g] || closed) shown.push(g);
  }
  const idsOf = (g: number) =>
    groupDims.length === 2 ? [Math.floor(g / c1), g % c1] : groupDims.length === 1 ? [g] : [];
  const keysOf = (g: number) => idsOf(g).map((id, k) => dimensionValue(model.state, groupDims[k]!, id));
  // Ties break on the label, then on the key (bodies of two regions may share a name), never on ids.
  const labels = new Map(
    shown.map((g) => {
      const keys = keysOf(g);
      const label = keys.map((k) => k.label.en.toLowerCase()).join(' / ');
      return [g, `${label}\u0000${keys.map((k) => k.key).join('\u0000')}`];
    }),
  );
  const labelOf = (g: number) => labels.get(g)!;
  const rank = by === 'label' ? null : ranking.values.get(by as KpiName)!;
  const sign = direction === 'asc' ? 1 : -1;
  shown.sort((a, b) => {
    if (rank) {
      const va = rank[a]!;
      const vb = rank[b]!;
      if (Number.isNaN(va) !== Number.isNaN(vb)) return Number.isNaN(va) ? 1 : -1;
      if (!Number.isNaN(va) && va !== vb) return sign * (va - vb);
    }
    return (rank ? 1 : sign) * labelOf(a).localeCompare(labelOf(b));
  });
  const total = shown.length;
  const kept = shown.slice(0, limit);

  let granularity: Granularity | null = null;
  let buckets: DayRange[] = [range];
  if (askedGranularity) {
    const perSeries = Math.min(
      MAX_POINTS_PER_SERIES,
      Math.floor(MAX_CHART_POINTS / Math.max(1, kept.length)),
    );
    const fit = fitBuckets(range, askedGranularity, Math.max(1, perSeries));
    if (!fit) {
      throw new KpiQueryError(
        'TOO_MANY_GROUPS',
        'limit',
        'too many series for this period even by year: lower the limit',
      );
    }
    granularity = fit.granularity;
    buckets = fit.buckets;
  }
  const agg = overall ?? whole(buckets, measures);
  const W = agg.windows;
  const rows: ChartRow[] = [];
  for (const g of kept) {
    const groupKeys = keysOf(g);
    for (let w = 0; w < W; w++) {
      const keys: ChartRow['keys'][number][] = [...groupKeys];
      if (granularity) {
        const bucket = buckets[w]!;
        const label = bucketLabel(bucket.from, granularity);
        keys.splice(timeAt, 0, {
          dimension: 'time',
          key: label,
          label: { ru: label, kk: label, en: label },
          region: null,
          period: toPeriod(bucket),
        });
      }
      const values = measures.map((m) => {
        const v = agg.values.get(m)![g * W + w]!;
        return Number.isNaN(v) ? null : v;
      });
      rows.push({ keys, values });
    }
  }
  const period = granularity ? { from: buckets[0]!.from, to: buckets[buckets.length - 1]!.to } : range;
  return {
    ...knowledge,
    measures,
    dimensions: dims,
    granularity,
    period: toPeriod(period),
    rows,
    total,
    truncated: total > kept.length,
  };
};
