import { Worker } from 'node:worker_threads';
import { type EventMetadata, upcast } from '@kpi/schema';
import type { EncodeAheadOptions, EncodedWindow, PagesAhead, RecordedEvent } from '../port.ts';
import type { ReadAheadJob } from './read-ahead-worker.ts';

const ROW_WIDTH = 8;
const WORKER = new URL('./read-ahead-worker.ts', import.meta.url);

/**
 * Pages the embedded store's `readAllPages` returns: events decoded ahead in a worker thread and,
 * for a fold that only needs its projection's input, `encodedAhead`: the same events read,
 * parsed and encoded by the projection's own encoder in reader threads, so that the fold's
 * thread only applies them.
 */
export interface ReadAheadPages extends PagesAhead {
  encodedAhead<P>(options: EncodeAheadOptions): AsyncIterable<EncodedWindow<P>>;
}

/**
 * The log after `after`, page by page, read by a worker thread one page ahead of the consumer:
 * the SQLite step (decoding every row's text) runs on the other core while the consumer works
 * on the page before. Ends after the first page shorter than `pageSize` (possibly empty).
 * Leaving the iteration early stops the worker.
 */
export const readAhead = (
  path: string,
  options: { readonly after: number; readonly pageSize: number; readonly eventTypes?: readonly string[] },
): ReadAheadPages => ({
  [Symbol.asyncIterator]: () => eventsAhead(path, options),
  encodedAhead: <P>(encode: EncodeAheadOptions) => encodedAhead<P>(path, options, encode),
});

/** A worker's pages as they arrive, one asked for at a time. */
class PageReader<T> {
  readonly #worker: Worker;
  readonly #pages: T[] = [];
  #failure: Error | null = null;
  #wake: (() => void) | null = null;

  constructor(job: ReadAheadJob) {
    this.#worker = new Worker(WORKER, { workerData: job });
    const signal = () => {
      this.#wake?.();
      this.#wake = null;
    };
    this.#worker.on('message', (page: T) => {
      this.#pages.push(page);
      signal();
    });
    this.#worker.on('error', (error) => {
      this.#failure = error;
      signal();
    });
    this.#worker.on('exit', (code) => {
      this.#failure ??= new Error(`the log reader stopped (exit code ${code}) before the last page`);
      signal();
    });
  }

  request(): void {
    this.#worker.postMessage(null);
  }

  async next(): Promise<T> {
    while (this.#pages.length === 0) {
      if (this.#failure) throw this.#failure;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
    }
    return this.#pages.shift()!;
  }

  async close(): Promise<void> {
    this.#worker.removeAllListeners('exit');
    await this.#worker.terminate();
  }
}

const jobOf = (
  path: string,
  options: { readonly after: number; readonly pageSize: number; readonly eventTypes?: readonly string[] },
): ReadAheadJob => ({
  path,
  after: options.after,
  pageSize: options.pageSize,
  eventTypes: options.eventTypes ? JSON.stringify(options.eventTypes) : null,
  encode: null,
});

async function* eventsAhead(
  path: string,
  options: { readonly after: number; readonly pageSize: number; readonly eventTypes?: readonly string[] },
): AsyncGenerator<RecordedEvent[]> {
  const reader = new PageReader<unknown[]>(jobOf(path, options));
  try {
    // One page to fold, one being read.
    reader.request();
    reader.request();
    for (;;) {
      const flat = await reader.next();
      const full = flat.length === options.pageSize * ROW_WIDTH;
      if (full) reader.request();
      yield flatRowsToEvents(flat);
      if (!full) return;
    }
  } finally {
    await reader.close();
  }
}

/**
 * Windows of positions after `after` up to `until`, each read and encoded by one of the reader
 * threads (taking windows in turn), yielded in log order. Each thread keeps at most two windows
 * ahead of the consumer, so memory stays bounded.
 */
async function* encodedAhead<P>(
  path: string,
  options: { readonly after: number; readonly pageSize: number; readonly eventTypes?: readonly string[] },
  encode: EncodeAheadOptions,
): AsyncGenerator<EncodedWindow<P>> {
  const size = encode.window ?? 2_000;
  const windows = Math.max(0, Math.ceil((encode.until - options.after) / size));
  const threads = Math.max(1, Math.min(encode.threads ?? 2, windows));
  if (windows === 0) return;
  const readers = Array.from(
    { length: threads },
    (_, first) =>
      new PageReader<EncodedWindow<P>>({
        ...jobOf(path, options),
        encode: { encoderUrl: encode.encoderUrl, first, step: threads, size, until: encode.until },
      }),
  );
  // Windows asked of each reader so far; reader k reads windows k, k + threads, ...
  const asked = readers.map(() => 0);
  const ask = (k: number) => {
    if (k + asked[k]! * threads < windows) {
      asked[k]! += 1;
      readers[k]!.request();
    }
  };
  try {
    for (let k = 0; k < threads; k++) {
      ask(k);
      ask(k);
    }
    for (let w = 0; w < windows; w++) {
      const k = w % threads;
      const window = await readers[k]!.next();
      ask(k);
      yield window;
    }
  } finally {
    await Promise.all(readers.map((reader) => reader.close()));
  }
}

/** Rows as the worker posts them (see read-ahead-worker.ts) into recorded events, upcast. */
const flatRowsToEvents = (flat: readonly unknown[]): RecordedEvent[] => {
  const events: RecordedEvent[] = new Array(flat.length / ROW_WIDTH);
  let metadata: EventMetadata | undefined;
  for (let i = 0, k = 0; k < flat.length; i++, k += ROW_WIDTH) {
    const text = flat[k + 7] as string | null;
    if (text !== null) metadata = JSON.parse(text) as EventMetadata;
    else if (!Object.isFrozen(metadata)) Object.freeze(metadata);
    const type = flat[k + 4] as string;
    events[i] = {
      id: flat[k + 3] as string,
      streamId: flat[k + 1] as string,
      type,
      revision: flat[k + 2] as number,
      position: flat[k] as number,
      data: upcast(type, flat[k + 5] as number, JSON.parse(flat[k + 6] as string)),
      metadata: metadata!,
    };
  }
  return events;
};
