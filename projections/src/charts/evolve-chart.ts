import type { ChartSpec } from '@kpi/schema';
import type { StreamEvent } from '../projection.ts';
import type { SavedChartView } from './state.ts';

interface ChartEventData {
  readonly chartId: string;
  readonly name?: string;
  readonly spec?: ChartSpec;
  readonly owner?: string;
}

/** Folds one event of a chart stream; events of other types leave the chart as it was. */
export const evolveChart = (chart: SavedChartView | null, event: StreamEvent): SavedChartView | null => {
  const data = event.data as ChartEventData;
  const at = event.metadata.recordedAt;
  if (event.type === 'ChartSaved') {
    return {
      chartId: data.chartId,
      name: data.name!,
      spec: data.spec!,
      owner: data.owner!,
      createdAt: at,
      updatedAt: at,
      revision: event.revision,
      deleted: false,
    };
  }
  if (chart === null) return null;
  switch (event.type) {
    case 'ChartRenamed':
      return { ...chart, name: data.name!, updatedAt: at, revision: event.revision };
    case 'ChartUpdated':
      return { ...chart, spec: data.spec!, updatedAt: at, revision: event.revision };
    case 'ChartDeleted':
      return { ...chart, deleted: true, updatedAt: at, revision: event.revision };
    default:
      return chart;
  }
};

/** One chart from its own stream, as a writer reads it before deciding a change. */
export const foldChart = (events: readonly StreamEvent[]): SavedChartView | null =>
  events.reduce<SavedChartView | null>(evolveChart, null);
