import type { DomainEvent } from '@kpi/schema';
import type { EventStore, RecordedEvent } from '../store/port.ts';
import { AggregateStates, subjectOf } from './aggregate-states.ts';
import type { BoundaryFile, BoundaryFiles, SavedBoundary, StoredSubmission } from './boundary-file.ts';

// Pages of a catch-up: a unit written for ten years holds ~200k events, read once after a start.
const PAGE = 5_000;

/**
 * What the write side keeps of one consistency boundary (a reporting unit's stream, or a
 * target's): the folded aggregates, the stream's revision, and where each submission's primary
 * event sits, for idempotency. It is caught up with the events after its revision before every
 * decision, so a submission reads only what others appended since, never the unit's history.
 * With a file, its first catch-up after a start begins from the state saved there.
 */
export class BoundaryState {
  readonly streamId: string;
  #states = new AggregateStates();
  /** By the primary event's id (derived from the submission id). */
  #submissions = new Map<string, StoredSubmission>();
  #revision: number | null = null;
  #lastEventId: string | null = null;
  /** The catch-up under way: another waits for it, then reads only what followed. */
  #catchingUp: Promise<void> | null = null;
  readonly #file: BoundaryFile | null;
  /** Whether the saved state was looked for yet (once, before the first catch-up). */
  #restoreTried = false;
  /** The revision the file holds, when known: an unmoved state is not saved again. */
  #savedRevision: number | null = null;

  constructor(streamId: string, file: BoundaryFile | null = null) {
    this.streamId = streamId;
    this.#file = file;
  }

  get states(): AggregateStates {
    return this.#states;
  }

  /** Revision of the stream's last event known here, or null while it has none. */
  get revision(): number | null {
    return this.#revision;
  }

  submission(primaryEventId: string): StoredSubmission | undefined {
    return this.#submissions.get(primaryEventId);
  }

  /** Reads and folds what was appended after the known revision, by anyone. */
  catchUp(store: EventStore, breathe?: () => Promise<void> | undefined): Promise<void> {
    return this.#alone(async () => {
      await this.#restoreOnce(store);
      await this.#readNew(store, breathe);
    });
  }

  /** Restores the saved state, if any and not done yet, without reading the stream's newer events. */
  restore(store: EventStore): Promise<void> {
    return this.#alone(() => this.#restoreOnce(store));
  }

  async #alone(work: () => Promise<void>): Promise<void> {
    // A submission arriving while the unit is restored or warmed after a start waits for that
    // instead of reading the same history beside it.
    while (this.#catchingUp) await this.#catchingUp;
    this.#catchingUp = work();
    try {
      await this.#catchingUp;
    } finally {
      this.#catchingUp = null;
    }
  }

  async #restoreOnce(store: EventStore): Promise<void> {
    if (this.#restoreTried) return;
    this.#restoreTried = true;
    const saved = await this.#loadSaved(store);
    if (saved !== null) this.#restore(saved);
  }

  /**
   * The saved state, if it is of this stream's history: the stream must hold the saved last event
   * at the saved revision. One past the stream's end, or of another store, is not used, and the
   * stream is folded from its start, as it is without a file.
   */
  async #loadSaved(store: EventStore): Promise<SavedBoundary | null> {
    if (this.#file === null || this.#revision !== null) return null;
    let saved: SavedBoundary | null;
    try {
      saved = await this.#file.load();
    } catch (error) {
      process.emitWarning(`${this.streamId}: the saved write-side state was not read: ${String(error)}`);
      return null;
    }
    if (saved === null) return null;
    const [last] = await store.readStream(this.streamId, { fromRevision: saved.checkpoint, maxCount: 1 });
    return last?.id === saved.state.lastEventId ? saved : null;
  }

  #restore({ checkpoint, state }: SavedBoundary): void {
    this.#states = AggregateStates.restored(state.aggregates);
    this.#submissions = state.submissions as Map<string, StoredSubmission>;
    this.#revision = checkpoint;
    this.#lastEventId = state.lastEventId;
    this.#savedRevision = checkpoint;
  }

  async #readNew(store: EventStore, breathe?: () => Promise<void> | undefined): Promise<void> {
    for (;;) {
      const from = (this.#revision ?? -1) + 1;
      const page = await store.readStream(this.streamId, { fromRevision: from, maxCount: PAGE });
      // Events this process appended and kept meanwhile are not folded twice.
      for (const event of page) if (event.revision === (this.#revision ?? -1) + 1) this.#fold(event);
      if (page.length < PAGE) return;
      const pause = breathe?.();
      if (pause) await pause;
    }
  }

  /**
   * Keeps what a decision appended: its layer of the states, when nothing was folded here since it
   * was decided (else a catch-up already read those events from the store, or will).
   */
  keep(
    decidedAt: number | null,
    layer: AggregateStates,
    appended: readonly { readonly id: string; readonly version: number }[],
  ): void {
    if (this.#revision !== decidedAt) return;
    layer.commit();
    let revision = decidedAt ?? -1;
    for (const { id, version } of appended) this.#submissions.set(id, { revision: ++revision, version });
    this.#revision = revision;
    this.#lastEventId = appended.at(-1)?.id ?? this.#lastEventId;
  }

  /**
   * Saves the state to its file when it moved since it was restored or last saved, by at least
   * `minMoved` events when it has a file already. Not beside another save of the same state (the
   * caller runs one save at a time).
   */
  async save(savedAt: string, minMoved = 1): Promise<boolean> {
    const revision = this.#revision;
    const lastEventId = this.#lastEventId;
    if (this.#file === null || revision === null || lastEventId === null) return false;
    if (revision === this.#savedRevision) return false;
    if (this.#savedRevision !== null && revision - this.#savedRevision < minMoved) return false;
    const state = { aggregates: this.#states.stored(), submissions: this.#submissions, lastEventId };
    await this.#file.save({ checkpoint: revision, state, savedAt });
    this.#savedRevision = revision;
    return true;
  }

  #fold(event: RecordedEvent): void {
    const domainEvent = event as unknown as DomainEvent;
    this.#states.apply(domainEvent);
    this.#revision = event.revision;
    this.#lastEventId = event.id;
    const subject = subjectOf(domainEvent);
    const version = subject === null ? 0 : (this.#states.versionOf(subject) ?? 0);
    this.#submissions.set(event.id, { revision: event.revision, version });
  }
}

/**
 * The kept boundaries, per store (a test's fresh store starts empty) and per process: replicas
 * each keep their own and meet at the store's expected-revision check.
 */
const kept = new WeakMap<object, Map<string, BoundaryState>>();
/** Where the boundaries of a store are saved, when they are. */
const filesOf = new WeakMap<object, BoundaryFiles>();

/** From now on, the boundaries of `store` first kept here restore from, and save to, these files. */
export const saveBoundariesIn = (store: EventStore, files: BoundaryFiles): void => {
  filesOf.set(store, files);
};

/** Every boundary of `store` kept so far. */
export const keptBoundaries = (store: EventStore): Iterable<BoundaryState> => kept.get(store)?.values() ?? [];

export const boundaryState = (store: EventStore, streamId: string): BoundaryState => {
  let byStream = kept.get(store);
  if (!byStream) {
    byStream = new Map();
    kept.set(store, byStream);
  }
  let state = byStream.get(streamId);
  if (!state) {
    state = new BoundaryState(streamId, filesOf.get(store)?.(streamId) ?? null);
    byStream.set(streamId, state);
  }
  return state;
};
