import { CHART_EVENT_TYPES } from '@kpi/schema';
import type { EventStore } from '../store/port.ts';
import { evolveChart, type SavedChartView } from './chart-state.ts';

const PAGE = 5_000;
const chartTypes = new Set<string>(CHART_EVENT_TYPES);

/**
 * Every saved chart, kept in memory and brought up to date from the log before each read: the
 * read sees every chart saved before it, by this process or another replica, without waiting on
 * a subscription. The first read scans the log once; later reads scan only what was appended since.
 */
export class ChartCatalog {
  readonly #store: EventStore;
  readonly #charts = new Map<string, SavedChartView>();
  #position = 0;
  #refreshing: Promise<void> | null = null;

  constructor(store: EventStore) {
    this.#store = store;
  }

  /** The charts an analyst owns and has not deleted, most recently changed first. */
  async ownedBy(owner: string): Promise<SavedChartView[]> {
    await this.refresh();
    return [...this.#charts.values()]
      .filter((c) => c.owner === owner && !c.deleted)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name));
  }

  /** Concurrent callers share one scan, then each starts another if the log moved meanwhile. */
  async refresh(): Promise<void> {
    while (this.#refreshing) await this.#refreshing;
    this.#refreshing = this.#scan().finally(() => {
      this.#refreshing = null;
    });
    await this.#refreshing;
  }

  async #scan(): Promise<void> {
    for (;;) {
      const page = await this.#store.readAll({ after: this.#position, maxCount: PAGE });
      if (page.length === 0) return;
      for (const event of page) {
        if (!chartTypes.has(event.type) || event.type === 'BoardArranged') continue;
        const chartId = (event.data as { chartId: string }).chartId;
        const next = evolveChart(this.#charts.get(chartId) ?? null, event);
        if (next) this.#charts.set(chartId, next);
      }
      this.#position = page.at(-1)!.position;
    }
  }
}
