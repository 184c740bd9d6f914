/**
 * One API replica for the exactly-once test: the whole product (store, projections, accounts,
 * alerts) as `pnpm start` runs it, configured by the environment, without the dashboard. Prints
 * `{"listening": url}` once serving, and closes on SIGTERM.
 */
import { ensureDemoAccounts } from '../accounts/bootstrap.ts';
import { startProduct } from '../app/start.ts';
import { parseEnv } from '../env.ts';

const product = await startProduct(parseEnv(), { serveDashboard: false });
if (process.env.CREATE_DEMO_ACCOUNTS === 'true') await ensureDemoAccounts(product.services, 'demo-password');
await product.services.alerts?.evaluating;
console.log(JSON.stringify({ listening: product.url }));
process.once('SIGTERM', () => {
  void product.close().then(() => process.exit(0));
});
