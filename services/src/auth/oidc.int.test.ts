import Fastify, { type FastifyInstance } from 'fastify';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOidcVerifier } from './oidc.ts';
import { bearer, buildTestApp, gql, openTestServices } from './test-fixtures.ts';

const ISSUER = 'https://idp.example.kz/realms/agency';
const AUDIENCE = 'kpi-api';
const ME = '{ me { id username displayName role region } }';

describe('bearer tokens from an OpenID Connect provider', () => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let idp: FastifyInstance;
  let app: FastifyInstance;
  let providerKey: CryptoKey;
  let strangerKey: CryptoKey;

  const token = (
    claims: Record<string, unknown>,
    options: { key?: CryptoKey; aud?: string; exp?: string } = {},
  ) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(ISSUER)
      .setAudience(options.aud ?? AUDIENCE)
      .setSubject('a1b2c3')
      .setIssuedAt()
      .setExpirationTime(options.exp ?? '5m')
      .sign(options.key ?? providerKey);

  beforeAll(async () => {
    env = await openTestServices();
    const pair = await generateKeyPair('RS256', { extractable: true });
    providerKey = pair.privateKey;
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    idp = Fastify();
    idp.get('/jwks', async () => ({ keys: [jwk] }));
    const address = await idp.listen({ host: '127.0.0.1', port: 0 });
    app = await buildTestApp(env.services, {
      auth: {
        sessionSecret: 'o'.repeat(48),
        oidc: {
          issuer: ISSUER,
          audience: AUDIENCE,
          jwksUrl: `${address}/jwks`,
          roleClaim: 'kpi_role',
          regionClaim: 'kpi_region',
        },
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await idp.close();
    await env.close();
  });

  it('signs in an officer with role and region from the claims, verified against the JWKS', async () => {
    const jwt = await token({
      kpi_role: 'REGIONAL_OFFICER',
      kpi_region: 'KZ-15',
      preferred_username: 'a.nurlanov',
      name: 'А. Нурланов',
    });
    const answer = await gql(app, ME, {}, bearer(jwt));
    expect(answer.body.data?.me).toEqual({
      id: 'oidc:a1b2c3',
      username: 'a.nurlanov',
      displayName: 'А. Нурланов',
      role: 'REGIONAL_OFFICER',
      region: 'KZ-15',
    });
  });

  it("signs in a central body's officer with their body from the claims", async () => {
    const jwt = await token({ kpi_role: 'CENTRAL_BODY_OFFICER', kpi_central_body: 'MIN-HEALTH' });
    const answer = await gql(app, '{ me { role region centralBody } }', {}, bearer(jwt));
    expect(answer.body.data?.me).toEqual({
      role: 'CENTRAL_BODY_OFFICER',
      region: null,
      centralBody: 'MIN-HEALTH',
    });
  });

  it('signs in a chair, who has no region', async () => {
    const answer = await gql(app, ME, {}, bearer(await token({ kpi_role: 'CHAIR' })));
    expect(answer.body.data?.me).toMatchObject({ role: 'CHAIR', region: null });
  });

  it.each([
    ['an unknown role', { kpi_role: 'PROSECUTOR' }],
    ['no role', {}],
    ['an officer without a region', { kpi_role: 'REGIONAL_OFFICER' }],
    ['an officer with a retired region code', { kpi_role: 'REGIONAL_OFFICER', kpi_region: 'KZ-AKT' }],
    ['a chair with a region', { kpi_role: 'CHAIR', kpi_region: 'KZ-15' }],
    ["a central body's officer without a body", { kpi_role: 'CENTRAL_BODY_OFFICER' }],
    [
      "a central body's officer with a region's code for a body",
      { kpi_role: 'CENTRAL_BODY_OFFICER', kpi_central_body: 'KZ-15' },
    ],
    ['an analyst with a body', { kpi_role: 'ANALYST', kpi_central_body: 'MIN-HEALTH' }],
  ])('treats a token with %s as anonymous', async (_name, claims) => {
    const answer = await gql(app, ME, {}, bearer(await token(claims)));
    expect(answer.body.errors?.[0]?.message).toMatch(/Not authorized/);
  });

  it('refuses a token for another audience, an expired one, and one signed by another key', async () => {
    const claims = { kpi_role: 'ANALYST' };
    for (const jwt of [
      await token(claims, { aud: 'someone-else' }),
      await token(claims, { exp: '-1m' }),
      await token(claims, { key: strangerKey }),
    ]) {
      expect((await gql(app, ME, {}, bearer(jwt))).body.errors?.[0]?.message).toMatch(/Not authorized/);
    }
  });

  it('refuses to trust a provider without an audience', () => {
    expect(() =>
      createOidcVerifier({ issuer: ISSUER, audience: '', jwksUrl: 'http://127.0.0.1:1/jwks' }),
    ).toThrow(/audience/);
  });
});
