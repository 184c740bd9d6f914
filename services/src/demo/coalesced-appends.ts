import {
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type RecordedEvent,
  type StreamWrite,
  WrongExpectedRevisionError,
} from '../store/port.ts';

/**
 * The store as the demo's submissions see it: appends are held in memory, readable at once by
 * the next submission (which decides against them exactly as against stored events), and
 * committed to the real store in one transaction per `flushAt` events, in the order they were
 * made, with the expected revisions the command handler computed (the store checks them again).
 * The log ends up exactly as if each submission had been appended on its own; only the number
 * of transactions (and the disk flushes each costs) changes. Held appends have no position yet:
 * their answers carry -1.
 *
 * With `domainStreamsEmpty` (the caller checked that the store holds no domain events yet), a
 * stream this writer has not written is known to be empty without asking the store: most
 * commands create a stream, and that question would otherwise cost a query each.
 */
export class CoalescedAppends implements EventStore {
  readonly #store: EventStore;
  readonly #flushAt: number;
  #writes: StreamWrite[] = [];
  #held = 0;
  /** Per stream written since the last flush: its stored revision then, and the events held after it. */
  readonly #streams = new Map<string, { readonly stored: number | null; readonly events: RecordedEvent[] }>();
  /** Every stream written through this writer, flushed or not; kept only with `domainStreamsEmpty`. */
  readonly #written: Set<string> | null;

  constructor(store: EventStore, options: { flushAt?: number; domainStreamsEmpty?: boolean } = {}) {
    this.#store = store;
    this.#flushAt = options.flushAt ?? 20_000;
    this.#written = options.domainStreamsEmpty ? new Set() : null;
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    options?: { expectedRevision?: ExpectedRevision },
  ): Promise<AppendResult> {
    const [result] = await this.appendMany([
      {
        streamId,
        events,
        ...(options?.expectedRevision === undefined ? {} : { expectedRevision: options.expectedRevision }),
      },
    ]);
    return result!;
  }

  async appendMany(writes: readonly StreamWrite[]): Promise<AppendResult[]> {
    const revisions = new Map<string, number | null>();
    for (const write of writes) {
      const current = revisions.has(write.streamId)
        ? revisions.get(write.streamId)!
        : await this.#revision(write.streamId);
      assertExpected(write.streamId, write.expectedRevision ?? 'any', current);
      revisions.set(write.streamId, (current ?? -1) + write.events.length);
    }
    const results: AppendResult[] = [];
    for (const write of writes) {
      const held = await this.#heldStream(write.streamId);
      let revision = (held.stored ?? -1) + held.events.length;
      for (const event of write.events) {
        revision += 1;
        held.events.push({ ...event, streamId: write.streamId, revision, position: -1 });
      }
      this.#writes.push(write);
      this.#written?.add(write.streamId);
      this.#held += write.events.length;
      results.push({ nextExpectedRevision: revision, position: -1 });
    }
    if (this.#held >= this.#flushAt) await this.flush();
    return results;
  }

  /** Commits everything held, in order, in one transaction of the real store. */
  async flush(): Promise<void> {
    if (this.#writes.length === 0) return;
    const writes = this.#writes;
    this.#writes = [];
    this.#held = 0;
    this.#streams.clear();
    await this.#store.appendMany(writes);
  }

  /**
   * The stored events and then the held ones. Read forwards from a revision (as the write side
   * catches up a unit), only what follows it is read from the store: a unit's stream is long.
   */
  async readStream(streamId: string, options: Parameters<EventStore['readStream']>[1] = {}) {
    const held = this.#streams.get(streamId);
    const forwards = options.direction !== 'backwards';
    if (forwards) {
      const from = options.fromRevision ?? 0;
      const count = options.maxCount ?? Number.POSITIVE_INFINITY;
      const storedUpTo = held ? held.stored : Number.POSITIVE_INFINITY;
      const stored =
        storedUpTo !== null && from <= storedUpTo
          ? await this.#stored(streamId, {
              fromRevision: from,
              ...(options.maxCount ? { maxCount: count } : {}),
            })
          : [];
      const after = held ? held.events.filter((e) => e.revision >= from) : [];
      return [...stored, ...after].slice(0, count);
    }
    const all = [...(await this.#stored(streamId)), ...(held?.events ?? [])];
    const from = options.fromRevision ?? Number.MAX_SAFE_INTEGER;
    const selected = all.filter((e) => e.revision <= from).reverse();
    return selected.slice(0, options.maxCount ?? selected.length);
  }

  readAll(options?: Parameters<EventStore['readAll']>[0]) {
    return this.#store.readAll(options);
  }

  subscribeToAll(options?: Parameters<EventStore['subscribeToAll']>[0]) {
    return this.#store.subscribeToAll(options);
  }

  headPosition() {
    return this.#store.headPosition();
  }

  /** Flushes; the real store stays open (its owner closes it). */
  async close(): Promise<void> {
    await this.flush();
  }

  async #heldStream(streamId: string) {
    let held = this.#streams.get(streamId);
    if (!held) {
      held = { stored: await this.#revision(streamId), events: [] };
      this.#streams.set(streamId, held);
    }
    return held;
  }

  async #revision(streamId: string): Promise<number | null> {
    const held = this.#streams.get(streamId);
    if (held) return held.events.at(-1)?.revision ?? held.stored;
    if (this.#written && !this.#written.has(streamId)) return null;
    const [last] = await this.#store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    return last ? last.revision : null;
  }

  async #stored(
    streamId: string,
    options?: Parameters<EventStore['readStream']>[1],
  ): Promise<readonly RecordedEvent[]> {
    if (this.#written && !this.#written.has(streamId)) return [];
    return this.#store.readStream(streamId, options);
  }
}

const assertExpected = (streamId: string, expected: ExpectedRevision, current: number | null) => {
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && current === null) ||
    (expected === 'stream_exists' && current !== null) ||
    expected === current;
  if (!ok) throw new WrongExpectedRevisionError(streamId, expected, current ?? 'no_stream');
};
