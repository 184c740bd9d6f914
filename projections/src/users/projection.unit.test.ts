import { beforeEach, describe, expect, it } from 'vitest';
import type { StreamEvent } from '../projection.ts';
import { usersProjection } from './projection.ts';
import { accountHistory, activeUsersWithRole, listUsers, sessionRevoked, userByUsername } from './queries.ts';

let position = 0;
const revisions = new Map<string, number>();
/** An account event as the store records it: the next position, the next revision of its stream. */
const recorded = (streamId: string, type: string, data: object, recordedAt: string): StreamEvent => {
  const revision = (revisions.get(streamId) ?? -1) + 1;
  revisions.set(streamId, revision);
  position += 1;
  return {
    id: `e-${position}`,
    streamId,
    type,
    revision,
    position,
    data,
    metadata: {
      recordedAt,
      submittedBy: 'admin-1',
      region: null,
      submissionId: `e-${position}`,
      correlationId: 'c',
      channel: 'api',
    },
  };
};
const given = (events: readonly StreamEvent[]) =>
  events.reduce(usersProjection.evolve, usersProjection.initialState());

const registered = (userId: string, username: string, at = '2026-11-20T06:00:00.000Z') =>
  recorded(
    `user-${userId}`,
    'UserRegistered',
    {
      userId,
      username,
      displayName: username.toUpperCase(),
      role: 'REGIONAL_OFFICER',
      region: 'KZ-15',
      passwordHash: 'scrypt$hash-1',
      occurredOn: at.slice(0, 10),
    },
    at,
  );
const signedOut = (sessionId: string, expiresAt: string, recordedAt: string) =>
  recorded(
    `session-${sessionId}`,
    'UserSignedOut',
    { userId: 'u-1', sessionId, expiresAt, occurredOn: recordedAt.slice(0, 10) },
    recordedAt,
  );

describe('the users projection', () => {
  beforeEach(() => revisions.clear());

  it('knows a registered user by username, whatever its case, with the revision of its stream', () => {
    const state = given([registered('u-1', 'aigerim'), registered('u-2', 'bolat')]);
    expect(userByUsername(state, '  AIGERIM ')).toMatchObject({
      userId: 'u-1',
      role: 'REGIONAL_OFFICER',
      region: 'KZ-15',
      active: true,
      revision: 0,
      credentialsChangedAt: null,
    });
    expect(listUsers(state).map((u) => u.username)).toEqual(['aigerim', 'bolat']);
  });

  it('follows role grants, password changes and deactivation, and keeps their history newest first', () => {
    const state = given([
      registered('u-1', 'aigerim'),
      recorded(
        'user-u-1',
        'UserRoleGranted',
        { userId: 'u-1', role: 'CHAIR', region: null, occurredOn: '2026-11-21' },
        '2026-11-21T06:00:00.000Z',
      ),
      recorded(
        'user-u-1',
        'UserPasswordChanged',
        { userId: 'u-1', passwordHash: 'scrypt$hash-2', occurredOn: '2026-11-22' },
        '2026-11-22T06:00:00.000Z',
      ),
    ]);
    expect(userByUsername(state, 'aigerim')).toMatchObject({
      role: 'CHAIR',
      region: null,
      passwordHash: 'scrypt$hash-2',
      credentialsChangedAt: '2026-11-22T06:00:00.000Z',
      revision: 2,
    });
    expect(activeUsersWithRole(state, 'CHAIR').map((u) => u.username)).toEqual(['aigerim']);
    const closed = usersProjection.evolve(
      state,
      recorded(
        'user-u-1',
        'UserDeactivated',
        { userId: 'u-1', reason: 'left', occurredOn: '2026-11-23' },
        '2026-11-23T06:00:00.000Z',
      ),
    );
    expect(userByUsername(closed, 'aigerim')?.active).toBe(false);
    expect(activeUsersWithRole(closed, 'CHAIR')).toEqual([]);
    expect(accountHistory(closed, 'u-1').map((h) => [h.type, h.role, h.reason])).toEqual([
      ['UserDeactivated', null, 'left'],
      ['UserPasswordChanged', null, null],
      ['UserRoleGranted', 'CHAIR', null],
      ['UserRegistered', 'REGIONAL_OFFICER', null],
    ]);
    expect(accountHistory(closed, 'u-2')).toEqual([]);
  });

  it('ignores a change to an account it never saw registered', () => {
    const state = given([
      recorded(
        'user-u-9',
        'UserDeactivated',
        { userId: 'u-9', reason: 'left', occurredOn: '2026-11-23' },
        '2026-11-23T06:00:00.000Z',
      ),
    ]);
    expect(listUsers(state)).toEqual([]);
  });

  it('keeps a signed-out session until its token would have expired, then forgets it', () => {
    const state = given([
      signedOut('s-1', '2026-11-20T10:00:00.000Z', '2026-11-20T09:00:00.000Z'),
      signedOut('s-2', '2026-11-20T18:00:00.000Z', '2026-11-20T09:30:00.000Z'),
    ]);
    expect([...state.revokedSessions.keys()]).toEqual(['s-1', 's-2']);
    usersProjection.evolve(state, signedOut('s-3', '2026-11-20T19:00:00.000Z', '2026-11-20T10:00:00.000Z'));
    expect([...state.revokedSessions.keys()]).toEqual(['s-2', 's-3']);
    expect(sessionRevoked(state, 's-1')).toBe(false);
    expect(sessionRevoked(state, 's-3')).toBe(true);
    // Not an account change an administrator reviews.
    expect(state.history).toEqual([]);
  });
});
