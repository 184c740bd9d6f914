import type { DomainEvent } from '@kpi/schema';
import type { EventStore, RecordedEvent } from '../store/port.ts';
import { AggregateStates, subjectOf } from './aggregate-states.ts';

/** Where a submission's primary event sits: its revision in the stream and its subject's version then. */
export interface StoredSubmission {
  readonly revision: number;
  readonly version: number;
}

// Pages of a catch-up: a unit written for ten years holds ~200k events, read once after a start.
const PAGE = 5_000;

/**
 * What the write side keeps of one consistency boundary (a reporting unit's stream, or a
 * target's): the folded aggregates, the stream's revision, and where each submission's primary
 * event sits, for idempotency. It is caught up with the events after its revision before every
 * decision, so a submission reads only what others appended since, never the unit's history.
 */
export class BoundaryState {
  readonly streamId: string;
  readonly states = new AggregateStates();
  /** By the primary event's id (derived from the submission id). */
  readonly #submissions = new Map<string, StoredSubmission>();
  #revision: number | null = null;
  /** The catch-up under way: another waits for it, then reads only what followed. */
  #catchingUp: Promise<void> | null = null;

  constructor(streamId: string) {
    this.streamId = streamId;
  }

  /** Revision of the stream's last event known here, or null while it has none. */
  get revision(): number | null {
    return this.#revision;
  }

  submission(primaryEventId: string): StoredSubmission | undefined {
    return this.#submissions.get(primaryEventId);
  }

  /** Reads and folds what was appended after the known revision, by anyone. */
  async catchUp(store: EventStore, breathe?: () => Promise<void> | undefined): Promise<void> {
    // A submission arriving while the unit is warmed after a start waits for the warm-up instead
    // of reading the same history beside it.
    while (this.#catchingUp) await this.#catchingUp;
    this.#catchingUp = this.#readNew(store, breathe);
    try {
      await this.#catchingUp;
    } finally {
      this.#catchingUp = null;
    }
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
  }

  #fold(event: RecordedEvent): void {
    const domainEvent = event as unknown as DomainEvent;
    this.states.apply(domainEvent);
    this.#revision = event.revision;
    const subject = subjectOf(domainEvent);
    const version = subject === null ? 0 : (this.states.versionOf(subject) ?? 0);
    this.#submissions.set(event.id, { revision: event.revision, version });
  }
}

/**
 * The kept boundaries, per store (a test's fresh store starts empty) and per process: replicas
 * each keep their own and meet at the store's expected-revision check.
 */
const kept = new WeakMap<object, Map<string, BoundaryState>>();

export const boundaryState = (store: EventStore, streamId: string): BoundaryState => {
  let byStream = kept.get(store);
  if (!byStream) {
    byStream = new Map();
    kept.set(store, byStream);
  }
  let state = byStream.get(streamId);
  if (!state) {
    state = new BoundaryState(streamId);
    byStream.set(streamId, state);
  }
  return state;
};
