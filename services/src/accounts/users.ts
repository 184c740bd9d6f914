import {
  type AccountHistoryEntry,
  accountHistory,
  activeUsersWithRole,
  type LiveReadModel,
  listUsers,
  sessionRevoked,
  type UserRecord,
  type UsersState,
  userById,
  userByUsername,
} from '@kpi/projections';
import type { UserRole } from '@kpi/schema';

/**
 * The accounts as the projection runtime's users read model holds them: every replica folds the
 * same log, so a change recorded on one reaches the others once their runtime reaches its
 * position. Reads answer from the current state; a writer waits for its own position first.
 */
export class Users {
  readonly #model: LiveReadModel<UsersState>;

  constructor(model: LiveReadModel<UsersState>) {
    this.#model = model;
  }

  /** Resolves once the model has applied the log up to `position` (an account event's). */
  waitFor(position: number): Promise<void> {
    return this.#model.waitFor(position);
  }

  byId(userId: string): UserRecord | undefined {
    return userById(this.#state(), userId);
  }

  byUsername(username: string): UserRecord | undefined {
    return userByUsername(this.#state(), username);
  }

  /** True when the session was signed out (on any replica, before or after this process started). */
  sessionRevoked(sessionId: string): boolean {
    return sessionRevoked(this.#state(), sessionId);
  }

  list(): UserRecord[] {
    return listUsers(this.#state());
  }

  activeWithRole(role: UserRole): UserRecord[] {
    return activeUsersWithRole(this.#state(), role);
  }

  /** Newest first. */
  history(userId?: string): AccountHistoryEntry[] {
    return accountHistory(this.#state(), userId);
  }

  #state(): UsersState {
    return this.#model.current().state;
  }
}
