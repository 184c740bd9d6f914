import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import {
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  StoreClosedError,
  type StreamWrite,
  type SubscribeOptions,
  type Subscription,
  WrongExpectedRevisionError,
} from '../port.ts';
import { type PreparedEvent, prepareAppend, prepareStreamWrites } from '../validate-new-events.ts';
import { EsdbSubscription } from './esdb-subscription.ts';
import {
  fromEsdbPosition,
  fromEsdbRevision,
  isDomainEvent,
  toEsdbExpectedRevision,
  toEventData,
  toReadPosition,
  toRecordedEvent,
} from './map-esdb.ts';
import { lastRevision, readEsdbStream } from './read-esdb-stream.ts';
import { findStoredBatch } from './stored-batch.ts';

/** The production store: EventStoreDB (or KurrentDB) through its gRPC client. */
export class EsdbEventStore implements EventStore {
  readonly #client: EventStoreDBClient;
  readonly #subscriptions = new Set<EsdbSubscription>();
  #closed = false;

  private constructor(client: EventStoreDBClient) {
    this.#client = client;
  }

  /** Connects with a connection string such as `esdb://localhost:2113?tls=false`. */
  static connect(connectionString: string): EsdbEventStore {
    return new EsdbEventStore(EventStoreDBClient.connectionString(connectionString));
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    options?: AppendOptions,
  ): Promise<AppendResult> {
    this.#assertOpen();
    const expected = options?.expectedRevision ?? 'any';
    return this.#append(streamId, prepareAppend(streamId, events, expected, options?.dataChecked), expected);
  }

  /**
   * Checks every write (idempotent replay or expected revision) before writing any, then appends
   * stream by stream: EventStoreDB has no multi-stream transaction. A failure part-way leaves the
   * earlier streams written; retrying the same writes completes the rest (appends are idempotent).
   */
  async appendMany(writes: readonly StreamWrite[]): Promise<AppendResult[]> {
    this.#assertOpen();
    const prepared = prepareStreamWrites(writes);
    for (const [k, write] of writes.entries()) {
      const expected = write.expectedRevision ?? 'any';
      if (expected === 'any' || (await findStoredBatch(this.#client, write.streamId, prepared[k]!))) continue;
      const current = await lastRevision(this.#client, write.streamId);
      const holds =
        (expected === 'no_stream' && current === null) ||
        (expected === 'stream_exists' && current !== null) ||
        expected === current;
      if (!holds) throw new WrongExpectedRevisionError(write.streamId, expected, current ?? 'no_stream');
    }
    const results: AppendResult[] = [];
    for (const [k, write] of writes.entries()) {
      results.push(await this.#append(write.streamId, prepared[k]!, write.expectedRevision ?? 'any'));
    }
    return results;
  }

  async #append(
    streamId: string,
    events: readonly PreparedEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    // With `any` or `stream_exists` the server cannot tell a retry from a new append: look first.
    if (expected === 'any' || expected === 'stream_exists') {
      const replayed = await findStoredBatch(this.#client, streamId, events);
      if (replayed) return replayed;
    }
    try {
      const result = await this.#client.appendToStream(streamId, events.map(toEventData), {
        expectedRevision: toEsdbExpectedRevision(expected),
      });
      const position = fromEsdbPosition(result.position);
      const nextExpectedRevision = Number(result.nextExpectedRevision);
      // A deduplicated retry may come back without a position: take the stored batch's answer.
      if (position < 0)
        return (await findStoredBatch(this.#client, streamId, events)) ?? { nextExpectedRevision, position };
      return { nextExpectedRevision, position };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      // A retry of a batch that was stored: answer as the first time.
      const replayed = await findStoredBatch(this.#client, streamId, events);
      if (replayed) return replayed;
      throw new WrongExpectedRevisionError(streamId, expected, fromEsdbRevision(error.actualVersion));
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.#assertOpen();
    return (await readEsdbStream(this.#client, streamId, options)).map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.#assertOpen();
    const after = options.after ?? 0;
    const maxCount = options.maxCount ?? Number.POSITIVE_INFINITY;
    const types = options.eventTypes ? new Set(options.eventTypes) : null;
    const events: RecordedEvent[] = [];
    if (maxCount <= 0) return events;
    // The start position is inclusive for reads: the event at `after` is skipped below.
    for await (const resolved of this.#client.readAll({
      direction: FORWARDS,
      fromPosition: toReadPosition(after),
    })) {
      if (!isDomainEvent(resolved)) continue;
      if (types && !types.has(resolved.event!.type)) continue;
      const event = toRecordedEvent(resolved);
      if (event.position <= after) continue;
      events.push(event);
      if (events.length >= maxCount) break;
    }
    return events;
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    this.#assertOpen();
    const subscription = new EsdbSubscription(
      this.#client,
      { after: options.after ?? 0, eventTypes: options.eventTypes },
      (s) => this.#subscriptions.delete(s),
    );
    this.#subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<number> {
    this.#assertOpen();
    for await (const resolved of this.#client.readAll({ direction: BACKWARDS, fromPosition: END })) {
      if (isDomainEvent(resolved)) return fromEsdbPosition(resolved.event!.position);
    }
    return 0;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all([...this.#subscriptions].map((s) => s.close()));
    await this.#client.dispose();
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreClosedError();
  }
}
