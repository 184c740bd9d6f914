import { ensureDashboardBuilt } from './app/build-dashboard.ts';
import { installProductShutdown } from './app/product-ops.ts';
import { startProduct } from './app/start.ts';
import { EnvError, parseEnv } from './env.ts';

/** `pnpm start`: reads the environment, starts the product, prints where and how to sign in. */
const main = async (): Promise<void> => {
  const env = parseEnv();
  ensureDashboardBuilt(env.DASHBOARD_DIST);
  const product = await startProduct(env);
  const store = env.EVENTSTORE_CONNECTION_STRING ? 'EventStoreDB' : `embedded store ${env.SQLITE_PATH}`;
  console.log(`\nThe product is running at ${product.url} (${store}).`);
  if (product.demo) {
    console.log(
      `Demo accounts (password "${env.DEMO_PASSWORD}"): chair, analyst, officer.astana (KZ-71), officer.aktobe (KZ-15), admin.`,
    );
  }
  // SIGTERM/SIGINT: stop taking requests, finish in-flight appends and the running import,
  // save the projections' checkpoints, then close the store.
  installProductShutdown(product);
};

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
