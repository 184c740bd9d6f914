import { kpiProjection } from './fold/projection.ts';
import { changedBy } from './query/changed-by.ts';
import { chart } from './query/chart.ts';
import { drillDown } from './query/drill-down.ts';
import { openRecurrences } from './query/open-recurrences.ts';
import {
  openRisksOfRegion,
  openRisksOfUnit,
  recommendationsOfRegion,
  recommendationsOfUnit,
} from './query/register.ts';
import { kpiSeries } from './query/series.ts';
import { kpiSummary } from './query/summary.ts';

/**
 * The KPI engine as the rest of the product sees it. Three rooms behind it:
 * - `definition/`: each KPI once, as the methodology states it (name, what it counts, its unit),
 *   with the rule that counts it;
 * - `fold/`: the log into the state (`evolve`, and the paged fold a replay runs with its encoder);
 * - `query/`: the questions asked of the state (summary, series, chart, drill-down, register).
 * Other rooms of `projections/` and the package's entry import the engine from this file only.
 */
export interface KpiEngine {
  /** The read model the projection runtime runs: its fold, event by event or a page at a time. */
  readonly projection: typeof kpiProjection;
  /** Every KPI (or those asked) over a period, beside the previous period and a year earlier. */
  readonly summary: typeof kpiSummary;
  /** One KPI by day, week, month, quarter or year. */
  readonly series: typeof kpiSeries;
  /** Measures by up to two dimensions (and time), for the chart builder and the report. */
  readonly chart: typeof chart;
  /** The risks, recommendations and cases behind one figure, with the events that put them there. */
  readonly drillDown: typeof drillDown;
  /** A region's open risks, for the register. */
  readonly openRisksOfRegion: typeof openRisksOfRegion;
  /** A region's recommendations with their status, for the register. */
  readonly recommendationsOfRegion: typeof recommendationsOfRegion;
  /** A unit's (a central body's) open risks, for its officer's pickers. */
  readonly openRisksOfUnit: typeof openRisksOfUnit;
  /** A unit's (a central body's) recommendations still to implement. */
  readonly recommendationsOfUnit: typeof recommendationsOfUnit;
  /** Which KPIs one event moves, for the live `kpiChanged` notice. */
  readonly changedBy: typeof changedBy;
  /** The recurrences open now in a unit, for the "a recurrence appearing" alert. */
  readonly openRecurrences: typeof openRecurrences;
}

export const kpiEngine: KpiEngine = {
  projection: kpiProjection,
  summary: kpiSummary,
  series: kpiSeries,
  chart,
  drillDown,
  openRisksOfRegion,
  recommendationsOfRegion,
  openRisksOfUnit,
  recommendationsOfUnit,
  changedBy,
  openRecurrences,
};

// What the package's entry and the other rooms of projections/ (targets, report, alerts) use.
export { isKpiName, KPI_NAMES, KPIS, type KpiName } from './definition/measures.ts';
export { NO_DAY, parseDay } from './fold/columns.ts';
export { KPI_EVENT_TYPES } from './fold/evolve.ts';
export { normaliseName } from './fold/names.ts';
export { kpiProjection } from './fold/projection.ts';
export { emptyKpiState, type KpiState } from './fold/state.ts';
export { DIMENSIONS, type Dimension } from './query/aggregate.ts';
export { type ChangedNumbers, changedBy } from './query/changed-by.ts';
export {
  type Chart,
  type ChartRow,
  type ChartSpec,
  chart,
  MAX_CHART_LIMIT,
  MAX_CHART_MEASURES,
} from './query/chart.ts';
export { cutAt, type Knowledge, type KpiReadModel, type Period } from './query/cut.ts';
export {
  type DrillDown,
  type DrillDownRow,
  drillDown,
  type EventRef,
  type EventRole,
} from './query/drill-down.ts';
export { KPI_QUERY_ERROR_CODES, KpiQueryError, type KpiQueryErrorCode } from './query/errors.ts';
export type { KpiFilter } from './query/filter.ts';
export { centralBodyValue, type DimensionValue, NO_DISTRICT_LABEL } from './query/labels.ts';
export { openRecurrences } from './query/open-recurrences.ts';
export { GRANULARITIES, type Granularity } from './query/periods.ts';
export { recurredColumn } from './query/recurrence.ts';
export {
  openRisksOfRegion,
  type Page,
  type RegisterRecommendation,
  type RegisterRisk,
  recommendationsOfRegion,
} from './query/register.ts';
export { type KpiSeries, kpiSeries, MAX_POINTS_PER_SERIES, type SeriesPoint } from './query/series.ts';
export { type KpiSummary, type KpiSummaryEntry, type KpiValue, kpiSummary } from './query/summary.ts';
