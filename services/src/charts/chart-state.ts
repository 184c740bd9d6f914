import type { ChartSpec } from '@kpi/schema';
import type { RecordedEvent } from '../store/port.ts';

/** One saved chart as its stream tells it: the latest name and spec, who owns it, when it changed. */
export interface SavedChartView {
  readonly chartId: string;
  readonly name: string;
  readonly spec: ChartSpec;
  readonly owner: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Revision of the chart's stream: an editor passes it back to detect a concurrent change. */
  readonly revision: number;
  readonly deleted: boolean;
}

interface ChartEventData {
  readonly chartId: string;
  readonly name?: string;
  readonly spec?: ChartSpec;
  readonly owner?: string;
}

/** Folds one event of a chart stream; events of other types leave the chart as it was. */
export const evolveChart = (chart: SavedChartView | null, event: RecordedEvent): SavedChartView | null => {
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

export const foldChart = (events: readonly RecordedEvent[]): SavedChartView | null =>
  events.reduce<SavedChartView | null>(evolveChart, null);

/** The latest board order of one analyst, oldest first in the stream. */
export const foldBoard = (events: readonly RecordedEvent[]): readonly string[] => {
  const last = events.findLast((e) => e.type === 'BoardArranged');
  return last ? (last.data as { chartIds: string[] }).chartIds : [];
};
