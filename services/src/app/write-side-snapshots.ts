import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { boundaryCodec, type StoredBoundary } from '../commands/boundary-file.ts';
import { SavedBoundaries } from '../commands/saved-boundaries.ts';
import { SnapshotFile } from '../runtime/snapshot-file.ts';
import { sourceFingerprint } from '../runtime/source-fingerprint.ts';
import type { EventStore } from '../store/port.ts';

// A unit's saved state is valid only for the code that folded it: the deciders' evolve functions
// (commands/) and the events they read (schema/). A change to either folds the units from their
// start again, instead of trusting a state the new code would not have produced.
const writeSideVersion = `${sourceFingerprint(fileURLToPath(new URL('../commands/boundary-state.ts', import.meta.url)))}.${sourceFingerprint(createRequire(import.meta.url).resolve('@kpi/schema'))}`;

/** Where the service keeps its write side's unit states, under its data directory. */
export const writeSideDirectoryIn = (dataDirectory: string): string => join(dataDirectory, 'write-side');

/**
 * The write side's unit states of `store`, saved as snapshot files (one per unit's stream) in
 * `directory`, so a start reads only the events after them.
 */
export const writeSideSnapshots = (
  store: EventStore,
  directory: string,
  clock: () => Date,
  intervalMs?: number,
): SavedBoundaries =>
  new SavedBoundaries(store, {
    fileOf: (streamId) =>
      new SnapshotFile<StoredBoundary>(directory, streamId, writeSideVersion, boundaryCodec),
    clock,
    ...(intervalMs === undefined ? {} : { intervalMs }),
  });
