import {
  KPI_NAMES,
  type KpiName,
  type KpiState,
  kpiEngine,
  type OutcomeMeasure,
  type OutcomesState,
  outcomesChangedBy,
} from '@kpi/projections';
import { REGION_CODES } from '@kpi/schema';
import type { AppliedBatch } from './applied-batches.ts';
import { CoalescingQueue } from './coalescing-queue.ts';
import type { ReadModel } from './projection-runtime.ts';

/** A number a dashboard follows: a KPI, or an outcome measure (receptions, perception). */
export type LiveMeasure = KpiName | OutcomeMeasure;

/** Which of a dashboard's numbers changed, and the log position the read model now reflects. */
export interface KpiChange {
  readonly kpis: readonly LiveMeasure[];
  /** Regions whose numbers changed; the country's totals change with any of them. */
  readonly regions: readonly string[];
  readonly position: number;
  /** The read model was rebuilt: every number may have changed. */
  readonly reset: boolean;
}

export interface KpiChangeFilter {
  /** Only changes touching these regions, reported for these regions only; all when absent. */
  readonly regions?: readonly string[] | null;
  /** Only changes to these KPIs (or outcome measures); all when absent. */
  readonly kpis?: readonly LiveMeasure[] | null;
}

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

const merge = (older: KpiChange, newer: KpiChange): KpiChange => ({
  kpis: union(older.kpis, newer.kpis),
  regions: union(older.regions, newer.regions),
  position: Math.max(older.position, newer.position),
  reset: older.reset || newer.reset,
});

/** The change a batch of applied events makes, as the KPI engine's `changedBy` tells it. */
export const changeOf = (batch: AppliedBatch, state: KpiState): KpiChange | null => {
  if (batch.reset) return { kpis: KPI_NAMES, regions: REGION_CODES, position: batch.position, reset: true };
  const kpis = new Set<KpiName>();
  const regions = new Set<string>();
  for (const event of batch.events) {
    const changed = kpiEngine.changedBy(event, state);
    for (const kpi of changed.kpis) kpis.add(kpi);
    for (const region of changed.regions) regions.add(region);
  }
  if (kpis.size === 0) return null;
  return { kpis: [...kpis], regions: [...regions], position: batch.position, reset: false };
};

/** The change a batch of the outcomes projection makes: surveys and receptions, by their unit. */
export const outcomeChangeOf = (batch: AppliedBatch, state: OutcomesState): KpiChange | null => {
  if (batch.reset) return null;
  const measures = new Set<OutcomeMeasure>();
  const regions = new Set<string>();
  for (const event of batch.events) {
    const changed = outcomesChangedBy(event, state);
    for (const measure of changed.measures) measures.add(measure);
    for (const unit of changed.units) regions.add(unit);
  }
  if (measures.size === 0) return null;
  return { kpis: [...measures], regions: [...regions], position: batch.position, reset: false };
};

/** A change as one subscriber may see it: narrowed to its filter, or null when none of it concerns them. */
export const narrowChange = (change: KpiChange, filter: KpiChangeFilter): KpiChange | null => {
  const regions = filter.regions ? change.regions.filter((r) => filter.regions!.includes(r)) : change.regions;
  const kpis = filter.kpis ? change.kpis.filter((k) => filter.kpis!.includes(k)) : change.kpis;
  if (kpis.length === 0 || (filter.regions && regions.length === 0)) return null;
  return { ...change, kpis, regions };
};

/**
 * Live KPI changes for dashboards: listens to the KPI projection's applied batches (already
 * grouped over a few milliseconds by the runner), and to the outcomes projection's when given
 * (a survey or reception moves no KPI), and hands each subscriber what concerns it.
 */
export class KpiChangeFeed {
  readonly #subscribers = new Set<{ filter: KpiChangeFilter; queue: CoalescingQueue<KpiChange> }>();
  readonly #listeners = new Set<(change: KpiChange) => void>();
  readonly #read: () => ReadModel<KpiState>;

  constructor(
    onApplied: (listener: (batch: AppliedBatch) => void) => () => void,
    read: () => ReadModel<KpiState>,
    projectionName: string,
    outcomes?: { readonly read: () => ReadModel<OutcomesState>; readonly projectionName: string },
  ) {
    this.#read = read;
    onApplied((batch) => {
      const change =
        batch.projection === projectionName
          ? changeOf(batch, this.#read().state)
          : outcomes && batch.projection === outcomes.projectionName
            ? outcomeChangeOf(batch, outcomes.read().state)
            : null;
      if (change) this.#publish(change);
    });
  }

  subscribe(filter: KpiChangeFilter = {}): AsyncIterableIterator<KpiChange> {
    const subscriber = {
      filter,
      queue: new CoalescingQueue<KpiChange>(merge, () => this.#subscribers.delete(subscriber)),
    };
    this.#subscribers.add(subscriber);
    return subscriber.queue;
  }

  /** Every change, unfiltered, as it is published (for measuring and logging). */
  listen(listener: (change: KpiChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get subscriberCount(): number {
    return this.#subscribers.size;
  }

  #publish(change: KpiChange): void {
    for (const listener of this.#listeners) listener(change);
    for (const { filter, queue } of this.#subscribers) {
      const narrowed = narrowChange(change, filter);
      if (narrowed) queue.push(narrowed);
    }
  }
}
