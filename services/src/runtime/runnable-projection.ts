import type { RecordedEvent } from '../store/port.ts';
import type { SnapshotCodec } from './snapshot-file.ts';

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
  /**
   * Optional: the same fold a page at a time, for replays. A page is the encoded input of a run of
   * events (by `encode` here, or by `encodePage` of the module at `encoderUrl` in the store's
   * reader thread, transferred); each row is then applied in order. It must give the state
   * `evolve` gives event by event (the projection's tests hold it to that).
   */
  readonly pages?: PagedFold<S>;
}

/** What a page encoder reads of an event: of its metadata, only when it was recorded. */
export type EncodableEvent = Pick<RecordedEvent, 'type' | 'position' | 'data'> & {
  readonly metadata: Pick<RecordedEvent['metadata'], 'recordedAt'>;
};

export interface PagedFold<S, P = unknown> {
  readonly encoderUrl: string;
  encode(events: readonly EncodableEvent[]): P;
  size(page: P): number;
  positionAt(page: P, row: number): number;
  typeAt(page: P, row: number): string;
  apply(state: S, page: P, row: number): S;
}

/** A projection as registered with the runtime, with how its state is snapshotted, if at all. */
export interface ProjectionRegistration<S> {
  readonly projection: FoldingProjection<S>;
  /**
   * Present: the state is saved with its checkpoint and a restart resumes from it. Absent: every
   * start rebuilds from the beginning of the log (always correct, only slower).
   */
  readonly snapshot?: { readonly version: number | string; readonly codec?: SnapshotCodec<S> };
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
