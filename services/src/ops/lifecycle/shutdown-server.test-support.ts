/**
 * A server process for the graceful-shutdown test: the real API, store, projections, import jobs,
 * metrics and shutdown handling, with every caller taken as an Aktobe officer. Prints `{"listening": url}`.
 */
import { randomUUID } from 'node:crypto';
import { buildApp } from '../../api/build-app.ts';
import type { AppServices } from '../../api/services.ts';
import type { Viewer } from '../../identity/viewer.ts';
import { ImportJobs } from '../../import/import-jobs.ts';
import { createProjections } from '../../runtime/app-projections.ts';
import { openEventStore } from '../../store/open.ts';
import { instrumentStore } from '../metrics/instrument-store.ts';
import { createOpsMetrics, registerProjectionGauges } from '../metrics/ops-metrics.ts';
import { registerMetrics } from '../metrics/register-metrics.ts';
import { installGracefulShutdown } from './graceful-shutdown.ts';

const officer: Viewer = {
  userId: 'officer-kz15',
  username: 'officer-kz15',
  displayName: 'Officer KZ-15',
  role: 'REGIONAL_OFFICER',
  region: 'KZ-15',
};

const metrics = createOpsMetrics();
const store = instrumentStore(await openEventStore({ sqlitePath: process.env.STORE_PATH ?? '' }), metrics);
const projections = createProjections({ store, snapshotDirectory: process.env.SNAPSHOT_DIR ?? '' });
await projections.runtime.start();
const core: AppServices = { store, clock: () => new Date(), newId: randomUUID, projections };
const imports = new ImportJobs(core);
const services: AppServices = { ...core, imports };
const app = await buildApp({ services, authenticate: async () => officer, logger: true });
await registerMetrics(app, { metrics });
registerProjectionGauges(metrics, projections.runtime);
installGracefulShutdown({
  app,
  store,
  runner: projections.runtime,
  drain: [{ name: 'imports', run: () => imports.drain() }],
  log: app.log,
});
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ listening: url })}\n`);
