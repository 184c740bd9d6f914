import { join } from 'node:path';
import type { EventStore } from '../store/port.ts';
import { KpiChangeFeed } from './kpi-changes.ts';
import { ProjectionRuntime } from './projection-runtime.ts';
import { type AppReadModels, registeredProjections } from './registered-projections.ts';

/** The projections the API answers from: their read models, their runtime, and live KPI changes. */
export interface AppProjections {
  readonly runtime: ProjectionRuntime<typeof registeredProjections>;
  readonly readModels: AppReadModels;
  readonly kpiChanges: KpiChangeFeed;
}

export interface CreateProjectionsOptions {
  readonly store: EventStore;
  /** Where snapshots live (e.g. `data/projections`); without one every start folds the whole log. */
  readonly snapshotDirectory?: string;
  readonly clock?: () => Date;
}

/**
 * Builds the registered projections over the store, not yet started: call `runtime.start()`
 * (queries answer once `runtime.whenLive()` resolves; `/health/ready` says so) and
 * `runtime.stop()` on shutdown, which saves the snapshots.
 */
export const createProjections = (options: CreateProjectionsOptions): AppProjections => {
  const runtime = new ProjectionRuntime(registeredProjections, {
    store: options.store,
    ...(options.snapshotDirectory ? { snapshotDirectory: options.snapshotDirectory } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    // A tail this long folds in about a second at the next start; saving the KPI read model at
    // 3.6M events takes 16 s. A shorter one waits for the periodic save or the stop.
    saveAfterCatchUp: 100_000,
  });
  const kpiChanges = new KpiChangeFeed(
    (listener) => runtime.onApplied(listener),
    runtime.readModels.kpi,
    registeredProjections.kpi.projection.name,
    { read: runtime.readModels.outcomes, projectionName: registeredProjections.outcomes.projection.name },
  );
  return { runtime, readModels: runtime.readModels, kpiChanges };
};

/** Where the service keeps its projections' snapshots, under its data directory. */
export const snapshotDirectoryIn = (dataDirectory: string): string => join(dataDirectory, 'projections');
