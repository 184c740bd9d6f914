import { CHART_EVENT_TYPES } from '@kpi/schema';
import type { Projection, StreamEvent } from '../projection.ts';
import { evolveChart } from './evolve-chart.ts';
import { emptySavedChartsState, type SavedChartsState } from './state.ts';

/** Folds chart and board events into every saved chart and every analyst's board, in place. */
export const evolveSavedCharts = (state: SavedChartsState, event: StreamEvent): SavedChartsState => {
  if (event.type === 'BoardArranged') {
    const data = event.data as { owner: string; chartIds: readonly string[] };
    state.boards.set(data.owner, data.chartIds);
    return state;
  }
  const chartId = (event.data as { chartId: string }).chartId;
  const next = evolveChart(state.charts.get(chartId) ?? null, event);
  if (next) state.charts.set(chartId, next);
  return state;
};

/** The analysts' saved charts and boards, as the API lists them. */
export const savedChartsProjection: Projection<SavedChartsState, StreamEvent> = {
  name: 'saved-charts',
  canHandle: CHART_EVENT_TYPES,
  initialState: emptySavedChartsState,
  evolve: evolveSavedCharts,
};
