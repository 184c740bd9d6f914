import type { SavedChartsState, SavedChartView } from './state.ts';

/** A chart that exists and was not deleted; chart ids are lower-case UUIDs, looked up as such. */
export const savedChart = (state: SavedChartsState, chartId: string): SavedChartView | null => {
  const chart = state.charts.get(chartId.toLowerCase());
  return chart && !chart.deleted ? chart : null;
};

/** The charts an analyst owns and has not deleted, most recently changed first. */
export const chartsOwnedBy = (state: SavedChartsState, owner: string): SavedChartView[] =>
  [...state.charts.values()]
    .filter((c) => c.owner === owner && !c.deleted)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name));

/** The analyst's board in order; charts deleted since it was arranged drop out. */
export const boardOf = (state: SavedChartsState, owner: string): SavedChartView[] =>
  (state.boards.get(owner) ?? []).flatMap((id) => {
    const chart = savedChart(state, id);
    return chart ? [chart] : [];
  });
