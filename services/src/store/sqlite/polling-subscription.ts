import type { RecordedEvent, Subscription } from '../port.ts';
import type { AppendNotifier } from './notifier.ts';

export interface Page {
  readonly events: readonly RecordedEvent[];
  /** Position scanned up to: past the last event delivered, and past filtered-out events. */
  readonly scannedTo: number;
}

/**
 * Catches up page by page from the checkpoint, then follows live: it sleeps until an append in
 * this process notifies it or the poll interval passes (appends by other processes on the same
 * file are seen then). Each page starts where the previous one stopped scanning, and a page only
 * covers positions up to a head read before it (see `appendWrites`: everything up to a visible
 * head is committed), so nothing is skipped and nothing is delivered twice.
 */
export class PollingSubscription implements Subscription {
  #buffer: RecordedEvent[] = [];
  #index = 0;
  #cursor: number;
  #closed = false;
  #sleeping: { cancel(): void } | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #fetch: (after: number) => Page;
  readonly #notifier: AppendNotifier;
  readonly #pollMs: number;
  readonly #onClose: (s: PollingSubscription) => void;

  constructor(options: {
    after: number;
    fetch: (after: number) => Page;
    notifier: AppendNotifier;
    pollMs: number;
    onClose: (s: PollingSubscription) => void;
  }) {
    this.#cursor = options.after;
    this.#fetch = options.fetch;
    this.#notifier = options.notifier;
    this.#pollMs = options.pollMs;
    this.#onClose = options.onClose;
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return {
      // Calls are queued so that overlapping next() calls still get events in order, once each.
      next: () => {
        const result = this.#queue.then(() => this.#next());
        this.#queue = result.catch(() => {});
        return result;
      },
      return: async () => {
        await this.close();
        return { done: true, value: undefined };
      },
    };
  }

  async #next(): Promise<IteratorResult<RecordedEvent>> {
    while (!this.#closed) {
      if (this.#index < this.#buffer.length) return { done: false, value: this.#buffer[this.#index++]! };
      const page = this.#fetch(this.#cursor);
      this.#cursor = page.scannedTo;
      this.#buffer = page.events as RecordedEvent[];
      this.#index = 0;
      if (this.#buffer.length === 0) {
        const sleep = this.#notifier.wait(this.#pollMs);
        this.#sleeping = sleep;
        await sleep.done;
        this.#sleeping = null;
      }
    }
    return { done: true, value: undefined };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#buffer = [];
    this.#sleeping?.cancel();
    this.#onClose(this);
  }
}
