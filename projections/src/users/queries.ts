import type { UserRole } from '@kpi/schema';
import type { AccountHistoryEntry, UserRecord, UsersState } from './state.ts';

export const userById = (state: UsersState, userId: string): UserRecord | undefined => state.byId.get(userId);

/** Usernames are kept trimmed and in lower case; so is the name looked up. */
export const userByUsername = (state: UsersState, username: string): UserRecord | undefined => {
  const id = state.idByUsername.get(username.trim().toLowerCase());
  return id === undefined ? undefined : state.byId.get(id);
};

/** By username. */
export const listUsers = (state: UsersState): UserRecord[] =>
  [...state.byId.values()].sort((a, b) => a.username.localeCompare(b.username));

export const activeUsersWithRole = (state: UsersState, role: UserRole): UserRecord[] =>
  listUsers(state).filter((u) => u.active && u.role === role);

/** Newest first; of one user when named. */
export const accountHistory = (state: UsersState, userId?: string): AccountHistoryEntry[] => {
  const entries = userId ? state.history.filter((h) => h.userId === userId) : state.history;
  return [...entries].reverse();
};

/** True when the session was signed out, on whichever replica. */
export const sessionRevoked = (state: UsersState, sessionId: string): boolean =>
  state.revokedSessions.has(sessionId);
