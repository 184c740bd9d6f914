import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../store/port.ts';
import { evolveUsers, initialUsersState } from './users-model.ts';

let position = 0;
const signedOut = (sessionId: string, expiresAt: string, recordedAt: string): RecordedEvent => ({
  id: `e-${++position}`,
  streamId: `session-${sessionId}`,
  type: 'UserSignedOut',
  revision: 0,
  position,
  data: { userId: 'u-1', sessionId, expiresAt, occurredOn: recordedAt.slice(0, 10) },
  metadata: {
    recordedAt,
    submittedBy: 'u-1',
    region: null,
    submissionId: `e-${position}`,
    correlationId: 'c',
    channel: 'api',
    schemaVersion: 1,
  },
});

describe('the users model on sign-out', () => {
  it('keeps a signed-out session until its token would have expired, then forgets it', () => {
    const state = initialUsersState();
    evolveUsers(state, signedOut('s-1', '2026-11-20T10:00:00.000Z', '2026-11-20T09:00:00.000Z'));
    evolveUsers(state, signedOut('s-2', '2026-11-20T18:00:00.000Z', '2026-11-20T09:30:00.000Z'));
    expect([...state.revokedSessions.keys()]).toEqual(['s-1', 's-2']);
    evolveUsers(state, signedOut('s-3', '2026-11-20T19:00:00.000Z', '2026-11-20T10:00:00.000Z'));
    expect([...state.revokedSessions.keys()]).toEqual(['s-2', 's-3']);
    // Not an account change an administrator reviews.
    expect(state.history).toEqual([]);
  });
});
