import { Worker } from 'node:worker_threads';
import { type EventMetadata, upcast } from '@kpi/schema';
import type { RecordedEvent } from '../port.ts';
import type { ReadAheadJob } from './read-ahead-worker.ts';

const ROW_WIDTH = 8;

/**
 * The log after `after`, page by page, read by a worker thread one page ahead of the consumer:
 * the SQLite step (decoding every row's text) runs on the other core while the consumer works
 * on the page before. Ends after the first page shorter than `pageSize` (possibly empty).
 * Leaving the iteration early stops the worker.
 */
export async function* readAhead(
  path: string,
  options: { readonly after: number; readonly pageSize: number; readonly eventTypes?: readonly string[] },
): AsyncGenerator<RecordedEvent[]> {
  const job: ReadAheadJob = {
    path,
    after: options.after,
    pageSize: options.pageSize,
    eventTypes: options.eventTypes ? JSON.stringify(options.eventTypes) : null,
  };
  const worker = new Worker(new URL('./read-ahead-worker.ts', import.meta.url), { workerData: job });
  const pages: unknown[][] = [];
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (page: unknown[]) => {
    pages.push(page);
    signal();
  });
  worker.on('error', (error) => {
    failure = error;
    signal();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`the log reader stopped (exit code ${code}) before the last page`);
    signal();
  });
  try {
    // One page to fold, one being read.
    worker.postMessage(null);
    worker.postMessage(null);
    for (;;) {
      while (pages.length === 0) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      const flat = pages.shift()!;
      const full = flat.length === options.pageSize * ROW_WIDTH;
      if (full) worker.postMessage(null);
      yield flatRowsToEvents(flat);
      if (!full) return;
    }
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
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
