import { CAUSE_CATEGORY_CODES, REGION_CODES, RISK_SOURCE_CODES, SPHERE_CODES } from '@kpi/schema';
import type { KpiName } from '../definition/measures.ts';
import { NO_BODY, REGION_UNITS } from '../fold/units.ts';
import type { ResolvedFilter } from './filter.ts';
import type { KnowledgeView } from './view.ts';
import type { WindowIndex } from './windows.ts';

export const DIMENSIONS = [
  'region',
  'centralBody',
  'district',
  'sphere',
  'organization',
  'causeCategory',
  'source',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * A dimension's cardinality. Sphere, cause category and source have one more value, "not
 * specified", for rights restored that name no risk; districts count "no district" as id 0.
 */
export const cardinality = (view: KnowledgeView, d: Dimension): number => {
  switch (d) {
    case 'region':
      return REGION_CODES.length;
    case 'centralBody':
      return view.state.bodies.count;
    case 'district':
      return view.state.districts.count;
    case 'sphere':
      return SPHERE_CODES.length + 1;
    case 'causeCategory':
      return CAUSE_CATEGORY_CODES.length + 1;
    case 'source':
      return RISK_SOURCE_CODES.length + 1;
    case 'organization':
      return view.state.organizations.count;
  }
};

/** The central body id of a unit id (NO_BODY for a region's own work). */
export const bodyOfUnit = (unit: number): number => (unit < REGION_UNITS ? NO_BODY : unit - REGION_UNITS + 1);

const bodyColumns = new WeakMap<KnowledgeView, Uint16Array>();

/** Each risk's central body id (0: a region's own work), derived once per view from its units. */
export const bodyColumn = (view: KnowledgeView): Uint16Array => {
  let column = bodyColumns.get(view);
  if (!column) {
    const { n, unit } = view.risks;
    column = new Uint16Array(n);
    for (let i = 0; i < n; i++) column[i] = bodyOfUnit(unit[i]!);
    bodyColumns.set(view, column);
  }
  return column;
};

/**
 * One aggregation under way: cells are groups (the dimensions' values, row-major) by windows
 * (`cell = group * W + window`); each scan adds what it counts into `values` (NaN: null).
 */
export interface AggregationContext {
  readonly view: KnowledgeView;
  readonly filter: ResolvedFilter;
  readonly dims: readonly Dimension[];
  readonly windows: WindowIndex;
  readonly W: number;
  readonly groups: number;
  readonly cells: number;
  /** Cardinality of the second dimension (1 without one): group = v0 * c1 + v1. */
  readonly c1: number;
  /** The risk columns holding each dimension's value. */
  readonly riskCols: readonly (Uint8Array | Uint16Array | Int32Array)[];
  readonly wanted: ReadonlySet<KpiName>;
  readonly touched: Uint8Array;
  readonly values: Map<KpiName, Float64Array>;
  readonly numerators: Map<KpiName, Float64Array>;
  readonly denominators: Map<KpiName, Float64Array>;
}

/** A rate per cell from its counts; null (NaN) over an empty set. */
export const setRateIn = (
  ctx: AggregationContext,
  name: KpiName,
  num: Float64Array,
  den: Float64Array,
): void => {
  const rate = new Float64Array(ctx.cells);
  for (let cell = 0; cell < ctx.cells; cell++)
    rate[cell] = den[cell] === 0 ? Number.NaN : num[cell]! / den[cell]!;
  ctx.values.set(name, rate);
  ctx.numerators.set(name, num);
  ctx.denominators.set(name, den);
};

/** Turns per-group difference arrays (W + 1 wide) into values per cell. */
export const prefixSums = (diff: Float64Array, groups: number, W: number): Float64Array => {
  const out = new Float64Array(groups * W);
  for (let g = 0; g < groups; g++) {
    let run = 0;
    for (let w = 0; w < W; w++) {
      run += diff[g * (W + 1) + w]!;
      out[g * W + w] = run;
    }
  }
  return out;
};
