import type { RecordedEvent } from '../store/port.ts';

/** Events a projection has just applied, announced together once its state reflects them. */
export interface AppliedBatch {
  readonly projection: string;
  readonly events: readonly RecordedEvent[];
  /** The projection's checkpoint once the batch is applied: queries now answer as of this position. */
  readonly position: number;
  /** The whole state was replaced (a rebuild): anything may have changed. */
  readonly reset: boolean;
}

export type AppliedListener = (batch: AppliedBatch) => void;

/**
 * Collects applied events for a few milliseconds and announces them as one batch, so that a burst
 * of appends wakes each dashboard once rather than once per event.
 */
export class AppliedBatches {
  readonly #projection: string;
  readonly #delayMs: number;
  readonly #listeners = new Set<AppliedListener>();
  #pending: RecordedEvent[] = [];
  #position = 0;
  #timer: NodeJS.Timeout | null = null;

  constructor(projection: string, delayMs: number) {
    this.#projection = projection;
    this.#delayMs = delayMs;
  }

  listen(listener: AppliedListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  add(events: readonly RecordedEvent[], position: number): void {
    if (events.length === 0) return;
    for (const event of events) this.#pending.push(event);
    this.#position = position;
    this.#timer ??= setTimeout(() => this.flush(), this.#delayMs);
  }

  /** Announces a replaced state; pending events are folded into it. */
  reset(position: number): void {
    this.#clear();
    this.#emit({ projection: this.#projection, events: [], position, reset: true });
  }

  flush(): void {
    if (this.#pending.length === 0) return;
    const events = this.#pending;
    this.#clear();
    this.#emit({ projection: this.#projection, events, position: this.#position, reset: false });
  }

  #clear(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = [];
  }

  #emit(batch: AppliedBatch): void {
    for (const listener of this.#listeners) {
      try {
        listener(batch);
      } catch (error) {
        // A failing listener must not stop the projection nor starve the other listeners.
        console.error(`listener of projection ${this.#projection} failed`, error);
      }
    }
  }
}
