export { type ChangedNumbers, changedBy } from './kpi/changed-by.ts';
export { KPI_EVENT_TYPES } from './kpi/evolve.ts';
export { isKpiName, KPI_NAMES, KPIS, type KpiName } from './kpi/measures.ts';
export { normaliseName } from './kpi/names.ts';
export { kpiProjection } from './kpi/projection.ts';
export { emptyKpiState, type KpiState } from './kpi/state.ts';
export type { ProjectedEvent, Projection } from './projection.ts';
