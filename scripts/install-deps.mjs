// Installs the workspace's dependencies with the pinned pnpm when they are missing or older than
// the lockfile, leaving out the benchmarks' own package (native SQLite drivers that would need a
// compiler): `pnpm bench` installs that one itself (scripts/bench-deps.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNode, ensurePnpm, root, ToolchainError } from './toolchain.mjs';

const fresh = (marker) => {
  const lockfile = join(root, 'pnpm-lock.yaml');
  return existsSync(marker) && statSync(marker).mtimeMs >= statSync(lockfile).mtimeMs;
};

/** Runs the pinned pnpm under `node`; a failure becomes one paragraph that says what to do. */
export const runPnpm = (node, pnpm, args, what, options = {}) => {
  const result = spawnSync(node, [pnpm.entry, ...args], { cwd: root, stdio: 'inherit', ...options });
  if (result.status === 0) return;
  throw new ToolchainError(
    `${what} failed (pnpm ${pnpm.version} ${args.join(' ')} ${result.error ? `could not run: ${result.error.message}` : `exited with ${result.status}`}; its own message is above). ` +
      'The usual causes: no access to the npm registry (set npm_config_registry for a mirror or ' +
      'HTTPS_PROXY for a proxy, then run the command again), or too little disk space. ' +
      'Nothing here needs a compiler; when the message names a lockfile, run `git status` ' +
      'to see whether pnpm-lock.yaml or a package.json was changed by hand.',
  );
};

export const ensureDeps = (node, pnpm, say) => {
  if (fresh(join(root, 'node_modules', '.modules.yaml'))) return false;
  say(`installing dependencies with pnpm ${pnpm.version} (the first time takes about a minute)`);
  runPnpm(
    node,
    pnpm,
    ['install', '--frozen-lockfile', '--filter', '!@kpi/bench'],
    'Installing the dependencies',
  );
  return true;
};

// `node scripts/install-deps.mjs`: the same install on its own (CI runs it before typechecking).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const say = (line) => console.error(`--- ${line}`);
  try {
    ensureDeps(ensureNode(say).node, ensurePnpm(say), say);
  } catch (error) {
    if (!(error instanceof ToolchainError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}
