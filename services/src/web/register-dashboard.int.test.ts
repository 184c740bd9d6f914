import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDashboard } from './register-dashboard.ts';

const BUNDLE = Buffer.from(
  `export const labels = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `Регион ${i}`))};`,
);

describe('serving the built dashboard from the API process', () => {
  let dir: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-dist-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets', 'app-def456.js'), BUNDLE);
    writeFileSync(join(dir, 'assets', 'app-def456.js.br'), brotliCompressSync(BUNDLE));
    writeFileSync(join(dir, 'assets', 'app-def456.js.gz'), gzipSync(BUNDLE));
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

  it('answers a request that accepts brotli with the pre-compressed file, decoding to the same bytes', async () => {
    const response = await app.inject({
      url: '/assets/app-def456.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toContain('accept-encoding');
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.headers['cache-control']).toContain('immutable');
    expect(response.rawPayload.length).toBeLessThan(BUNDLE.length / 3);
    expect(brotliDecompressSync(response.rawPayload).equals(BUNDLE)).toBe(true);
  });

  it('answers gzip to a client without brotli, and the raw file to one that accepts neither', async () => {
    const gzip = await app.inject({ url: '/assets/app-def456.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(BUNDLE)).toBe(true);
    const raw = await app.inject({
      url: '/assets/app-def456.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.headers.vary).toContain('accept-encoding');
    expect(raw.rawPayload.equals(BUNDLE)).toBe(true);
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
