/**
 * The contract between projections and the runtime that feeds them.
 *
 * A projection is a pure fold: `evolve(state, event)` reads nothing but its arguments (no clock,
 * file, socket or random source), so the same events in the same order always give the same
 * state, and a read model can be rebuilt from the log at any time. For speed over millions of
 * events `evolve` may update the state it owns in place and return it; callers must treat the
 * state passed in as consumed. States are plain data (objects, arrays, typed arrays, Maps), so
 * they survive structured cloning (snapshots).
 */

/** What a projection reads of a stored event; the store's RecordedEvent satisfies it structurally. */
export interface ProjectedEvent {
  readonly id: string;
  readonly streamId: string;
  readonly type: string;
  /** Global position in the log; strictly increasing in log order. */
  readonly position: number;
  /** Upcast to the current schema version of its type. */
  readonly data: unknown;
  readonly metadata: {
    /** When the store accepted the event: the axis `asOf` cuts on. */
    readonly recordedAt: string;
    readonly submittedBy: string;
    readonly region: string | null;
    readonly submissionId: string;
    readonly correlationId: string;
    readonly channel: string;
  };
}

/**
 * An event with its place in its own stream. Read models that hand out the revision a writer
 * passes back as the expected revision of its next change (an account, a saved chart) fold these.
 */
export interface StreamEvent extends ProjectedEvent {
  /** 0-based index of the event within its stream. */
  readonly revision: number;
}

export interface Projection<S, E extends ProjectedEvent = ProjectedEvent> {
  readonly name: string;
  /** Event types the fold reads; the runner may skip every other type. */
  readonly canHandle: readonly string[];
  initialState(): S;
  /** Deterministic and replayable: same events in the same order give the same state. */
  evolve(state: S, event: E): S;
}

/**
 * A projection's read model as the runtime keeps it, for code that must read its own writes: it
 * appends, then waits for the position the store answered before reading.
 */
export interface LiveReadModel<S> {
  /** The state and the log position it reflects. */
  current(): { readonly state: S; readonly position: number };
  /**
   * Resolves once the read model has applied the log up to `position`, which must be the position
   * of an event this projection handles; rejects with an error naming the read model and the
   * position when that takes longer than the runtime allows, or when the projection has failed.
   */
  waitFor(position: number): Promise<void>;
}

/** What a page encoder reads of an event: of its metadata, only when it was recorded. */
export type EncodableEvent = Pick<ProjectedEvent, 'type' | 'position' | 'data'> & {
  readonly metadata: Pick<ProjectedEvent['metadata'], 'recordedAt'>;
};

/**
 * Optional, for replays: the same fold a page at a time. A page is the encoded input of a run of
 * events; each row is then applied in order, and the result must equal `evolve` event by event
 * (the projection's tests hold it to that).
 */
export interface PagedFold<S, P = unknown> {
  /** The one encoder: events into a page, with the buffers a thread may transfer instead of copying. */
  encodePage(events: readonly EncodableEvent[]): { page: P; transfer: ArrayBuffer[] };
  /**
   * The URL of the module `encodePage` is imported from: a replay may encode in the store's
   * reader threads, which are handed a module to load, not a function. Name it beside the fold as
   * `new URL('./<module>.ts', import.meta.url).href`, so the import graph (and the architecture
   * test) sees the arrow as it sees an import statement.
   */
  readonly encoderUrl: string;
  size(page: P): number;
  positionAt(page: P, row: number): number;
  typeAt(page: P, row: number): string;
  apply(state: S, page: P, row: number): S;
}
