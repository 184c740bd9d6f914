import { ALERT_EVENT_TYPES } from '@kpi/schema';
import type { EventStore, RecordedEvent, Subscription } from '../store/port.ts';
import { type AlertLogState, emptyAlertLog, evolveAlertLog } from './alert-log-state.ts';

export type AlertLogListener = (event: RecordedEvent) => void;

/**
 * This process's view of the alert events: rules, firings and deliveries, folded from the log as
 * they are appended by any replica. It is a cache; the log decides (every write to it carries an
 * expected revision), so a replica behind the others loses its appends and catches up.
 */
export class AlertLog {
  readonly #store: EventStore;
  readonly #listeners = new Set<AlertLogListener>();
  #state = emptyAlertLog();
  #subscription: Subscription | null = null;
  #following: Promise<void> | null = null;

  constructor(store: EventStore) {
    this.#store = store;
  }

  get state(): AlertLogState {
    return this.#state;
  }

  /** Catches up with the alert events already in the log, then follows new ones. */
  async start(): Promise<void> {
    const head = await this.#store.headPosition();
    const subscription = this.#store.subscribeToAll({ after: 0, eventTypes: [...ALERT_EVENT_TYPES] });
    this.#subscription = subscription;
    this.#following = (async () => {
      for await (const event of subscription) {
        evolveAlertLog(this.#state, event);
        for (const listener of this.#listeners) listener(event);
      }
    })();
    await this.caughtUp(head);
  }

  /** Waits until the alert events at or before `position` are folded (at most `timeoutMs`). */
  async caughtUp(position: number, timeoutMs = 10_000): Promise<void> {
    if (this.#state.position >= position) return;
    const after = await this.#store.readAll({
      after: this.#state.position,
      eventTypes: [...ALERT_EVENT_TYPES],
    });
    const last = after.filter((e) => e.position <= position).at(-1);
    const deadline = Date.now() + timeoutMs;
    while (last && this.#state.position < last.position) {
      if (Date.now() > deadline) throw new Error(`the alert log did not reach position ${position}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  listen(listener: AlertLogListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async stop(): Promise<void> {
    await this.#subscription?.close();
    await this.#following?.catch(() => undefined);
    this.#subscription = null;
  }
}
