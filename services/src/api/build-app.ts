import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createYoga } from 'graphql-yoga';
import type { AppServices } from '../app/services.ts';
import type { ApiContext } from './context.ts';
import { schema } from './schema.ts';
import type { Viewer } from './viewer.ts';

export interface BuildAppOptions {
  readonly services: AppServices;
  /** Establishes the caller from the request (session cookie or bearer token); null when anonymous. */
  readonly authenticate: (request: FastifyRequest) => Promise<Viewer | null>;
  readonly logger?: boolean;
}

interface ServerContext {
  req: FastifyRequest;
  reply: FastifyReply;
}

/** Builds fastify with the GraphQL endpoint at /graphql. Never listens: `main.ts` does. */
export const buildApp = async (options: BuildAppOptions): Promise<FastifyInstance> => {
  const app = Fastify({ logger: options.logger ?? false, genReqId: () => randomUUID() });

  const yoga = createYoga<ServerContext, ApiContext>({
    schema,
    graphqlEndpoint: '/graphql',
    logging: false,
    // No stack traces or internal messages to clients; errors a user can act on are typed results.
    maskedErrors: true,
    context: async ({ req }): Promise<ApiContext> => ({
      viewer: await options.authenticate(req),
      correlationId: req.id,
      services: options.services,
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

  return app;
};
