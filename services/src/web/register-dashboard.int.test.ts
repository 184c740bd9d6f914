import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDashboard } from './register-dashboard.ts';

describe('serving the built dashboard from the API process', () => {
  let dir: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-dist-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    app = Fastify();
    app.post('/graphql', async () => ({ data: { ok: true } }));
    await registerDashboard(app, { distDir: dir });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at the root, never cached', async () => {
    const response = await app.inject({ url: '/', headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('id="root"');
  });

  it('serves hashed assets with a long cache', async () => {
    const response = await app.inject({ url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('answers client-side routes with index.html (deep links and reloads work)', async () => {
    const response = await app.inject({ url: '/regions/KZ-15?tab=risks', headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('id="root"');
  });

  it('keeps 404 for missing files and for API paths, and leaves the API alone', async () => {
    expect(
      (await app.inject({ url: '/assets/missing.js', headers: { accept: 'text/html' } })).statusCode,
    ).toBe(404);
    expect((await app.inject({ url: '/graphql', headers: { accept: 'text/html' } })).statusCode).toBe(404);
    expect((await app.inject({ url: '/overview', headers: { accept: 'application/json' } })).statusCode).toBe(
      404,
    );
    const api = await app.inject({ method: 'POST', url: '/graphql', payload: {} });
    expect(api.json()).toEqual({ data: { ok: true } });
  });

  it('refuses to start without a build, naming the missing file and the command', async () => {
    await expect(registerDashboard(Fastify(), { distDir: join(dir, 'nope') })).rejects.toThrow(
      /index\.html.*build/,
    );
  });
});
