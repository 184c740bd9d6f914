import { enableCompileCache } from 'node:module';

// V8 keeps the code it compiles for the service's modules in a cache on disk (the system's
// temporary directory, or NODE_COMPILE_CACHE), so later starts skip compiling them: loading
// the modules took 1.3 s of CPU instead of 2.0 s (import of app/start.ts, load average 13-16).
// (A start to ready on a small store: 3.9-5.4 s against 5.0-5.3 s without, in turn, load 11-14.)
// The modules are therefore imported only once the cache is on.
enableCompileCache();

const { ensureDashboardBuilt } = await import('./app/build-dashboard.ts');
const { startProduct } = await import('./app/start.ts');
const { EnvError, parseEnv } = await import('./env.ts');
const { installProductShutdown } = await import('./app/product-ops.ts');

/** `pnpm start`: reads the environment, starts the product, prints where and how to sign in. */
const main = async (): Promise<void> => {
  const env = parseEnv();
  ensureDashboardBuilt(env.DASHBOARD_DIST);
  const product = await startProduct(env);
  const store = env.EVENTSTORE_CONNECTION_STRING ? 'EventStoreDB' : `embedded store ${env.SQLITE_PATH}`;
  console.log(`\nThe product is running at ${product.url} (${store}).`);
  if (product.demo) {
    console.log(
      `Demo accounts (password "${env.DEMO_PASSWORD}"): chair, analyst, officer.astana (KZ-71), officer.aktobe (KZ-15), officer.body (MIN-HEALTH), admin.`,
    );
  }
  // SIGTERM/SIGINT: stop taking requests, finish in-flight appends and the running import,
  // save the write side's unit states and the projections' checkpoints, then close the store.
  installProductShutdown(product);
};

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
