import { KPIS, type KpiName } from '../definition/measures.ts';
import { aggregateRecommendations } from './aggregate-recommendations.ts';
import { aggregateRights } from './aggregate-rights.ts';
import { aggregateRisks } from './aggregate-risks.ts';
import { type AggregationContext, bodyColumn, cardinality, type Dimension } from './aggregation.ts';
import { KpiQueryError } from './errors.ts';
import { type ResolvedFilter, regionsOwnWork } from './filter.ts';
import type { KnowledgeView } from './view.ts';
import type { WindowIndex } from './windows.ts';

export { cardinality, DIMENSIONS, type Dimension } from './aggregation.ts';

/** Cells (groups x windows) one aggregation may hold; past it a query must filter or coarsen. */
export const MAX_CELLS = 4_000_000;

export interface AggregateSpec {
  readonly view: KnowledgeView;
  readonly filter: ResolvedFilter;
  readonly dims: readonly Dimension[];
  readonly windows: WindowIndex;
  readonly measures: readonly KpiName[];
}

/** Values per cell (group * windows + window); NaN where a value is null. */
export interface Aggregate {
  readonly groups: number;
  readonly windows: number;
  readonly cardinalities: readonly number[];
  /** 1 for groups that hold at least one counted thing. */
  readonly touched: Uint8Array;
  readonly values: ReadonlyMap<KpiName, Float64Array>;
  readonly numerators: ReadonlyMap<KpiName, Float64Array>;
  readonly denominators: ReadonlyMap<KpiName, Float64Array>;
}

const riskColumn = (view: KnowledgeView, d: Dimension): Uint8Array | Uint16Array | Int32Array => {
  const r = view.risks;
  switch (d) {
    case 'region':
      return r.region;
    case 'centralBody':
      return bodyColumn(view);
    case 'district':
      return r.district;
    case 'sphere':
      return r.sphere;
    case 'causeCategory':
      return r.cause;
    case 'source':
      return r.source;
    case 'organization':
      return r.org;
  }
};

/** Every asked measure for every group and window, one scan per kind of thing counted. */
export const aggregate = (spec: AggregateSpec): Aggregate => {
  const { view, dims, windows, measures } = spec;
  // A region's figures are its own work: a breakdown by region leaves the bodies' units out.
  const filter = dims.includes('region') ? regionsOwnWork(view.state, spec.filter) : spec.filter;
  const cards = dims.map((d) => cardinality(view, d));
  const groups = cards.reduce((a, b) => a * b, 1);
  const W = windows.count;
  const cells = groups * W;
  if (cells > MAX_CELLS) {
    throw new KpiQueryError(
      'TOO_MANY_GROUPS',
      'dimensions',
      `the query would hold ${cells} values; at most ${MAX_CELLS}: filter further or choose a coarser granularity`,
    );
  }
  const ctx: AggregationContext = {
    view,
    filter,
    dims,
    windows,
    W,
    groups,
    cells,
    c1: cards[1] ?? 1,
    riskCols: dims.map((d) => riskColumn(view, d)),
    wanted: new Set(measures),
    touched: new Uint8Array(groups),
    values: new Map(),
    numerators: new Map(),
    denominators: new Map(),
  };
  if (measures.some((m) => KPIS[m].subject === 'risk')) aggregateRisks(ctx);
  if (measures.some((m) => KPIS[m].subject === 'recommendation')) aggregateRecommendations(ctx);
  if (measures.some((m) => KPIS[m].subject === 'right')) aggregateRights(ctx);
  const { touched, values, numerators, denominators } = ctx;
  return { groups, windows: W, cardinalities: cards, touched, values, numerators, denominators };
};
