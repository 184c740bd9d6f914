import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password.ts';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
  });

  it('salts every hash and uses scrypt with N >= 2^15, r = 8, p = 1', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    expect(a).not.toBe(b);
    const [scheme, n, r, p] = a.split('$');
    expect([scheme, Number(n) >= 2 ** 15, r, p]).toEqual(['scrypt', true, '8', '1']);
    expect(a).not.toContain('same password');
  });

  it('never verifies against a malformed or absurdly expensive hash', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1099511627776$8$1$AA==$AA==')).toBe(false);
  });

  it('asks for at least twelve characters', () => {
    expect(passwordProblem('short')).toMatch(/at least 12/);
    expect(passwordProblem('long enough pass')).toBeNull();
  });
});
