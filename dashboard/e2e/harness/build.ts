import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DASHBOARD_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const DIST_DIR = join(DASHBOARD_DIR, 'dist');

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

/** Builds the dashboard when dist is missing or older than its sources, so tests never run a stale build. */
export const ensureDashboardBuilt = (): void => {
  const index = join(DIST_DIR, 'index.html');
  const sources = Math.max(
    newest(join(DASHBOARD_DIR, 'src')),
    statSync(join(DASHBOARD_DIR, 'index.html')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  // A separate process with NODE_ENV=production: under a test runner NODE_ENV is `test`, and a
  // build made in it would ship React's development bundle.
  execFileSync(
    process.execPath,
    [join(DASHBOARD_DIR, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: DASHBOARD_DIR,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
    },
  );
};
