import {
  type AppendOptions,
  type AppendResult,
  DuplicateEventIdError,
  type EventStore,
  InvalidEventError,
  type NewEvent,
  type PagesAhead,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  StoreClosedError,
  type StreamWrite,
  type SubscribeOptions,
  type Subscription,
  WrongExpectedRevisionError,
} from '../../store/port.ts';
import type { OpsMetrics } from './ops-metrics.ts';

const reasonOf = (error: unknown): string =>
  error instanceof WrongExpectedRevisionError
    ? 'conflict'
    : error instanceof InvalidEventError
      ? 'invalid'
      : error instanceof DuplicateEventIdError
        ? 'duplicate_id'
        : error instanceof StoreClosedError
          ? 'closed'
          : 'error';

/**
 * The store with its appends counted and timed. Reads pass straight through. Wrap the store once
 * where it is opened, so every writer (forms, API, imports, demo data) is counted.
 *
 * The port's optional capabilities are offered exactly when the wrapped store offers them: a
 * replay asks `readAllPages` whether it may read ahead in reader threads, so a wrapper that hid
 * it would make every start of the service fold on one thread.
 */
export class InstrumentedEventStore implements EventStore {
  readonly #store: EventStore;
  readonly #metrics: OpsMetrics;
  readonly readAllPages?: (options: ReadAllOptions & { readonly maxCount: number }) => PagesAhead;

  constructor(store: EventStore, metrics: OpsMetrics) {
    this.#store = store;
    this.#metrics = metrics;
    const pages = store.readAllPages;
    if (pages !== undefined) this.readAllPages = (options) => pages.call(store, options);
  }

  append(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult> {
    return this.#timed(events, () => this.#store.append(streamId, events, options));
  }

  appendMany(writes: readonly StreamWrite[]): Promise<AppendResult[]> {
    return this.#timed(
      writes.flatMap((w) => w.events ?? []),
      () => this.#store.appendMany(writes),
    );
  }

  async #timed<T>(events: readonly NewEvent[], append: () => Promise<T>): Promise<T> {
    const stop = this.#metrics.appendDuration.startTimer();
    try {
      const result = await append();
      stop({ outcome: 'ok' });
      // Counted per type; an idempotent replay is counted again (the store cannot tell us it was one).
      const byType = new Map<string, number>();
      for (const event of events) byType.set(event.type, (byType.get(event.type) ?? 0) + 1);
      for (const [type, n] of byType) this.#metrics.eventsAppended.inc({ type }, n);
      return result;
    } catch (error) {
      const reason = reasonOf(error);
      stop({ outcome: reason });
      this.#metrics.appendFailures.inc({ reason });
      throw error;
    }
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.#store.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.#store.readAll(options);
  }

  subscribeToAll(options?: SubscribeOptions): Subscription {
    return this.#store.subscribeToAll(options);
  }

  headPosition(): Promise<number> {
    return this.#store.headPosition();
  }

  close(): Promise<void> {
    return this.#store.close();
  }
}

export const instrumentStore = (store: EventStore, metrics: OpsMetrics): EventStore =>
  new InstrumentedEventStore(store, metrics);
