import { describe, expect, it } from 'vitest';
import { SessionTokens } from './session-tokens.ts';

const SECRET = 'a-session-secret-of-enough-length-for-hs256-tests';
const issuedAt = new Date('2026-03-01T08:00:00Z');
const later = (seconds: number) => new Date(issuedAt.getTime() + seconds * 1000);

describe('session tokens', () => {
  it('verifies a token again and again with the same claims', async () => {
    const tokens = new SessionTokens(SECRET, 60);
    const { token, claims } = await tokens.issue('user-1', issuedAt);
    expect(await tokens.verify(token, later(1))).toEqual(claims);
    expect(await tokens.verify(token, later(2))).toEqual(claims);
  });

  it('refuses a token once it has expired, though it verified before', async () => {
    const tokens = new SessionTokens(SECRET, 60);
    const { token } = await tokens.issue('user-1', issuedAt);
    expect(await tokens.verify(token, later(59))).not.toBeNull();
    expect(await tokens.verify(token, later(60))).toBeNull();
    expect(await tokens.verify(token, later(61))).toBeNull();
  });

  it('refuses an altered token even while the genuine one is known', async () => {
    const tokens = new SessionTokens(SECRET, 60);
    const { token } = await tokens.issue('user-1', issuedAt);
    await tokens.verify(token, later(1));
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BA' : 'AA'}`;
    expect(await tokens.verify(`${header}.${payload}.${flipped}`, later(1))).toBeNull();
    const otherUser = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'user-2' }),
    ).toString('base64url');
    expect(await tokens.verify(`${header}.${otherUser}.${signature}`, later(1))).toBeNull();
  });

  it('refuses a token signed with another secret', async () => {
    const { token } = await new SessionTokens(`${SECRET}-other`, 60).issue('user-1', issuedAt);
    expect(await new SessionTokens(SECRET, 60).verify(token, later(1))).toBeNull();
  });
});
