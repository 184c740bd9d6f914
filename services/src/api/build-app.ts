import { randomBytes, randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import { createYoga } from 'graphql-yoga';
import { Auth, type AuthOptions } from '../auth/auth.ts';
import type { Viewer } from '../identity/viewer.ts';
import { registerImportRoutes } from '../import/http-routes.ts';
import { registerReportRoutes } from '../reports/http-routes.ts';
import type { ApiContext, SessionControls } from './context.ts';
import { registerCrossSiteGuard } from './hardening/cross-site.ts';
import {
  DEFAULT_GRAPHQL_LIMITS,
  type GraphqlLimits,
  graphqlLimitPlugins,
} from './hardening/graphql-limits.ts';
import { registerCors, registerErrorMasking, registerSecurityHeaders } from './hardening/http-security.ts';
import { closedIntrospection } from './hardening/introspection.ts';
import { useKpiQueryCache } from './kpi-query-cache.ts';
import { schema } from './schema.ts';
import type { AppServices } from './services.ts';

export interface SecurityOptions {
  /** Origins allowed to call cross-origin (`CORS_ORIGINS`); empty allows same-origin only. */
  readonly corsOrigins?: readonly string[];
  /** Largest request body in bytes for every route but the import upload. */
  readonly bodyLimit?: number;
  readonly graphqlLimits?: GraphqlLimits;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (sign-in limits use it). */
  readonly trustProxy?: boolean;
  /** Spreadsheet uploads per client address per minute (default 30). */
  readonly importUploadsPerMinute?: number;
  /** Answer `__schema` / `__type` queries (`GRAPHQL_INTROSPECTION`); closed by default. */
  readonly introspection?: boolean;
}

export interface BuildAppOptions {
  readonly services: AppServices;
  /**
   * Establishes the caller from the request. Defaults to the real authentication (session
   * cookie, session or OIDC bearer token); tests may replace it.
   */
  readonly authenticate?: (request: FastifyRequest) => Promise<Viewer | null>;
  /** Session secret, OIDC provider, sign-in limits. Without it a random per-process secret signs sessions. */
  readonly auth?: AuthOptions;
  readonly security?: SecurityOptions;
  /** fastify's logger: false (default), true, or pino options (`loggerOptions(LOG_LEVEL)`). */
  readonly logger?: FastifyServerOptions['logger'];
}

interface ServerContext {
  req: FastifyRequest;
  reply: FastifyReply;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const sessionControls = (auth: Auth, req: FastifyRequest, reply: FastifyReply): SessionControls => ({
  signIn: async (username, password) => {
    const outcome = await auth.signIn(username, password, req.ip);
    if (outcome.ok) auth.setSessionCookie(req, reply, outcome.token, outcome.expiresAt);
    return outcome;
  },
  heldSession: () => auth.heldSession(req),
  signOut: (submissionId) => auth.signOut(req, reply, submissionId),
});

/** Builds fastify with the GraphQL endpoint at /graphql. Never listens: `main.ts` does. */
export const buildApp = async (options: BuildAppOptions): Promise<FastifyInstance> => {
  const security = options.security ?? {};
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: () => randomUUID(),
    bodyLimit: security.bodyLimit ?? DEFAULT_BODY_LIMIT,
    trustProxy: security.trustProxy ?? false,
  });
  const auth = new Auth(
    options.services,
    options.auth ?? { sessionSecret: randomBytes(48).toString('base64url') },
  );
  const authenticate = options.authenticate ?? auth.authenticate;

  registerErrorMasking(app);
  await app.register(cookie);
  await registerSecurityHeaders(app);
  await registerCors(app, security.corsOrigins ?? []);
  registerCrossSiteGuard(app, security.corsOrigins ?? []);

  const yoga = createYoga<ServerContext, ApiContext>({
    schema,
    graphqlEndpoint: '/graphql',
    logging: false,
    // GraphiQL loads its scripts from a CDN, which the content security policy forbids.
    graphiql: false,
    // CORS is answered by @fastify/cors from the allow-list; yoga's own would echo any origin.
    cors: false,
    // No stack traces or internal messages to clients; errors a user can act on are typed results.
    maskedErrors: true,
    // A repeated KPI query is answered from memory until the read model's log position moves.
    plugins: [
      ...graphqlLimitPlugins(security.graphqlLimits ?? DEFAULT_GRAPHQL_LIMITS),
      ...(security.introspection ? [] : [closedIntrospection()]),
      useKpiQueryCache(),
    ],
    context: async ({ req, reply }): Promise<ApiContext> => ({
      viewer: await authenticate(req),
      correlationId: req.id,
      services: options.services,
      session: sessionControls(auth, req, reply),
    }),
  });

  app.route({
    url: yoga.graphqlEndpoint,
    method: ['GET', 'POST', 'OPTIONS'],
    handler: async (req, reply) => {
      const response = await yoga.handleNodeRequestAndResponse(req, reply, { req, reply });
      response.headers.forEach((value, key) => {
        reply.header(key, value);
      });
      reply.status(response.status);
      reply.send(response.body);
      return reply;
    },
  });

  await registerImportRoutes(app, {
    services: options.services,
    authenticate,
    uploadsPerMinute: security.importUploadsPerMinute,
  });
  await registerReportRoutes(app, { services: options.services, authenticate });

  return app;
};
