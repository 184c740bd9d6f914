/**
 * Runs the whole product (API, projections, dashboard) in its own Node process for the browser
 * scenarios, as `pnpm start` would, on the port and data directory given in the environment,
 * with demo accounts and demo data. Prints one READY line with the address; closes on SIGTERM.
 */
import { productConfig, startProduct } from '../../../services/src/app/start.ts';

const dataDir = process.env.KPI_E2E_DATA_DIR;
const port = Number(process.env.KPI_E2E_PORT);
const dashboardDist = process.env.KPI_E2E_DIST;
if (!dataDir || !port || !dashboardDist)
  throw new Error('KPI_E2E_DATA_DIR, KPI_E2E_PORT and KPI_E2E_DIST are required');

const OPERATOR_SETTINGS = ['INSTITUTION_', 'PUBLIC_', 'SMTP_', 'ALERT_'];

const env = productConfig({
  DATA_DIR: dataDir,
  PORT: port,
  HOST: '127.0.0.1',
  DASHBOARD_DIST: dashboardDist,
  DEMO_DATA: 'auto',
  DEMO_SIZE: process.env.KPI_E2E_DEMO_SIZE ?? 2000,
  LOG_LEVEL: 'silent',
  // A scenario may name the institution and its logo, turn the public page on, or give the alerts
  // an SMTP server and a webhook secret, as an operator would.
  ...Object.fromEntries(
    Object.entries(process.env).filter(([key]) => OPERATOR_SETTINGS.some((prefix) => key.startsWith(prefix))),
  ),
});
const product = await startProduct(env);
console.log(`KPI_PRODUCT_READY ${JSON.stringify({ url: product.url })}`);

const stop = async () => {
  await product.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
