import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env.ts';
import { DEFAULT_IMPORT_LIMITS, importLimitsOf } from './import/limits.ts';

describe('parseEnv', () => {
  it('runs with nothing set: embedded store under data/, demo data on an empty store', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(4000);
    expect(env.SQLITE_PATH).toMatch(/data[/\\]events\.sqlite$/);
    expect(env.EVENTSTORE_CONNECTION_STRING).toBeUndefined();
    expect(env.DEMO_DATA).toBe('auto');
  });

  it('reports every problem at once, naming each variable', () => {
    let error: unknown;
    try {
      parseEnv({ PORT: 'eighty', SESSION_SECRET: 'short', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'SESSION_SECRET', 'LOG_LEVEL']) expect(message).toContain(name);
  });

  it('refuses half-configured OpenID Connect and administrator bootstrap', () => {
    expect(() => parseEnv({ OIDC_ISSUER: 'https://idp.example/realms/kpi' })).toThrow(/OIDC_JWKS_URL/);
    expect(() => parseEnv({ ADMIN_USERNAME: 'root' })).toThrow(/set both or neither/);
  });

  it('splits the CORS allow-list', () => {
    expect(parseEnv({ CORS_ORIGINS: 'https://a.kz, https://b.kz' }).CORS_ORIGINS).toEqual([
      'https://a.kz',
      'https://b.kz',
    ]);
  });

  it('keeps /metrics and introspection closed unless a flag says true', () => {
    expect(parseEnv({})).toMatchObject({ METRICS_PUBLIC: false, GRAPHQL_INTROSPECTION: false });
    expect(parseEnv({ METRICS_PUBLIC: 'true', GRAPHQL_INTROSPECTION: 'true' })).toMatchObject({
      METRICS_PUBLIC: true,
      GRAPHQL_INTROSPECTION: true,
    });
    expect(() => parseEnv({ METRICS_PUBLIC: 'yes', GRAPHQL_INTROSPECTION: '1' })).toThrow(
      /METRICS_PUBLIC[\s\S]*GRAPHQL_INTROSPECTION/,
    );
  });

  it('reads the upload limits, with the documented defaults', () => {
    expect(importLimitsOf(parseEnv({}))).toEqual(DEFAULT_IMPORT_LIMITS);
    expect(
      importLimitsOf(parseEnv({ IMPORT_MAX_ROWS: '5000', IMPORT_MAX_FILE_BYTES: '1048576' })),
    ).toMatchObject({
      maxRows: 5000,
      maxFileBytes: 1048576,
    });
    expect(() => parseEnv({ IMPORT_MAX_COLUMNS: '3' })).toThrow(/IMPORT_MAX_COLUMNS/);
  });
});
