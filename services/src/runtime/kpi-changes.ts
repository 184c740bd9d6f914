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
  /** Regions whose numbers changed (where the work sits); the country's totals change with any of them. */
  readonly regions: readonly string[];
  /**
   * Reporting units whose numbers changed: a region's code for its own work, a central body's code
   * for the body's (wherever it sits). Empty on a reset, which changes every unit.
   */
  readonly units: readonly string[];
  readonly position: number;
  /** The read model was rebuilt: every number may have changed. */
  readonly reset: boolean;
}

export interface KpiChangeFilter {
  /** Only changes touching these regions, reported for these regions only; all when absent. */
  readonly regions?: readonly string[] | null;
  /**
   * Only changes to these reporting units' numbers, and only what those units' own events changed:
   * a unit-bound officer's subscription, which never hears of another unit's work. All when absent.
   */
  readonly units?: readonly string[] | null;
  /** Only changes to these KPIs (or outcome measures); all when absent. */
  readonly kpis?: readonly LiveMeasure[] | null;
}

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

const merge = (older: KpiChange, newer: KpiChange): KpiChange => ({
  kpis: union(older.kpis, newer.kpis),
  regions: union(older.regions, newer.regions),
  units: union(older.units, newer.units),
  position: Math.max(older.position, newer.position),
  reset: older.reset || newer.reset,
});

/** What one event changed, grouped with the others of its unit (key '' when its unit is unknown). */
type Changed = {
  readonly kpis: readonly LiveMeasure[];
  readonly regions: readonly string[];
  readonly units: readonly string[];
};

/**
 * A batch's changes, one per reporting unit, so that a subscriber bound to a unit is told only
 * what that unit's own events changed (a batch may mix several units' work).
 */
const perUnit = (changes: Iterable<Changed>, position: number): KpiChange[] => {
  const byUnit = new Map<
    string,
    { kpis: Set<LiveMeasure>; regions: Set<string>; units: readonly string[] }
  >();
  for (const changed of changes) {
    if (changed.kpis.length === 0) continue;
    const key = changed.units.join(' ');
    const part = byUnit.get(key) ?? { kpis: new Set(), regions: new Set(), units: changed.units };
    for (const kpi of changed.kpis) part.kpis.add(kpi);
    for (const region of changed.regions) part.regions.add(region);
    byUnit.set(key, part);
  }
  return [...byUnit.values()].map((part) => ({
    kpis: [...part.kpis],
    regions: [...part.regions],
    units: part.units,
    position,
    reset: false,
  }));
};

/** The changes a batch of applied events makes, per unit, as the KPI engine's `changedBy` tells it. */
export const changesOf = (batch: AppliedBatch, state: KpiState): KpiChange[] => {
  if (batch.reset)
    return [{ kpis: KPI_NAMES, regions: REGION_CODES, units: [], position: batch.position, reset: true }];
  return perUnit(
    batch.events.map((event) => kpiEngine.changedBy(event, state)),
    batch.position,
  );
};

/** The changes a batch of the outcomes projection makes: surveys and receptions, by their unit. */
export const outcomeChangesOf = (batch: AppliedBatch, state: OutcomesState): KpiChange[] => {
  if (batch.reset) return [];
  return perUnit(
    batch.events.map((event) => {
      const changed = outcomesChangedBy(event, state);
      // An outcome's unit is a region (or the country): where it sits is the unit itself.
      return { kpis: changed.measures, regions: changed.units, units: changed.units };
    }),
    batch.position,
  );
};

/** A change as one subscriber may see it: narrowed to its filter, or null when none of it concerns them. */
export const narrowChange = (change: KpiChange, filter: KpiChangeFilter): KpiChange | null => {
  const regions = filter.regions ? change.regions.filter((r) => filter.regions!.includes(r)) : change.regions;
  const units = !filter.units
    ? change.units
    : change.reset
      ? filter.units
      : change.units.filter((u) => filter.units!.includes(u));
  const kpis = filter.kpis ? change.kpis.filter((k) => filter.kpis!.includes(k)) : change.kpis;
  if (kpis.length === 0 || (filter.regions && regions.length === 0) || (filter.units && units.length === 0))
    return null;
  return { ...change, kpis, regions, units };
};

/** A batch's per-unit changes as one subscriber may see them, in one message; null when none concerns them. */
export const narrowChanges = (changes: readonly KpiChange[], filter: KpiChangeFilter): KpiChange | null => {
  let seen: KpiChange | null = null;
  for (const change of changes) {
    const narrowed = narrowChange(change, filter);
    if (narrowed) seen = seen ? merge(seen, narrowed) : narrowed;
  }
  return seen;
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
      const changes =
        batch.projection === projectionName
          ? changesOf(batch, this.#read().state)
          : outcomes && batch.projection === outcomes.projectionName
            ? outcomeChangesOf(batch, outcomes.read().state)
            : [];
      if (changes.length > 0) this.#publish(changes);
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

  #publish(changes: readonly KpiChange[]): void {
    const whole = narrowChanges(changes, {});
    if (whole) for (const listener of this.#listeners) listener(whole);
    for (const { filter, queue } of this.#subscribers) {
      const narrowed = narrowChanges(changes, filter);
      if (narrowed) queue.push(narrowed);
    }
  }
}
