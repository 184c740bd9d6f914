import type { FastifyInstance } from 'fastify';
import type { AppServices } from '../api/services.ts';
import {
  type GracefulShutdown,
  type GracefulShutdownOptions,
  installGracefulShutdown,
} from '../ops/lifecycle/graceful-shutdown.ts';
import type { OpsMetrics } from '../ops/metrics/ops-metrics.ts';
import { registerProjectionGauges } from '../ops/metrics/ops-metrics.ts';
import { registerMetrics } from '../ops/metrics/register-metrics.ts';

/**
 * What the composition root adds for operations, as a `startProduct` extension:
 * `/metrics` (behind METRICS_TOKEN, open with METRICS_PUBLIC, closed otherwise), request timing and correlation ids, and the
 * projections' lag read from the runtime.
 */
export const opsExtension =
  (
    metrics: OpsMetrics,
    options: { readonly metricsToken?: string | undefined; readonly metricsPublic?: boolean } = {},
  ) =>
  async (app: FastifyInstance, services: AppServices): Promise<void> => {
    await registerMetrics(app, {
      metrics,
      bearerToken: options.metricsToken,
      public: options.metricsPublic ?? false,
    });
    if (services.projections) registerProjectionGauges(metrics, services.projections.runtime);
  };

/**
 * Graceful shutdown of the whole product on SIGTERM/SIGINT, in the order that loses nothing:
 * the HTTP server (in-flight requests finish), the running spreadsheet import, the write side
 * (its unit states saved), the projections (checkpoints saved, the users' and saved charts' among
 * them), then the store.
 */
export const installProductShutdown = (
  product: {
    readonly app: FastifyInstance;
    readonly services: AppServices;
    readonly stopWriteSide: () => Promise<void>;
  },
  options: Pick<GracefulShutdownOptions, 'timeoutMs' | 'signals' | 'exit' | 'streamGraceMs'> = {},
): GracefulShutdown => {
  const { services } = product;
  return installGracefulShutdown({
    ...options,
    app: product.app,
    store: services.store,
    runner: services.projections?.runtime,
    drain: [
      { name: 'imports', run: () => services.imports?.drain() },
      { name: 'write side', run: () => product.stopWriteSide() },
    ],
    log: product.app.log,
  });
};
