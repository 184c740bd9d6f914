import { accountStreams } from '@kpi/schema';
import { describe, it } from 'vitest';
import { type AccountCommand, accountDecider } from './account-decider.ts';
import { givenStream, stored } from './stream-decider.test-support.ts';

const given = givenStream(accountDecider);
const userId = '11111111-1111-4111-8111-111111111111';
const otherId = '22222222-2222-4222-8222-222222222222';
const on = '2026-06-01';
const hash = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';
const registered = {
  userId,
  username: 'aigerim',
  displayName: 'Aigerim',
  role: 'ADMINISTRATOR',
  region: null,
  passwordHash: hash,
  occurredOn: on,
} as const;
const user = accountStreams.user(userId);
const register: AccountCommand = { type: 'RegisterUser', data: registered };

describe('account decider', () => {
  it("registers a user with one event on the username's stream, which takes the name", () => {
    given().when(register).thenRecords({ type: 'UserRegistered', data: registered });
  });

  it('refuses a username registered before (the current layout), at the username field', () => {
    given(stored(accountStreams.username('aigerim'), 0, 'UserRegistered', { ...registered, userId: otherId }))
      .when(register)
      .thenInvalid(['username', 'taken']);
  });

  it("decides a user's change on the registration its username's stream holds, then the user's own events", () => {
    const name = accountStreams.username('aigerim');
    const reason = { userId, reason: 'left the agency', occurredOn: on };
    given(stored(name, 0, 'UserRegistered', registered))
      .when({ type: 'DeactivateUser', data: reason, otherActiveAdministrators: 1 })
      .thenRecords({ type: 'UserDeactivated', data: reason });
    given(stored(name, 0, 'UserRegistered', registered), stored(user, 0, 'UserDeactivated', reason))
      .when({ type: 'DeactivateUser', data: reason, otherActiveAdministrators: 1 })
      .thenRecords();
  });

  it('refuses a username reserved in the earlier layout (a duplicate login), at the username field', () => {
    given(
      stored(accountStreams.username('aigerim'), 0, 'UsernameReserved', {
        username: 'aigerim',
        userId: otherId,
        occurredOn: on,
      }),
    )
      .when({ type: 'RegisterUser', data: { ...registered, userId: userId } })
      .thenInvalid(['username', 'taken']);
  });

  it('refuses a change to an unknown user as not found', () => {
    given()
      .when({
        type: 'GrantRole',
        data: { userId, role: 'ANALYST', region: null, occurredOn: on },
        otherActiveAdministrators: 1,
      })
      .thenNotFound(userId);
    given()
      .when({ type: 'ChangePassword', data: { userId, passwordHash: hash, occurredOn: on } })
      .thenNotFound(userId);
    given()
      .when({
        type: 'DeactivateUser',
        data: { userId, reason: 'left', occurredOn: on },
        otherActiveAdministrators: 1,
      })
      .thenNotFound(userId);
  });

  it('records nothing when the role granted is the one the account has', () => {
    given(stored(user, 0, 'UserRegistered', registered))
      .when({
        type: 'GrantRole',
        data: { userId, role: 'ADMINISTRATOR', region: null, occurredOn: on },
        otherActiveAdministrators: 0,
      })
      .thenRecords();
  });

  it('keeps the last active administrator: no demotion, no deactivation', () => {
    const history = stored(user, 0, 'UserRegistered', registered);
    given(history)
      .when({
        type: 'GrantRole',
        data: { userId, role: 'ANALYST', region: null, occurredOn: on },
        otherActiveAdministrators: 0,
      })
      .thenInvalid(['role', 'last_administrator']);
    given(history)
      .when({
        type: 'DeactivateUser',
        data: { userId, reason: 'left', occurredOn: on },
        otherActiveAdministrators: 0,
      })
      .thenInvalid(['userId', 'last_administrator']);
    const demoted = { userId, role: 'ANALYST', region: null, occurredOn: on } as const;
    given(history)
      .when({ type: 'GrantRole', data: demoted, otherActiveAdministrators: 1 })
      .thenRecords({ type: 'UserRoleGranted', data: demoted });
  });

  it('deactivates once: a deactivated account records nothing more', () => {
    const reason = { userId, reason: 'left the agency', occurredOn: on };
    given(stored(user, 0, 'UserRegistered', registered), stored(user, 1, 'UserDeactivated', reason))
      .when({ type: 'DeactivateUser', data: reason, otherActiveAdministrators: 0 })
      .thenRecords();
  });

  it('records a sign-out once per session', () => {
    const data = { userId, sessionId: otherId, expiresAt: '2026-06-02T08:00:00.000Z', occurredOn: on };
    given().when({ type: 'SignOut', data }).thenRecords({ type: 'UserSignedOut', data });
    given(stored(accountStreams.session(otherId), 0, 'UserSignedOut', data))
      .when({ type: 'SignOut', data })
      .thenRecords();
  });
});
