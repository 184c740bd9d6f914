import type { LiveReadModel, SavedChartsState } from '@kpi/projections';
import type { EventStore } from '../store/port.ts';
import { SavedCharts } from './saved-charts.ts';

/** What saved charts need of the running app: the store, the time, and the runtime's read model. */
export interface SavedChartsServices {
  readonly store: EventStore;
  readonly clock: () => Date;
  readonly projections?: { readonly runtime: { live(key: 'charts'): LiveReadModel<SavedChartsState> } };
}

const instances = new WeakMap<object, SavedCharts>();

/**
 * The saved charts of a running app: one per projection runtime, made on first use, so the API
 * needs no extra wiring. Without a runtime there is no read model to list charts from.
 */
export const savedChartsFor = (services: SavedChartsServices): SavedCharts => {
  const projections = services.projections;
  if (!projections) throw new Error('saved charts are read from the projection runtime, and none runs');
  let charts = instances.get(projections);
  if (!charts) {
    charts = new SavedCharts({
      store: services.store,
      clock: services.clock,
      charts: projections.runtime.live('charts'),
    });
    instances.set(projections, charts);
  }
  return charts;
};
