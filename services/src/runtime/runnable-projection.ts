import type { PagedFold } from '@kpi/projections';
import type { RecordedEvent } from '../store/port.ts';
import type { SnapshotCodec } from './snapshot-file.ts';
import type { PartLimits } from './snapshot-parts.ts';

/**
 * What the runner needs of a projection: a pure fold over the events it can handle. The runner
 * hands it the store's recorded events (type, data, metadata, position) and knows nothing of
 * what the state means.
 */
export interface FoldingProjection<S> {
  readonly name: string;
  readonly canHandle: readonly string[];
  initialState(): S;
  evolve(state: S, event: RecordedEvent): S;
  /** Optional: the same fold a page at a time, for replays (the contract is the projections'). */
  readonly pages?: PagedFold<S>;
}

/** A projection as registered with the runtime, with how its state is snapshotted, if at all. */
export interface ProjectionRegistration<S> {
  readonly projection: FoldingProjection<S>;
  /**
   * Present: the state is saved with its checkpoint and a restart resumes from it. Absent: every
   * start rebuilds from the beginning of the log (always correct, only slower).
   */
  readonly snapshot?: {
    readonly version: number | string;
    readonly codec?: SnapshotCodec<S>;
    /** How the file is cut (snapshot-parts.ts); the defaults suit any state. */
    readonly limits?: PartLimits;
  };
}

/** A projection raised while folding: a bug in the fold, which retrying would only repeat. */
export class ProjectionFault extends Error {
  readonly projection: string;
  readonly position: number;
  constructor(projection: string, event: Pick<RecordedEvent, 'type' | 'position'>, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`projection ${projection} failed on ${event.type} at position ${event.position}: ${reason}`, {
      cause,
    });
    this.name = 'ProjectionFault';
    this.projection = projection;
    this.position = event.position;
  }
}
