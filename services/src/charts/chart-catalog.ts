import { CHART_EVENT_TYPES } from '@kpi/schema';
import type { EventStore } from '../store/port.ts';
import { evolveChart, type SavedChartView } from './chart-state.ts';

const PAGE = 5_000;
/** A board's arrangement is not a chart's: the catalogue reads the other chart events. */
const SCANNED = CHART_EVENT_TYPES.filter((type) => type !== 'BoardArranged');
const scanned = new Set<string>(SCANNED);

/**
 * Every saved chart, kept in memory and brought up to date from the log before each read: the
 * read sees every chart saved before it, by this process or another replica, without waiting on
 * a subscription. The first read reads the log's chart events once; later reads only what was appended since.
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

  /** Reads only chart events; the head read first is how far the log was seen, whatever its types. */
  async #scan(): Promise<void> {
    const head = await this.#store.headPosition();
    for (;;) {
      const page = await this.#store.readAll({ after: this.#position, maxCount: PAGE, eventTypes: SCANNED });
      for (const event of page) {
        if (!scanned.has(event.type)) continue;
        const chartId = (event.data as { chartId: string }).chartId;
        const next = evolveChart(this.#charts.get(chartId) ?? null, event);
        if (next) this.#charts.set(chartId, next);
      }
      if (page.length > 0) this.#position = page.at(-1)!.position;
      if (page.length < PAGE) break;
    }
    this.#position = Math.max(this.#position, head);
  }
}
