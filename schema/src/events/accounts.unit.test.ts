import { describe, expect, it } from 'vitest';
import { validateEvent } from './validate.ts';

const registered = {
  userId: '6d0c3f0e-1d5a-4a53-9d1c-2f4b7a0c9e11',
  username: 'A.Seitkali',
  displayName: 'Айгерим Сейткали',
  role: 'REGIONAL_OFFICER',
  region: 'KZ-15',
  passwordHash: 'scrypt$32768$8$1$c2FsdA==$aGFzaA==',
  occurredOn: '2026-11-20',
};

describe('account events', () => {
  it('accept an officer bound to one region and fold the username to lower case', () => {
    const result = validateEvent('UserRegistered', registered);
    expect(result).toMatchObject({ ok: true, value: { data: { username: 'a.seitkali' } } });
  });

  it('refuse an officer without a region, and a chair with one, naming the region field', () => {
    for (const data of [
      { ...registered, region: null },
      { ...registered, role: 'CHAIR' },
    ]) {
      const result = validateEvent('UserRegistered', data);
      expect(result).toMatchObject({ ok: false, issues: [{ path: 'data.region' }] });
    }
  });

  it('refuse anything that is not a scrypt hash where a password hash belongs', () => {
    const result = validateEvent('UserPasswordChanged', {
      userId: registered.userId,
      passwordHash: 'hunter2',
      occurredOn: '2026-11-20',
    });
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'data.passwordHash' }] });
  });

  it('refuse an unknown role', () => {
    const result = validateEvent('UserRoleGranted', {
      userId: registered.userId,
      role: 'PROSECUTOR',
      region: null,
      occurredOn: '2026-11-20',
    });
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'data.role' }] });
  });

  it('record a sign-out by the session id and its expiry, and refuse a token in place of the id', () => {
    const signedOut = {
      userId: registered.userId,
      sessionId: '0b7e2c1a-4f3d-4e5a-9b8c-7d6e5f4a3b2c',
      expiresAt: '2026-11-20T18:00:00.000Z',
      occurredOn: '2026-11-20',
    };
    expect(validateEvent('UserSignedOut', signedOut).ok).toBe(true);
    const result = validateEvent('UserSignedOut', { ...signedOut, sessionId: 'eyJhbGciOiJIUzI1NiJ9.e30.x' });
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'data.sessionId' }] });
    expect(validateEvent('UserSignedOut', { ...signedOut, expiresAt: 'tomorrow' })).toMatchObject({
      ok: false,
      issues: [{ path: 'data.expiresAt' }],
    });
  });
});
