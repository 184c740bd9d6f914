import type { ChartSpec } from '@kpi/schema';

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

export interface SavedChartsState {
  /** Every chart ever saved, deleted ones included (marked), by id. */
  readonly charts: Map<string, SavedChartView>;
  /** Each analyst's latest board order, by owner. */
  readonly boards: Map<string, readonly string[]>;
}

export const emptySavedChartsState = (): SavedChartsState => ({ charts: new Map(), boards: new Map() });
