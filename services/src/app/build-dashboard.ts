import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `pnpm start` on a fresh clone has no dashboard build yet: build it once with the workspace's
 * own Vite, so that one command serves the product. Later starts reuse dashboard/dist.
 */
export const ensureDashboardBuilt = (distDir: string): void => {
  if (existsSync(join(distDir, 'index.html'))) return;
  const dashboardDir = resolve(distDir, '..');
  console.log('Building the dashboard (first start only) ...');
  execFileSync(
    process.execPath,
    [join(dashboardDir, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', distDir],
    {
      cwd: dashboardDir,
      stdio: 'inherit',
    },
  );
};
