import type { EventMetadata, FieldIssue } from '@kpi/schema';

/**
 * The event store port. Two adapters implement it (embedded SQLite, EventStoreDB) and one
 * conformance suite holds them to it. Global order is the store's own position; a projection's
 * checkpoint is such a position.
 *
 * Positions and revisions are plain numbers: SQLite's are row ids, EventStoreDB's commit
 * positions are byte offsets in its log, both far below 2^53.
 */

/** Expected revision of a stream before an append: the optimistic-concurrency guard. */
export type ExpectedRevision =
  | 'any'
  /** the stream must not exist yet */
  | 'no_stream'
  /** the stream must have at least one event */
  | 'stream_exists'
  /** the revision (0-based index) of the stream's last event */
  | number;

/** An event to append. Its id makes appends idempotent: an id seen before is not stored twice. */
export interface NewEvent {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent {
  readonly id: string;
  readonly streamId: string;
  readonly type: string;
  /** 0-based index within its stream. */
  readonly revision: number;
  /** Global position in the store's log; strictly increasing in log order. */
  readonly position: number;
  /** Upcast to the current schema version of its type. */
  readonly data: unknown;
  /** As written: its `schemaVersion` is the version the data was stored under. */
  readonly metadata: EventMetadata;
}

export interface AppendResult {
  /** Revision of the stream's last event after the append: pass it as the next expected revision. */
  readonly nextExpectedRevision: number;
  /** Global position of the last event appended. */
  readonly position: number;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive; defaults to the start (forwards) or the end (backwards). */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events after this position. 0 (the default) reads from the start. */
  readonly after?: number;
  readonly maxCount?: number;
  /**
   * Only events of these types (`maxCount` counts those). A short page therefore says nothing of
   * the positions of other events after its last one: a reader that needs its checkpoint at the
   * head reads `headPosition()` before the page.
   */
  readonly eventTypes?: readonly string[];
}

export interface SubscribeOptions {
  /** Exclusive checkpoint: deliver events after this position. 0 delivers from the start. */
  readonly after?: number;
  /** Deliver only these event types (the checkpoint still moves past the others). */
  readonly eventTypes?: readonly string[];
}

/**
 * Catches up from the checkpoint, then follows live: every event after the checkpoint exactly
 * once, in position order, with no gap even while appends race the subscription.
 */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  /** Ends the iteration; pending `next()` calls resolve as done. */
  close(): Promise<void>;
}

/** One stream's part of a multi-stream append. */
export interface StreamWrite {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expectedRevision?: ExpectedRevision;
}

/** How a single-stream append is checked. */
export interface AppendOptions {
  readonly expectedRevision?: ExpectedRevision;
  /**
   * Set only by the command path, whose `prepare.ts` parsed each event's data with its type's
   * schema before deciding (every domain decider records the parsed command data as it is): the
   * port then skips that one check, so a submission is validated once. Ids, metadata, the size
   * limit, the stream and the expected revision are still checked here, for every writer.
   */
  readonly dataChecked?: boolean;
}

export interface EventStore {
  append(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  /**
   * Appends to several streams, checking every expected revision first. The embedded store
   * commits all or nothing in one transaction. EventStoreDB has no multi-stream transaction in
   * this client: it appends stream by stream, so a failure part-way leaves the earlier streams
   * written; because appends are idempotent by event id, retrying the same writes completes the
   * rest without duplicating anything. Callers derive event ids deterministically for that reason.
   *
   * The command path does not use it: a submission, and each chunk of an import, is one `append`
   * to its reporting unit's stream. Only the log copier (`kpi migrate`, `migrate-layout`), the
   * demo writer's batched flush on the embedded store and the accounts' own write path (a user
   * and the username it reserves) append to several streams at once.
   */
  appendMany(writes: readonly StreamWrite[]): Promise<AppendResult[]>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /**
   * Optional: what successive `readAll` calls of `maxCount` events would return, page by page
   * until the first shorter page (possibly empty), read ahead of the caller where the store can
   * (the embedded store reads the next page in a worker thread while the caller works).
   */
  readAllPages?(options: ReadAllOptions & { readonly maxCount: number }): PagesAhead;
  subscribeToAll(options?: SubscribeOptions): Subscription;
  /** Position of the last event in the log (0 when empty): the head a projection's lag is measured to. */
  headPosition(): Promise<number>;
  close(): Promise<void>;
}

/** The stream's revision did not match the expected one: someone else appended meanwhile. */
export class WrongExpectedRevisionError extends Error {
  readonly streamId: string;
  readonly expected: ExpectedRevision;
  /** The stream's actual last revision, or 'no_stream'. */
  readonly actual: number | 'no_stream';
  constructor(streamId: string, expected: ExpectedRevision, actual: number | 'no_stream') {
    super(`stream ${streamId}: expected revision ${String(expected)}, but it is at ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
    this.streamId = streamId;
    this.expected = expected;
    this.actual = actual;
  }
}

/** An event was refused before anything was written; `issues` name the event and field. */
export class InvalidEventError extends Error {
  readonly issues: readonly FieldIssue[];
  constructor(issues: readonly FieldIssue[]) {
    super(`invalid event: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'InvalidEventError';
    this.issues = issues;
  }
}

/** An event id was reused for different content, or appended to another stream. */
export class DuplicateEventIdError extends Error {
  readonly eventId: string;
  constructor(eventId: string) {
    super(`event id ${eventId} was already used for a different event`);
    this.name = 'DuplicateEventIdError';
    this.eventId = eventId;
  }
}

export class StoreClosedError extends Error {
  constructor() {
    super('the event store is closed');
    this.name = 'StoreClosedError';
  }
}

/**
 * Pages of the log read ahead. A store may also offer `encodedAhead`: for a fold that needs only
 * its projection's input, not the events, the same log read, parsed and encoded by the
 * projection's own encoder in reader threads, so that the fold's thread only applies it.
 */
export interface PagesAhead extends AsyncIterable<RecordedEvent[]> {
  encodedAhead?<P>(options: EncodeAheadOptions): AsyncIterable<EncodedWindow<P>>;
}

export interface EncodeAheadOptions {
  /** Module whose `encodePage(events) => { page, transfer }` the reader threads run on each window. */
  readonly encoderUrl: string;
  /** The last position to read: the head when the replay began. */
  readonly until: number;
  /** Positions per window, each encoded into one page (default 2,000). */
  readonly window?: number;
  /** Reader threads, taking windows in turn (default 2). */
  readonly threads?: number;
}

/** One window of the log as its projection's encoded input, and the last position it covers. */
export interface EncodedWindow<P> {
  readonly page: P;
  readonly through: number;
}
