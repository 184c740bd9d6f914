import { ALERT_EVENT_TYPES, REPORT_SCHEDULE_EVENT_TYPES } from '@kpi/schema';
import type { EventStore, RecordedEvent, Subscription } from '../store/port.ts';
import { type AlertLogState, emptyAlertLog, evolveAlertLog } from './alert-log-state.ts';

/** The alert events, and the report schedules: both say whom the server mails, and are few. */
const TAILED_EVENT_TYPES = [...ALERT_EVENT_TYPES, ...REPORT_SCHEDULE_EVENT_TYPES];

export type AlertLogListener = (event: RecordedEvent) => void;

/**
 * This process's view of the alert events (rules, firings and deliveries) and of the report
 * schedules, folded from the log as they are appended by any replica. It is a cache; the log decides (every write to it carries an
 * expected revision), so a replica behind the others loses its appends and catches up.
 */
export class AlertLog {
  readonly #store: EventStore;
  readonly #listeners = new Set<AlertLogListener>();
  #state = emptyAlertLog();
  #subscription: Subscription | null = null;
  #following: Promise<void> | null = null;
  #stopped = false;
  readonly #onError: (error: unknown) => void;

  constructor(store: EventStore, onError: (error: unknown) => void = () => undefined) {
    this.#store = store;
    this.#onError = onError;
  }

  get state(): AlertLogState {
    return this.#state;
  }

  /** Catches up with the alert events already in the log, then follows new ones. */
  async start(): Promise<void> {
    const head = await this.#store.headPosition();
    this.#following = this.#follow();
    await this.caughtUp(head);
  }

  /**
   * Folds alert events as they are appended. A subscription that ends or throws (the store's
   * connection dropped) is opened again after the last alert event folded, waiting 100 ms
   * doubling to 5 s, so nothing is skipped or folded twice.
   */
  async #follow(): Promise<void> {
    let waitMs = 100;
    while (!this.#stopped) {
      try {
        const subscription = this.#store.subscribeToAll({
          after: this.#state.position,
          eventTypes: TAILED_EVENT_TYPES,
        });
        this.#subscription = subscription;
        for await (const event of subscription) {
          if (event.position <= this.#state.position) continue;
          evolveAlertLog(this.#state, event);
          for (const listener of this.#listeners) listener(event);
          waitMs = 100;
        }
      } catch (error) {
        if (!this.#stopped) this.#onError(error);
      }
      if (this.#stopped) return;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      waitMs = Math.min(waitMs * 2, 5_000);
    }
  }

  /** Waits until the alert events at or before `position` are folded (at most `timeoutMs`). */
  async caughtUp(position: number, timeoutMs = 10_000): Promise<void> {
    if (this.#state.position >= position) return;
    const after = await this.#store.readAll({
      after: this.#state.position,
      eventTypes: TAILED_EVENT_TYPES,
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
    this.#stopped = true;
    await this.#subscription?.close();
    await this.#following?.catch(() => undefined);
    this.#subscription = null;
  }
}
