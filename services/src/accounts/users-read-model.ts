import { ACCOUNT_EVENT_TYPES, type UserRole } from '@kpi/schema';
import type { EventStore, RecordedEvent, Subscription } from '../store/port.ts';
import {
  type AccountHistoryEntry,
  evolveUsers,
  initialUsersState,
  isAccountEvent,
  type UserRecord,
  type UsersState,
} from './users-model.ts';

const PAGE = 10_000;

/**
 * The users read model, kept in the memory of each API process and fed from the log: it catches
 * up by reading the log's account events, then follows a subscription filtered to account events, so every replica
 * sees an account change another replica recorded. Writers wait for their own event to arrive
 * (`waitFor`) so that a user created by one request can sign in on the next.
 */
export class UsersReadModel {
  readonly #store: EventStore;
  #state: UsersState = initialUsersState();
  #position = 0;
  #subscription: Subscription | null = null;
  #failure: unknown = null;
  #waiters: { position: number; resolve: () => void; reject: (e: unknown) => void }[] = [];

  constructor(store: EventStore) {
    this.#store = store;
  }

  async start(): Promise<void> {
    if (this.#subscription) return;
    // Only account events are read (the store filters them out of millions of others); a page
    // of them says nothing of the positions after its last event, so the head read before the
    // first page is where the subscription takes over.
    const head = await this.#store.headPosition();
    for (;;) {
      const page = await this.#store.readAll({
        after: this.#position,
        maxCount: PAGE,
        eventTypes: ACCOUNT_EVENT_TYPES,
      });
      for (const event of page) if (isAccountEvent(event)) evolveUsers(this.#state, event);
      if (page.length > 0) this.#position = page.at(-1)!.position;
      if (page.length < PAGE) break;
    }
    this.#position = Math.max(this.#position, head);
    this.#subscription = this.#store.subscribeToAll({
      after: this.#position,
      eventTypes: ACCOUNT_EVENT_TYPES,
    });
    void this.#follow(this.#subscription);
  }

  async stop(): Promise<void> {
    await this.#subscription?.close();
    this.#subscription = null;
  }

  async #follow(subscription: Subscription): Promise<void> {
    try {
      for await (const event of subscription) this.#apply(event);
    } catch (error) {
      this.#failure = error;
      for (const waiter of this.#waiters.splice(0)) waiter.reject(error);
    }
  }

  #apply(event: RecordedEvent): void {
    if (event.position <= this.#position) return;
    evolveUsers(this.#state, event);
    this.#position = event.position;
    this.#waiters = this.#waiters.filter((waiter) => {
      if (waiter.position > this.#position) return true;
      waiter.resolve();
      return false;
    });
  }

  /** Resolves once the model has applied the log up to `position` (an account event's). */
  waitFor(position: number): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (position <= this.#position) return Promise.resolve();
    return new Promise((resolve, reject) => this.#waiters.push({ position, resolve, reject }));
  }

  byId(userId: string): UserRecord | undefined {
    return this.#state.byId.get(userId);
  }

  byUsername(username: string): UserRecord | undefined {
    const id = this.#state.idByUsername.get(username.trim().toLowerCase());
    return id === undefined ? undefined : this.#state.byId.get(id);
  }

  /** True when the session was signed out (on any replica, before or after this process started). */
  sessionRevoked(sessionId: string): boolean {
    return this.#state.revokedSessions.has(sessionId);
  }

  list(): UserRecord[] {
    return [...this.#state.byId.values()].sort((a, b) => a.username.localeCompare(b.username));
  }

  activeWithRole(role: UserRole): UserRecord[] {
    return this.list().filter((u) => u.active && u.role === role);
  }

  /** Newest first. */
  history(userId?: string): AccountHistoryEntry[] {
    const entries = userId ? this.#state.history.filter((h) => h.userId === userId) : this.#state.history;
    return [...entries].reverse();
  }
}
