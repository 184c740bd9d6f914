import type { Projection } from '../projection.ts';
import { evolveKpi, KPI_EVENT_TYPES } from './evolve.ts';
import { emptyKpiState, type KpiState } from './state.ts';

/**
 * The KPI read model. Its fold updates the state in place and returns it; it reads no clock and
 * no random source, so the same events always give the same state.
 */
export const kpiProjection: Projection<KpiState> = {
  name: 'kpi',
  canHandle: KPI_EVENT_TYPES,
  initialState: emptyKpiState,
  evolve: evolveKpi,
};
