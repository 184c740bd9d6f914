import type { FastifyPluginAsync } from 'fastify';
import type { ProjectionStatus } from '../runtime/projection-runtime.ts';

/** What the health routes ask of the projection runtime. */
export interface ProjectionHealth {
  ready(): boolean;
  statuses(): Promise<ProjectionStatus[]>;
}

export interface HealthRoutesOptions {
  readonly projections: ProjectionHealth;
}

const summary = (status: ProjectionStatus) => ({
  name: status.name,
  state: status.state,
  lag: status.lag,
  checkpoint: status.checkpoint,
  headPosition: status.headPosition,
  caughtUp: status.caughtUp,
  restarts: status.restarts,
  error: status.error,
});

/**
 * `GET /health/live`: the process answers (200). `GET /health/ready`: 200 once every projection
 * has caught up with the log and none has failed, 503 before and while one has failed, so that a
 * load balancer sends no query to a replica whose numbers are still being folded.
 */
export const healthRoutes: FastifyPluginAsync<HealthRoutesOptions> = async (app, options) => {
  app.get('/health/live', async () => ({ status: 'live' }));

  app.get('/health/ready', async (_request, reply) => {
    const ready = options.projections.ready();
    let projections: ReturnType<typeof summary>[];
    try {
      projections = (await options.projections.statuses()).map(summary);
    } catch (error) {
      // The store itself does not answer: not ready, whatever the projections last knew.
      reply.status(503);
      return { status: 'unavailable', error: (error as Error).message, projections: [] };
    }
    reply.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not_ready', projections };
  });
};
