import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../auth/session-tokens.ts';
import { csvOf, openImportEnv, riskRow } from '../../import/import-fixtures.ts';

/** The form a page on another site can make a browser send: multipart, the session cookie attached. */
const formPost = (csv: string) => {
  const boundary = '----kpi-form-boundary';
  const payload = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="eventType"',
    '',
    'RiskIdentified',
    `--${boundary}`,
    'Content-Disposition: form-data; name="commit"',
    '',
    'true',
    `--${boundary}`,
    'Content-Disposition: form-data; name="file"; filename="risks.csv"',
    'Content-Type: text/csv',
    '',
    csv,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
};

describe('cross-site protection of state-changing routes', () => {
  let env: Awaited<ReturnType<typeof openImportEnv>>;
  let cookie: string;
  const csv = csvOf('RiskIdentified', [riskRow()]);

  beforeAll(async () => {
    env = await openImportEnv();
    cookie = `${SESSION_COOKIE}=${env.aktobe.authorization.replace(/^Bearer /, '')}`;
  });
  afterAll(async () => {
    await env.close();
  });

  const post = (headers: Record<string, string>) => {
    const form = formPost(csv);
    return env.app.inject({
      method: 'POST',
      url: '/import?wait=true',
      headers: { 'content-type': form.contentType, host: 'kpi.example.kz', ...headers },
      payload: form.payload,
    });
  };

  it.each([
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['Sec-Fetch-Site: cross-site', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { origin: 'https://x.kpi.example.kz', 'sec-fetch-site': 'same-site' }],
    ['Origin: null (a sandboxed page)', { origin: 'null' }],
  ])('refuses a cookie-only form POST to /import with %s, and writes nothing', async (_, headers) => {
    const head = await env.store.headPosition();
    const response = await post({ cookie, ...headers });
    expect(response.statusCode).toBe(403);
    expect(response.json().message).toMatch(/^cross-site request refused/);
    expect(await env.store.headPosition()).toBe(head);
  });

  it('refuses a cross-site form POST to /graphql (yoga reads urlencoded bodies too)', async () => {
    const response = await env.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie,
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      },
      payload: 'query=%7B__typename%7D',
    });
    expect(response.statusCode).toBe(403);
  });

  it('accepts the same site with its cookie, and any client with a bearer token', async () => {
    const sameOrigin = await post({
      cookie,
      origin: 'http://kpi.example.kz',
      'sec-fetch-site': 'same-origin',
    });
    expect(sameOrigin.statusCode).toBe(200);
    expect(sameOrigin.json().report).toMatchObject({ committed: true, eventsWritten: 1 });
    // An older browser sends Origin without Sec-Fetch-Site: its own origin is enough.
    const originOnly = await post({ cookie, origin: 'http://kpi.example.kz' });
    expect(originOnly.statusCode).toBe(200);
    // A script or the command line: no Origin, a bearer token (or from elsewhere, still a bearer).
    expect((await post(env.aktobe)).statusCode).toBe(200);
    expect((await post({ ...env.aktobe, origin: 'https://integrator.example' })).statusCode).toBe(200);
  });
});
