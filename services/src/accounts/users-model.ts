import type { AccountEventType, EventData, RegionCode, UserRole } from '@kpi/schema';
import { ACCOUNT_EVENT_TYPES } from '@kpi/schema';
import type { RecordedEvent } from '../store/port.ts';

export interface UserRecord {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: UserRole;
  readonly region: RegionCode | null;
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
  readonly reason: string | null;
}

export interface UsersState {
  readonly byId: Map<string, UserRecord>;
  readonly idByUsername: Map<string, string>;
  readonly history: AccountHistoryEntry[];
  /** Signed-out session ids, with when each token would have expired anyway (ms). */
  readonly revokedSessions: Map<string, number>;
}

export const initialUsersState = (): UsersState => ({
  byId: new Map(),
  idByUsername: new Map(),
  history: [],
  revokedSessions: new Map(),
});

const accountTypes: ReadonlySet<string> = new Set(ACCOUNT_EVENT_TYPES);
export const isAccountEvent = (event: { type: string }): boolean => accountTypes.has(event.type);

/** Folds one account event into the state (mutating it: the read model is a cache of the log). */
export const evolveUsers = (state: UsersState, event: RecordedEvent): UsersState => {
  const { recordedAt, submittedBy } = event.metadata;
  const note = (
    userId: string,
    type: AccountHistoryEntry['type'],
    occurredOn: string,
    extra: Partial<AccountHistoryEntry>,
  ) =>
    state.history.push({
      position: event.position,
      userId,
      type,
      recordedAt,
      occurredOn,
      submittedBy,
      role: null,
      region: null,
      reason: null,
      ...extra,
    });
  switch (event.type) {
    case 'UserRegistered': {
      const d = event.data as EventData<'UserRegistered'>;
      state.byId.set(d.userId, {
        userId: d.userId,
        username: d.username,
        displayName: d.displayName,
        role: d.role,
        region: d.region,
        passwordHash: d.passwordHash,
        active: true,
        createdAt: recordedAt,
        credentialsChangedAt: null,
        revision: event.revision,
      });
      state.idByUsername.set(d.username, d.userId);
      note(d.userId, 'UserRegistered', d.occurredOn, { role: d.role, region: d.region });
      break;
    }
    case 'UserRoleGranted': {
      const d = event.data as EventData<'UserRoleGranted'>;
      update(state, d.userId, event, { role: d.role, region: d.region });
      note(d.userId, 'UserRoleGranted', d.occurredOn, { role: d.role, region: d.region });
      break;
    }
    case 'UserPasswordChanged': {
      const d = event.data as EventData<'UserPasswordChanged'>;
      update(state, d.userId, event, { passwordHash: d.passwordHash, credentialsChangedAt: recordedAt });
      note(d.userId, 'UserPasswordChanged', d.occurredOn, {});
      break;
    }
    case 'UserDeactivated': {
      const d = event.data as EventData<'UserDeactivated'>;
      update(state, d.userId, event, { active: false });
      note(d.userId, 'UserDeactivated', d.occurredOn, { reason: d.reason });
      break;
    }
    case 'UserSignedOut': {
      const d = event.data as EventData<'UserSignedOut'>;
      // Forgets tokens expired by the time of this event (the log's time, so a replay forgets the same).
      const now = Date.parse(recordedAt);
      for (const [id, until] of state.revokedSessions) if (until <= now) state.revokedSessions.delete(id);
      state.revokedSessions.set(d.sessionId, Date.parse(d.expiresAt));
      break;
    }
  }
  return state;
};

const update = (state: UsersState, userId: string, event: RecordedEvent, change: Partial<UserRecord>) => {
  const user = state.byId.get(userId);
  if (user) state.byId.set(userId, { ...user, ...change, revision: event.revision });
};
