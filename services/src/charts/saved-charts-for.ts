import type { EventStore } from '../store/port.ts';
import { SavedCharts } from './saved-charts.ts';

const instances = new WeakMap<EventStore, SavedCharts>();

/**
 * The saved charts of a running app: one per store, made on first use, so the API needs no
 * extra wiring and the in-memory catalog of charts is shared by every request on that store.
 */
export const savedChartsFor = (services: {
  readonly store: EventStore;
  readonly clock: () => Date;
}): SavedCharts => {
  let charts = instances.get(services.store);
  if (!charts) {
    charts = new SavedCharts({ store: services.store, clock: services.clock });
    instances.set(services.store, charts);
  }
  return charts;
};
