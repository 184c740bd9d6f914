import { accountStreams, type EventData } from '@kpi/schema';
import type { Projection, StreamEvent } from '../projection.ts';
import { type AccountHistoryEntry, emptyUsersState, type UserRecord, type UsersState } from './state.ts';

/** Account events the users read model folds; a username's reservation tells it nothing new. */
export const USER_EVENT_TYPES = [
  'UserRegistered',
  'UserRoleGranted',
  'UserPasswordChanged',
  'UserDeactivated',
  'UserSignedOut',
] as const;

/** Folds one account event into the state, in place: the read model is a cache of the log. */
export const evolveUsers = (state: UsersState, event: StreamEvent): UsersState => {
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
      centralBody: null,
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
        centralBody: d.centralBody ?? null,
        passwordHash: d.passwordHash,
        active: true,
        createdAt: recordedAt,
        credentialsChangedAt: null,
        // Registered on the username's stream (the current layout), the user's own is still empty.
        revision: event.streamId === accountStreams.user(d.userId) ? event.revision : -1,
      });
      state.idByUsername.set(d.username, d.userId);
      note(d.userId, 'UserRegistered', d.occurredOn, {
        role: d.role,
        region: d.region,
        centralBody: d.centralBody ?? null,
      });
      break;
    }
    case 'UserRoleGranted': {
      const d = event.data as EventData<'UserRoleGranted'>;
      update(state, d.userId, event, { role: d.role, region: d.region, centralBody: d.centralBody ?? null });
      note(d.userId, 'UserRoleGranted', d.occurredOn, {
        role: d.role,
        region: d.region,
        centralBody: d.centralBody ?? null,
      });
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

const update = (state: UsersState, userId: string, event: StreamEvent, change: Partial<UserRecord>) => {
  const user = state.byId.get(userId);
  if (user) state.byId.set(userId, { ...user, ...change, revision: event.revision });
};

/** Who exists, with which role, region and password; the history of grants; signed-out sessions. */
export const usersProjection: Projection<UsersState, StreamEvent> = {
  name: 'users',
  canHandle: USER_EVENT_TYPES,
  initialState: emptyUsersState,
  evolve: evolveUsers,
};
