import type { AccountEventType, RegionCode, UserRole } from '@kpi/schema';

export interface UserRecord {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: UserRole;
  readonly region: RegionCode | null;
  /** The central body a CENTRAL_BODY_OFFICER submits for; null for every other role. */
  readonly centralBody: string | null;
  /** Never leaves the services layer: no GraphQL field exposes it. */
  readonly passwordHash: string | null;
  readonly active: boolean;
  readonly createdAt: string;
  /**
   * When the password last changed (recorded time): tokens issued before it stop working, so a
   * reset locks out whoever held the old password.
   */
  readonly credentialsChangedAt: string | null;
  /** The revision of the user's stream: the expected revision of the next change. */
  readonly revision: number;
}

/** One line of "who granted what, when"; never carries a password hash. */
export interface AccountHistoryEntry {
  readonly position: number;
  readonly userId: string;
  readonly type: Exclude<AccountEventType, 'UsernameReserved' | 'UserSignedOut'>;
  readonly recordedAt: string;
  readonly occurredOn: string;
  readonly submittedBy: string;
  readonly role: UserRole | null;
  readonly region: RegionCode | null;
  /** The central body a CENTRAL_BODY_OFFICER submits for; null for every other role. */
  readonly centralBody: string | null;
  readonly reason: string | null;
}

export interface UsersState {
  readonly byId: Map<string, UserRecord>;
  readonly idByUsername: Map<string, string>;
  readonly history: AccountHistoryEntry[];
  /** Signed-out session ids, with when each token would have expired anyway (ms). */
  readonly revokedSessions: Map<string, number>;
}

export const emptyUsersState = (): UsersState => ({
  byId: new Map(),
  idByUsername: new Map(),
  history: [],
  revokedSessions: new Map(),
});
