import type { StoredAggregates } from './aggregate-states.ts';
import { type MapTable, mapOf, tableOf } from './map-tables.ts';

/** Where a submission's primary event sits: its revision in the stream and its subject's version then. */
export interface StoredSubmission {
  readonly revision: number;
  readonly version: number;
}

/** A boundary's kept state as its snapshot holds it; the snapshot's checkpoint is the stream's revision. */
export interface StoredBoundary {
  readonly aggregates: StoredAggregates;
  /** By the event's id: a resubmission after a restart is still recognised. */
  readonly submissions: ReadonlyMap<string, StoredSubmission>;
  /** The id of the event at the revision: a start checks the stream still holds it there. */
  readonly lastEventId: string;
}

export interface SavedBoundary {
  readonly checkpoint: number;
  readonly state: StoredBoundary;
}

/**
 * Where one boundary's state is saved between starts (the app gives a `SnapshotFile` with
 * `boundaryCodec`). `save` must take its copy of the state before its first await, as
 * `SnapshotFile` does: the state holds the live maps, which the next fold changes.
 */
export interface BoundaryFile {
  /** The saved state, or null when there is none or it was written by other code. */
  load(): Promise<SavedBoundary | null>;
  save(snapshot: SavedBoundary & { readonly savedAt: string }): Promise<void>;
}

/** The file of a boundary's stream, or null for a stream whose state is not saved. */
export type BoundaryFiles = (streamId: string) => BoundaryFile | null;

type Tables<T> = { readonly [K in keyof T]: MapTable };

/** A boundary's state as its file holds it: every map as a table (see map-tables.ts). */
interface EncodedBoundary {
  readonly aggregates: Tables<StoredAggregates>;
  readonly submissions: MapTable;
  readonly lastEventId: string;
}

const tablesOf = (aggregates: StoredAggregates): Tables<StoredAggregates> =>
  Object.fromEntries(
    Object.entries(aggregates as unknown as Record<string, ReadonlyMap<string, unknown>>).map(
      ([name, map]) => [name, tableOf(map)],
    ),
  ) as Tables<StoredAggregates>;

/** The codec of a boundary's file (a `SnapshotCodec`): tables, read back far faster than Maps of objects. */
export const boundaryCodec = {
  serialize: (state: StoredBoundary): EncodedBoundary => ({
    aggregates: tablesOf(state.aggregates),
    submissions: tableOf(state.submissions),
    lastEventId: state.lastEventId,
  }),
  deserialize: (stored: unknown): StoredBoundary => {
    const { aggregates, submissions, lastEventId } = stored as EncodedBoundary;
    return {
      aggregates: Object.fromEntries(
        Object.entries(aggregates).map(([name, table]) => [name, mapOf(table)]),
      ) as unknown as StoredAggregates,
      submissions: mapOf(submissions),
      lastEventId,
    };
  },
};
