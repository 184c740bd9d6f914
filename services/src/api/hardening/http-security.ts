import cors from '@fastify/cors';
import type { FastifyError, FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * The dashboard is served from the same origin as the API and loads only its own bundles, so
 * the policy allows 'self' and nothing else; inline styles stay allowed for the charts' SVG.
 * The headers are built once: @fastify/helmet rebuilt helmet's middleware (parsing every CSP
 * directive) on each request, a tenth of a cached query's cost.
 */
export const registerSecurityHeaders = async (app: FastifyInstance): Promise<void> => {
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, next) => {
    setHeaders(request.raw, reply.raw, (error) => next(error instanceof Error ? error : undefined));
  });
};

/**
 * Cross-origin callers are refused unless their origin is listed (`CORS_ORIGINS`); same-origin
 * requests and server-to-server calls (no Origin header) are unaffected.
 */
export const registerCors = async (
  app: FastifyInstance,
  allowedOrigins: readonly string[],
): Promise<void> => {
  const allowed = new Set(allowedOrigins.map((o) => o.replace(/\/$/, '')));
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin === undefined || allowed.has(origin)),
    credentials: true,
    methods: ['GET', 'POST', 'OPTIONS'],
    maxAge: 600,
  });
};

/**
 * Client errors keep their message (a body too large, a malformed request); server errors answer
 * a fixed text with the request id to quote, and the details go to the log only.
 */
export const registerErrorMasking = (app: FastifyInstance): void => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply
        .status(500)
        .send({ error: 'Internal Server Error', message: 'Unexpected error', requestId: request.id });
    }
    // A client cut off by the body limit is told the limit, so it can split or shrink the request.
    const message =
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? `the request body is larger than the limit of ${sizeOf(request.routeOptions.bodyLimit)}`
        : error.message;
    return reply.status(status).send({ error: error.name, code: error.code, message });
  });
};

/** `1048576 bytes (1 MiB)`: the exact number for a program, the round one for a person. */
const sizeOf = (bytes: number): string => {
  if (bytes % 1024 ** 2 === 0) return `${bytes} bytes (${bytes / 1024 ** 2} MiB)`;
  if (bytes % 1024 === 0) return `${bytes} bytes (${bytes / 1024} KiB)`;
  return `${bytes} bytes`;
};
