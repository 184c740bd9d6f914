import { Worker } from 'node:worker_threads';
import type { AppendResult, ExpectedRevision, NewEvent } from '../port.ts';
import { prepareAppendInParts } from '../validate-new-events.ts';
import type { AppendWorkerData } from './append-worker.ts';
import { appendWrites, type PreparedWrite, type WriteContext } from './append-writes.ts';
import type { Durability } from './open-database.ts';
import {
  flatEvents,
  type PartMessage,
  receiveError,
  toWriteRequest,
  type WriteReply,
  type WriteRequest,
} from './write-message.ts';

/** Commits validated writes: all of a call's writes in one transaction, calls in call order. */
export interface Writer {
  write(writes: readonly PreparedWrite[]): Promise<AppendResult[]>;
  /** Settles every write already asked for, then lets go of the connection. */
  close(): Promise<void>;
}

/** Commits on the store's own connection, before `write` returns: for a database in memory. */
export class InProcessWriter implements Writer {
  readonly #context: WriteContext;

  constructor(context: WriteContext) {
    this.#context = context;
  }

  async write(writes: readonly PreparedWrite[]): Promise<AppendResult[]> {
    return appendWrites(this.#context, writes);
  }

  async close(): Promise<void> {}
}

/** The writer thread stopped before it answered: the append may or may not have committed. */
export class AppendOutcomeUnknownError extends Error {
  constructor(cause: unknown) {
    super(
      `the event store's writer stopped before confirming this append (${cause instanceof Error ? cause.message : String(cause)}); it may or may not be stored. Appending the same events again is safe: an event id already stored is not stored twice`,
      { cause },
    );
    this.name = 'AppendOutcomeUnknownError';
  }
}

/** The process's flags without the code it was given to run (`-e <code>`, `--input-type`). */
export const flagsForWorker = (flags: readonly string[]): string[] => {
  const kept: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i]!;
    if (/^(-e|-p|--eval|--print)$/.test(flag)) i++;
    else if (!/^--(input-type|eval|print)=/.test(flag)) kept.push(flag);
  }
  return kept;
};

/**
 * Positions the log must have grown by since the id index was last saved for a closing writer to
 * save it again (a few MB to tens of MB). Fewer are read from the log at the next start instead:
 * at most this many rows, some tens of milliseconds.
 */
const SAVE_ID_INDEX_AFTER = 10_000;

interface Waiting {
  readonly resolve: (results: AppendResult[]) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Commits in a worker thread that owns the store's one writing connection. Validation and
 * serialisation stay with the caller; the SQLite work (encoding, B-tree inserts, the WAL sync
 * of a durable commit) happens on the other core. So the event loop is never blocked by a commit,
 * and appends made while one commits are handed over at once and committed next, in order: a
 * burst of appends keeps both cores busy. The thread starts with the first append and does not
 * keep the process alive while no append is waiting.
 */
export class ThreadWriter implements Writer {
  readonly #data: AppendWorkerData;
  readonly #posted: Int32Array;
  #worker: Worker | null = null;
  #exited: Promise<unknown> = Promise.resolve();
  #crash: unknown = null;
  readonly #waiting = new Map<number, Waiting>();
  #seq = 0;
  #closing = false;
  #drained: (() => void) | null = null;

  constructor(options: {
    readonly path: string;
    readonly durability: Durability;
    readonly saveIdIndexAfter?: number | undefined;
  }) {
    const posted = new SharedArrayBuffer(4);
    this.#data = {
      path: options.path,
      durability: options.durability,
      posted,
      saveIdIndexAfter: options.saveIdIndexAfter ?? SAVE_ID_INDEX_AFTER,
    };
    this.#posted = new Int32Array(posted);
  }

  /**
   * Starts the thread now rather than at the first append, so that it opens its connection and
   * makes its id index ready while the caller does other work (a service folding its read models).
   */
  prepare(): void {
    this.#worker ?? this.#start();
  }

  write(writes: readonly PreparedWrite[]): Promise<AppendResult[]> {
    const seq = ++this.#seq;
    const answer = this.#expect(seq);
    this.#post(toWriteRequest(seq, writes));
    return answer;
  }

  /**
   * Validates a single-stream append part by part and sends each valid part at once: the writer
   * thread stores one part while this thread checks the next. A bad event refuses the whole
   * append (InvalidEventError, thrown here) and the writer rolls back the parts it stored.
   */
  writeInParts(
    streamId: string,
    expectedRevision: ExpectedRevision,
    events: readonly NewEvent[],
    partSize: number,
    dataChecked = false,
  ): Promise<AppendResult[]> {
    const seq = ++this.#seq;
    const parts = Math.ceil(events.length / partSize);
    let answer: Promise<AppendResult[]> | null = null;
    let part = 0;
    try {
      prepareAppendInParts(
        streamId,
        events,
        expectedRevision,
        partSize,
        (prepared) => {
          if (part === 0) {
            answer = this.#expect(seq);
            this.#post({
              seq,
              streamIds: [streamId],
              expected: [expectedRevision],
              counts: [events.length],
              events: flatEvents(prepared),
              parts,
            });
          } else this.#post({ seq, part, events: flatEvents(prepared) });
          part++;
        },
        dataChecked,
      );
    } catch (error) {
      if (answer !== null) {
        // Its refusal is the error thrown here; the writer's answer (aborted) is not news.
        (answer as Promise<AppendResult[]>).catch(() => {});
        this.#post({ seq, abort: true });
      }
      throw error;
    }
    return answer!;
  }

  #expect(seq: number): Promise<AppendResult[]> {
    const worker = this.#worker ?? this.#start();
    return new Promise((resolve, reject) => {
      this.#waiting.set(seq, { resolve, reject });
      if (this.#waiting.size === 1) worker.ref();
    });
  }

  #post(message: WriteRequest | PartMessage): void {
    // No thread means it stopped after this append was made: its answer is already 'unknown'.
    this.#worker?.postMessage(message);
    // Wakes the writer if it sleeps waiting for the next part of an append.
    Atomics.add(this.#posted, 0, 1);
    Atomics.notify(this.#posted, 0);
  }

  #start(): Worker {
    const worker = new Worker(new URL('./append-worker.ts', import.meta.url), {
      workerData: this.#data,
      // A process started with code on its command line (--input-type, --eval) passes flags a
      // worker refuses; the others (loaders, memory limits) it keeps.
      execArgv: flagsForWorker(process.execArgv),
    });
    worker.unref();
    this.#crash = null;
    worker.on('message', (reply: WriteReply) => this.#settle(reply));
    worker.on('error', (error) => {
      this.#crash = error;
    });
    // Not events.once: it would reject on the 'error' that comes before the exit.
    this.#exited = new Promise<number>((resolve) => worker.once('exit', resolve)).then((code) => {
      this.#worker = null;
      const cause = this.#crash ?? new Error(`the writer thread exited with code ${code}`);
      // Whatever was not answered has an unknown outcome; a later append starts a new thread.
      for (const waiting of this.#waiting.values()) waiting.reject(new AppendOutcomeUnknownError(cause));
      this.#waiting.clear();
      this.#drained?.();
    });
    this.#worker = worker;
    return worker;
  }

  #settle(reply: WriteReply): void {
    const waiting = this.#waiting.get(reply.seq);
    if (!waiting) return;
    this.#waiting.delete(reply.seq);
    if (this.#waiting.size === 0) {
      this.#worker?.unref();
      this.#drained?.();
    }
    if ('results' in reply) waiting.resolve(reply.results as AppendResult[]);
    else waiting.reject(receiveError(reply.error));
  }

  async close(): Promise<void> {
    if (this.#closing) return this.#exited.then(() => undefined);
    this.#closing = true;
    const worker = this.#worker;
    if (!worker) return;
    if (this.#waiting.size > 0) {
      await new Promise<void>((resolve) => {
        this.#drained = resolve;
      });
    }
    // Held until it has closed its connection, or a process ending on this await would not wait.
    worker.ref();
    worker.postMessage('close');
    await this.#exited;
  }
}
