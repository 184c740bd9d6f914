import {
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type EventStoreDBClient,
  eventTypeFilter,
  excludeSystemEvents,
} from '@eventstore/db-client';
import type { RecordedEvent, Subscription } from '../port.ts';
import { isDomainEvent, toReadPosition, toRecordedEvent } from './map-esdb.ts';

const HIGH_WATER = 512;
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A catch-up subscription to $all: the server reads from the checkpoint, then switches to live
 * without a gap or a duplicate. The type filter runs on the server, which sends checkpoints past
 * filtered-out events, so a rare type does not mean rescanning the log. Events are queued here
 * (the gRPC stream pauses when the consumer falls behind); close() cancels the call and ends the
 * iteration, waking a pending next().
 */
export class EsdbSubscription implements Subscription {
  readonly #stream: AllStreamSubscription;
  readonly #after: number;
  readonly #queue: RecordedEvent[] = [];
  #failure: unknown = null;
  #ended = false;
  #closed = false;
  #wake: (() => void) | null = null;
  readonly #onClose: (s: EsdbSubscription) => void;

  constructor(
    client: EventStoreDBClient,
    options: { after: number; eventTypes?: readonly string[] | undefined },
    onClose: (s: EsdbSubscription) => void,
  ) {
    this.#after = options.after;
    this.#onClose = onClose;
    const filter = options.eventTypes
      ? eventTypeFilter({ regex: `^(${options.eventTypes.map(escapeRegex).join('|')})$` })
      : excludeSystemEvents();
    this.#stream = client.subscribeToAll({ fromPosition: toReadPosition(options.after), filter });
    this.#stream.on('data', (resolved: AllStreamResolvedEvent) => this.#receive(resolved));
    this.#stream.on('error', (error: Error) => this.#finish(error));
    this.#stream.on('end', () => this.#finish(null));
  }

  #receive(resolved: AllStreamResolvedEvent): void {
    if (this.#ended || !isDomainEvent(resolved)) return;
    const event = toRecordedEvent(resolved);
    // The start position is exclusive on the server; this guards against a server that repeats it.
    if (event.position <= this.#after) return;
    this.#queue.push(event);
    if (this.#queue.length >= HIGH_WATER) this.#stream.pause();
    this.#signal();
  }

  #finish(error: unknown): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#failure = error;
    this.#signal();
  }

  #signal(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return {
      next: () => this.#next(),
      return: async () => {
        await this.close();
        return { done: true, value: undefined };
      },
    };
  }

  async #next(): Promise<IteratorResult<RecordedEvent>> {
    for (;;) {
      const event = this.#queue.shift();
      if (event) {
        if (this.#queue.length < HIGH_WATER / 2 && this.#stream.isPaused()) this.#stream.resume();
        return { done: false, value: event };
      }
      if (this.#ended) {
        if (this.#failure) throw this.#failure;
        return { done: true, value: undefined };
      }
      await new Promise<void>((resolve) => {
        const previous = this.#wake;
        this.#wake = () => {
          previous?.();
          resolve();
        };
      });
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue.length = 0;
    this.#ended = true;
    this.#failure = null;
    this.#signal();
    this.#onClose(this);
    // Cancelling makes the call end with CANCELLED, which the ended subscription ignores.
    await this.#stream.unsubscribe();
  }
}
