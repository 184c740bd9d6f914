// Makes `npm start` / `npm test` work on a fresh clone: checks Node.js, and installs the
// workspace's dependencies with the pinned pnpm when they are missing or older than the lockfile.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`This product needs Node.js 24 or newer (found ${process.versions.node}); see .nvmrc.`);
  process.exit(1);
}

const marker = join(root, 'node_modules/.modules.yaml');
const lockfile = join(root, 'pnpm-lock.yaml');
const fresh = existsSync(marker) && statSync(marker).mtimeMs >= statSync(lockfile).mtimeMs;
if (!fresh) {
  const pnpm = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
  console.error(`Installing dependencies with ${pnpm} ...`);
  const hasPnpm = (() => {
    try {
      return execFileSync('pnpm', ['--version'], { encoding: 'utf8' }).trim() === pnpm.split('@')[1];
    } catch {
      return false;
    }
  })();
  const [command, args] = hasPnpm ? ['pnpm', []] : ['npx', ['--yes', pnpm]];
  execFileSync(command, [...args, 'install', '--frozen-lockfile'], { cwd: root, stdio: 'inherit' });
}
