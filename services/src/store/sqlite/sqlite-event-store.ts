import type { DatabaseSync, StatementSync } from 'node:sqlite';
import {
  ACCOUNT_EVENT_TYPES,
  ALERT_EVENT_TYPES,
  CHART_EVENT_TYPES,
  REPORT_SCHEDULE_EVENT_TYPES,
  SCHEDULED_REPORT_EVENT_TYPES,
} from '@kpi/schema';
import {
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type PagesAhead,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  StoreClosedError,
  type StreamWrite,
  type SubscribeOptions,
  type Subscription,
} from '../port.ts';
import { prepareAppend, prepareStreamWrites } from '../validate-new-events.ts';
import type { PreparedWrite } from './append-writes.ts';
import { IdIndex } from './id-index.ts';
import { AppendNotifier } from './notifier.ts';
import { type Durability, openDatabase } from './open-database.ts';
import { type Page, PollingSubscription } from './polling-subscription.ts';
import { readAhead } from './read-ahead.ts';
import { rowsToEvents } from './row-to-event.ts';
import {
  type EventRow,
  prepareFilteredPage,
  prepareSparsePage,
  prepareStatements,
  type Statements,
} from './statements.ts';
import { InProcessWriter, ThreadWriter, type Writer } from './writers.ts';

export interface SqliteEventStoreOptions {
  /** The database file (its directory is created), or ':memory:'. */
  readonly path: string;
  readonly durability?: Durability;
  /** How often a live subscription looks for appends made by other processes. */
  readonly pollIntervalMs?: number;
  /** Events per page while a subscription catches up. */
  readonly subscriptionPageSize?: number;
  /**
   * Where appends commit: 'thread' (the default for a file) in a worker thread with its own
   * connection, so a commit never blocks the event loop; 'in-process' on this connection, before
   * the append's promise is even returned (always so for ':memory:', which no thread can share).
   */
  readonly writer?: 'thread' | 'in-process';
  /**
   * Start the writer thread at once (a service that will append): it opens its connection and
   * loads its id index meanwhile, so the first append does not wait for them.
   */
  readonly prepareAppends?: boolean;
  /** Growth of the log after which a closing writer saves its id index in the file (default 10,000). */
  readonly saveIdIndexAfter?: number;
}

const NO_LIMIT = -1;
/**
 * Types a log holds few of (an agency has hundreds of accounts, charts, alert rules and report
 * schedules, millions of risks): a read of only these goes through the index by type instead of
 * over every row. The alert log reads its events from the start of the log at every start: over
 * every row, that took 12 s at 3.6M events.
 */
const SPARSE_TYPES: ReadonlySet<string> = new Set([
  ...ACCOUNT_EVENT_TYPES,
  ...CHART_EVENT_TYPES,
  ...ALERT_EVENT_TYPES,
  ...REPORT_SCHEDULE_EVENT_TYPES,
  ...SCHEDULED_REPORT_EVENT_TYPES,
]);
/** A large append is checked and handed to the writer thread in parts of this many events. */
const PART_SIZE = 250;

/**
 * The embedded event store: one SQLite file in WAL mode. This connection reads; appends are
 * validated here, then committed by a writer (see writers.ts), each in one transaction.
 */
export class SqliteEventStore implements EventStore {
  readonly #db: DatabaseSync;
  readonly #statements: Statements;
  readonly #filteredPage: StatementSync;
  readonly #sparsePage: StatementSync;
  readonly #writer: Writer;
  readonly #notifier = new AppendNotifier();
  readonly #subscriptions = new Set<PollingSubscription>();
  readonly #pollMs: number;
  readonly #pageSize: number;
  readonly #path: string;
  #closed = false;

  constructor(options: SqliteEventStoreOptions) {
    this.#path = options.path;
    this.#db = openDatabase(options.path, options.durability ?? 'full');
    this.#statements = prepareStatements(this.#db);
    this.#filteredPage = prepareFilteredPage(this.#db);
    this.#sparsePage = prepareSparsePage(this.#db);
    const durability = options.durability ?? 'full';
    this.#writer =
      options.path === ':memory:' || options.writer === 'in-process'
        ? new InProcessWriter({ db: this.#db, statements: this.#statements, ids: new IdIndex() })
        : new ThreadWriter({ path: options.path, durability, saveIdIndexAfter: options.saveIdIndexAfter });
    if (options.prepareAppends && this.#writer instanceof ThreadWriter) this.#writer.prepare();
    this.#pollMs = options.pollIntervalMs ?? 150;
    this.#pageSize = options.subscriptionPageSize ?? 1_000;
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    options?: AppendOptions,
  ): Promise<AppendResult> {
    this.#assertOpen();
    const expectedRevision = options?.expectedRevision ?? 'any';
    const dataChecked = options?.dataChecked === true;
    if (this.#writer instanceof ThreadWriter && Array.isArray(events) && events.length >= 2 * PART_SIZE) {
      const results = await this.#writer.writeInParts(
        streamId,
        expectedRevision,
        events,
        PART_SIZE,
        dataChecked,
      );
      this.#notifier.notify();
      return results[0]!;
    }
    const prepared = prepareAppend(streamId, events, expectedRevision, dataChecked);
    return (await this.#commit([{ streamId, expectedRevision, events: prepared }]))[0]!;
  }

  async appendMany(writes: readonly StreamWrite[]): Promise<AppendResult[]> {
    this.#assertOpen();
    const prepared = prepareStreamWrites(writes);
    return this.#commit(
      writes.map((write, k) => ({
        streamId: write.streamId,
        expectedRevision: write.expectedRevision ?? 'any',
        events: prepared[k]!,
      })),
    );
  }

  async #commit(writes: readonly PreparedWrite[]): Promise<AppendResult[]> {
    const results = await this.#writer.write(writes);
    this.#notifier.notify();
    return results;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.#assertOpen();
    const limit = options.maxCount ?? NO_LIMIT;
    const rows =
      options.direction === 'backwards'
        ? this.#statements.streamBackwards.all(
            streamId,
            options.fromRevision ?? Number.MAX_SAFE_INTEGER,
            limit,
          )
        : this.#statements.streamForwards.all(streamId, options.fromRevision ?? 0, limit);
    return rowsToEvents(rows as unknown as EventRow[]);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.#assertOpen();
    const after = options.after ?? 0;
    const limit = options.maxCount ?? NO_LIMIT;
    // Filtered in SQL, so the rows of other types are never decoded nor parsed.
    const rows = options.eventTypes
      ? this.#pageOf(options.eventTypes).all(
          after,
          Number.MAX_SAFE_INTEGER,
          JSON.stringify(options.eventTypes),
          limit,
        )
      : this.#statements.allAfter.all(after, Number.MAX_SAFE_INTEGER, limit);
    return rowsToEvents(rows as unknown as EventRow[]);
  }

  readAllPages(options: ReadAllOptions & { readonly maxCount: number }): PagesAhead {
    this.#assertOpen();
    if (this.#path === ':memory:') return pagesInProcess(this, options);
    return readAhead(this.#path, {
      after: options.after ?? 0,
      pageSize: options.maxCount,
      eventTypes: options.eventTypes,
    });
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    this.#assertOpen();
    const types = options.eventTypes ? JSON.stringify(options.eventTypes) : null;
    const statement = options.eventTypes ? this.#pageOf(options.eventTypes) : this.#filteredPage;
    const subscription = new PollingSubscription({
      after: options.after ?? 0,
      fetch: (after) => this.#page(after, types, statement),
      notifier: this.#notifier,
      pollMs: this.#pollMs,
      onClose: (s) => this.#subscriptions.delete(s),
    });
    this.#subscriptions.add(subscription);
    return subscription;
  }

  /** One page after `after`, bounded by a head read first: every position up to it is committed. */
  #page(after: number, types: string | null, filtered: StatementSync): Page {
    const head = this.#head();
    if (head <= after) return { events: [], scannedTo: after };
    const rows = (types === null
      ? this.#statements.allAfter.all(after, head, this.#pageSize)
      : filtered.all(after, head, types, this.#pageSize)) as unknown as EventRow[];
    const full = rows.length === this.#pageSize;
    return { events: rowsToEvents(rows), scannedTo: full ? rows[rows.length - 1]![0] : head };
  }

  /** Rare types are found through the index by type; any other filter walks the log by position. */
  #pageOf(types: readonly string[]): StatementSync {
    return types.every((type) => SPARSE_TYPES.has(type)) ? this.#sparsePage : this.#filteredPage;
  }

  async headPosition(): Promise<number> {
    this.#assertOpen();
    return this.#head();
  }

  #head(): number {
    return (this.#statements.head.get() as { head: number }).head;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    // Appends already asked for are committed (or refused) before the connections close.
    await Promise.all([this.#writer.close(), ...[...this.#subscriptions].map((s) => s.close())]);
    this.#db.close();
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreClosedError();
  }
}

/** A database in memory has no file another thread could open: its pages are read in turn. */
async function* pagesInProcess(
  store: EventStore,
  options: ReadAllOptions & { readonly maxCount: number },
): AsyncGenerator<RecordedEvent[]> {
  for (let after = options.after ?? 0; ; ) {
    const page = await store.readAll({ ...options, after });
    yield page;
    if (page.length < options.maxCount) return;
    after = page[page.length - 1]!.position;
  }
}
