import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { authOptionsFrom } from './auth-options.ts';
import { resolveSessionSecret } from './session-secret.ts';

describe('the session secret', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-secret-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses SESSION_SECRET when set, and refuses a short one', () => {
    expect(resolveSessionSecret('x'.repeat(40), dir)).toBe('x'.repeat(40));
    expect(() => resolveSessionSecret('too short', dir)).toThrow(/at least 32/);
  });

  it('generates one secret into the data directory, readable by the owner only, and keeps it', () => {
    const first = resolveSessionSecret(undefined, join(dir, 'data'));
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = join(dir, 'data', 'session-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(resolveSessionSecret(undefined, join(dir, 'data'))).toBe(first);
  });

  it('trusts an OIDC provider only with its audience and key set', () => {
    const base = { DATA_DIR: dir, SESSION_SECRET: 's'.repeat(32) };
    expect(authOptionsFrom(base).oidc).toBeUndefined();
    expect(() => authOptionsFrom({ ...base, OIDC_ISSUER: 'https://idp.example.kz' })).toThrow(
      /OIDC_AUDIENCE/,
    );
    const options = authOptionsFrom({
      ...base,
      OIDC_ISSUER: 'https://idp.example.kz',
      OIDC_AUDIENCE: 'kpi',
      OIDC_JWKS_URL: 'https://idp.example.kz/jwks',
    });
    expect(options.oidc).toMatchObject({ issuer: 'https://idp.example.kz', audience: 'kpi' });
  });
});
