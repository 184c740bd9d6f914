import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Accounts } from '../../accounts/accounts.ts';
import { bearer, buildTestApp, gql, openTestServices, signInToken } from '../../auth/test-fixtures.ts';
import type { Viewer } from '../../identity/viewer.ts';
import type { ImportJobs } from '../../import/import-jobs.ts';

const ADMIN: Viewer = {
  userId: 'u-admin',
  username: 'admin',
  displayName: 'A',
  role: 'ADMINISTRATOR',
  region: null,
};
const OFFICER: Viewer = {
  userId: 'u-off',
  username: 'off',
  displayName: 'O',
  role: 'REGIONAL_OFFICER',
  region: 'KZ-15',
};

describe('hardening of the HTTP and GraphQL surface', () => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let app: FastifyInstance;

  beforeAll(async () => {
    env = await openTestServices();
    await env.accounts.register(
      {
        username: 'officer',
        displayName: 'O',
        role: 'REGIONAL_OFFICER',
        region: 'KZ-15',
        password: 'officer password',
      },
      { userId: 'system', correlationId: 'c', channel: 'system' },
    );
    app = await buildTestApp(env.services, {
      security: { corsOrigins: ['https://dashboard.anticorruption.kz'], bodyLimit: 64 * 1024 },
    });
  });
  afterAll(async () => {
    await app.close();
    await env.close();
  });

  it('refuses a GraphQL body over the limit with 413, while the import route takes a larger file', async () => {
    const big = JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(100 * 1024)}` });
    const graphql = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: big,
    });
    expect(graphql.statusCode).toBe(413);
    const token = await signInToken(app, 'officer', 'officer password');
    const csv = `Описание (description)\n${'строка\n'.repeat(20_000)}`;
    expect(Buffer.byteLength(csv)).toBeGreaterThan(64 * 1024);
    const upload = await app.inject({
      method: 'POST',
      url: '/import?eventType=RiskWithdrawn',
      headers: { ...bearer(token), 'content-type': 'text/csv' },
      payload: csv,
    });
    // Received and parsed; the service is not running in this app, which the answer says.
    expect(upload.statusCode).toBe(503);
  });

  it('sends security headers with a same-origin content security policy', async () => {
    const response = await app.inject({ method: 'GET', url: '/graphql?query={__typename}' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
  });

  it('answers CORS only for listed origins', async () => {
    const preflight = (origin: string) =>
      app.inject({
        method: 'OPTIONS',
        url: '/graphql',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const allowed = await preflight('https://dashboard.anticorruption.kz');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://dashboard.anticorruption.kz');
    expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    const refused = await preflight('https://evil.example');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses queries past the depth, alias and token limits before running them', async () => {
    const strict = await buildTestApp(env.services, {
      authenticate: async () => ADMIN,
      security: { graphqlLimits: { maxDepth: 2, maxCost: 5000, maxAliases: 20, maxTokens: 2000 } },
    });
    const deep = await gql(strict, '{ accountHistory { user { username } } }');
    expect(deep.body.errors?.[0]?.message).toMatch(/depth/i);
    await strict.close();
    const cheap = await buildTestApp(env.services, {
      authenticate: async () => ADMIN,
      security: { graphqlLimits: { maxDepth: 10, maxCost: 3, maxAliases: 20, maxTokens: 2000 } },
    });
    const costly = await gql(cheap, '{ users { username displayName role region active } }');
    expect(costly.body.errors?.[0]?.message).toMatch(/cost/i);
    await cheap.close();
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: regions { code }`).join(' ');
    expect((await gql(app, `{ ${aliases} }`)).body.errors?.[0]?.message).toMatch(/alias/i);
    const tokens = `{ ${Array.from({ length: 2500 }, () => '__typename').join(' ')} }`;
    expect((await gql(app, tokens)).body.errors?.[0]?.message).toMatch(/token/i);
  });

  it('masks an internal error: a fixed message, no stack, no internals', async () => {
    const broken = {
      users: {
        list: () => {
          throw new Error('SQLITE_CORRUPT at /srv/kpi/data/events.sqlite');
        },
      },
    } as unknown as Accounts;
    const failing = await buildTestApp(
      { ...env.services, accounts: broken },
      { authenticate: async () => ADMIN },
    );
    const answer = await gql(failing, '{ users { username } }');
    expect(answer.body.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(answer.body)).not.toMatch(/SQLITE|srv|stack|at /);
    await failing.close();
  });

  it('masks an internal error on a plain HTTP route too', async () => {
    const jobs = {
      start: () => {
        throw new Error('disk full at /srv/kpi');
      },
    } as unknown as ImportJobs;
    const failing = await buildTestApp(
      { ...env.services, imports: jobs },
      { authenticate: async () => OFFICER },
    );
    const response = await failing.inject({
      method: 'POST',
      url: '/import?eventType=RiskWithdrawn',
      headers: { 'content-type': 'text/csv' },
      payload: 'a;b\n1;2\n',
    });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ message: 'Unexpected error' });
    expect(response.body).not.toMatch(/disk|srv|stack/);
    await failing.close();
  });

  it('limits spreadsheet uploads per address', async () => {
    const limited = await buildTestApp(env.services, {
      authenticate: async () => OFFICER,
      security: { importUploadsPerMinute: 2 },
    });
    const send = () =>
      limited.inject({
        method: 'POST',
        url: '/import?eventType=RiskWithdrawn',
        headers: { 'content-type': 'text/csv' },
        payload: 'a\n1\n',
      });
    expect((await send()).statusCode).toBe(503);
    expect((await send()).statusCode).toBe(503);
    expect((await send()).statusCode).toBe(429);
    await limited.close();
  });
});
