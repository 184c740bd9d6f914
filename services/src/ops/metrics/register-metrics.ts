import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { BoundedLabels, type GraphqlOperation, graphqlOperationOf } from './graphql-operation.ts';
import type { OpsMetrics } from './ops-metrics.ts';

export interface RegisterMetricsOptions {
  readonly metrics: OpsMetrics;
  /** When set (METRICS_TOKEN), /metrics answers only `Authorization: Bearer <token>`. */
  readonly bearerToken?: string | undefined;
  /** Without a token, /metrics answers anyone only when this is true (METRICS_PUBLIC). */
  readonly public?: boolean;
  /** Where the GraphQL endpoint is mounted. */
  readonly graphqlPath?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    graphqlOperation?: GraphqlOperation;
  }
}

const UNTIMED = new Set(['/metrics', '/health/live', '/health/ready']);

const tokenMatches = (request: FastifyRequest, token: string): boolean => {
  const given = Buffer.from(request.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
};

/**
 * `GET /metrics` in Prometheus' text format, and the timing of every request: GraphQL requests by
 * operation (subscriptions are streams, not timed), other routes by their route pattern. Each
 * request's log line and response carry its correlation id, the one stamped on the events it
 * writes, so an operator can go from a log line to the events and back.
 */
export const registerMetrics = async (
  app: FastifyInstance,
  options: RegisterMetricsOptions,
): Promise<void> => {
  const { metrics } = options;
  const graphqlPath = options.graphqlPath ?? '/graphql';
  const operations = new BoundedLabels(200);

  app.addHook('onRequest', async (request, reply) => {
    request.log = request.log.child({ correlationId: request.id });
    reply.log = request.log;
    reply.header('x-correlation-id', request.id);
  });

  app.addHook('preHandler', async (request) => {
    if (request.routeOptions.url !== graphqlPath) return;
    const operation = graphqlOperationOf(request.method === 'GET' ? request.query : request.body);
    request.graphqlOperation = { ...operation, name: operations.of(operation.name) };
  });

  app.addHook('onResponse', async (request, reply) => {
    const seconds = reply.elapsedTime / 1000;
    const status = String(reply.statusCode);
    const operation = request.graphqlOperation;
    if (operation) {
      if (operation.type === 'subscription') return;
      metrics.graphqlDuration.observe({ operation: operation.name, type: operation.type, status }, seconds);
      request.log.info(
        {
          operation: operation.name,
          operationType: operation.type,
          statusCode: reply.statusCode,
          ms: reply.elapsedTime,
        },
        'graphql operation',
      );
      return;
    }
    const route = request.routeOptions.url ?? 'unmatched';
    if (UNTIMED.has(route)) return;
    metrics.httpDuration.observe({ method: request.method, route, status }, seconds);
  });

  // Closed unless configured: the numbers tell an outsider what runs, how busy it is and what fails.
  app.get('/metrics', { logLevel: 'warn' }, async (request, reply) => {
    if (options.bearerToken) {
      if (!tokenMatches(request, options.bearerToken)) {
        reply.status(401).header('www-authenticate', 'Bearer');
        return { error: 'a bearer token is required for /metrics' };
      }
    } else if (!options.public) {
      reply.status(403);
      return { error: '/metrics is closed: set METRICS_TOKEN (or METRICS_PUBLIC=true on a private network)' };
    }
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });
};
