import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '../env.ts';
import { institutionOf, institutionRoutes, LOGO_ROUTE } from './institution-routes.ts';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>';

const serve = async (env: Record<string, string>) => {
  const app = Fastify();
  await app.register(institutionRoutes, { institution: institutionOf(parseEnv(env)) });
  await app.ready();
  return app;
};

describe("the institution's name and logo from configuration", () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-logo-'));
    writeFileSync(join(dir, 'logo.svg'), SVG);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers the configured name in each language, to anyone, with no logo unless one is set', async () => {
    const app = await serve({
      INSTITUTION_NAME_RU: 'Агентство по противодействию коррупции',
      INSTITUTION_NAME_KK: 'Сыбайлас жемқорлыққа қарсы агенттік',
      INSTITUTION_NAME_EN: 'Anti-Corruption Service',
    });
    const response = await app.inject({ url: '/api/institution' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      name: {
        ru: 'Агентство по противодействию коррупции',
        kk: 'Сыбайлас жемқорлыққа қарсы агенттік',
        en: 'Anti-Corruption Service',
      },
      logoUrl: null,
    });
    expect((await app.inject({ url: LOGO_ROUTE })).statusCode).toBe(404);
    await app.close();
  });

  it('serves a logo file under its own address, as an image that runs no script', async () => {
    const app = await serve({ INSTITUTION_LOGO_PATH: join(dir, 'logo.svg') });
    expect((await app.inject({ url: '/api/institution' })).json().logoUrl).toBe(LOGO_ROUTE);
    const logo = await app.inject({ url: LOGO_ROUTE });
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toContain('image/svg+xml');
    expect(logo.headers['content-security-policy']).toContain("default-src 'none'");
    expect(logo.body).toBe(SVG);
    await app.close();
  });

  it('passes a logo address through as configured', async () => {
    const app = await serve({ INSTITUTION_LOGO_URL: 'https://anticorruption.gov.kz/logo.svg' });
    expect((await app.inject({ url: '/api/institution' })).json().logoUrl).toBe(
      'https://anticorruption.gov.kz/logo.svg',
    );
    await app.close();
  });

  it('refuses to start on a logo that is missing, of another kind, or given twice, naming the variable', async () => {
    await expect(serve({ INSTITUTION_LOGO_PATH: join(dir, 'absent.png') })).rejects.toThrow(
      /INSTITUTION_LOGO_PATH: .*absent\.png cannot be read/,
    );
    expect(() => parseEnv({ INSTITUTION_LOGO_PATH: join(dir, 'logo.gif') })).toThrow(
      /INSTITUTION_LOGO_PATH: must name an \.svg, \.png, \.jpg or \.webp file/,
    );
    expect(() =>
      parseEnv({ INSTITUTION_LOGO_PATH: join(dir, 'logo.svg'), INSTITUTION_LOGO_URL: '/logo.svg' }),
    ).toThrow(EnvError);
  });
});
