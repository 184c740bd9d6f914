import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export interface DashboardOptions {
  /** The Vite build output (dashboard/dist). */
  readonly distDir: string;
}

/** Paths the server owns: never answered with the dashboard's index.html (the public page's too, on or off). */
const API_PREFIXES = ['/graphql', '/health', '/metrics', '/api/', '/import', '/public'];

/**
 * Serves the built dashboard from the API process, so the product runs on one port and one
 * origin (the session cookie and the SSE stream need no CORS). Hashed assets are cached for a
 * year; index.html never, so a new build is picked up on the next load. Any other GET that
 * accepts HTML gets index.html: the client-side router owns those paths (SPA fallback).
 * The build writes brotli and gzip siblings of every text file (`x.js.br`, `x.js.gz`); a request
 * that accepts one gets it as is (`Content-Encoding`, `Vary: accept-encoding`), with no
 * compression work per request.
 */
export const registerDashboard = async (app: FastifyInstance, options: DashboardOptions): Promise<void> => {
  const index = join(options.distDir, 'index.html');
  if (!existsSync(index)) {
    throw new Error(
      `the dashboard is not built: ${index} is missing (run \`pnpm --filter @kpi/dashboard build\`)`,
    );
  }
  await app.register(fastifyStatic, {
    root: options.distDir,
    prefix: '/',
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });

  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');

  app.get('/', (_request, reply) => sendIndex(reply));

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const wantsHtml = (request.headers.accept ?? '').includes('text/html');
    const isApi = API_PREFIXES.some((prefix) => path === prefix || path.startsWith(prefix));
    const looksLikeFile = /\.[a-z0-9]+$/i.test(path);
    if (request.method === 'GET' && wantsHtml && !isApi && !looksLikeFile) return sendIndex(reply);
    return reply.code(404).send({ error: 'Not Found', message: `${request.method} ${path} not found` });
  });
};
