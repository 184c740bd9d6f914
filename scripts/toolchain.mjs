// The toolchain the product runs on: Node.js 24 and the pinned pnpm. On a machine whose Node.js is
// older (20 or newer is enough to run this file), both come from the npm registry into .toolchain/:
// Node.js as the registry's node-<platform>-<arch> package (the official binary, headers
// included), pnpm as its own package. No compiler and no second download tool are needed.
//
// Used by the start and test commands (scripts/run.mjs) and by CI (.ci/toolchain.sh, through
// `node scripts/toolchain.mjs --shell`), so there is one place that decides which Node.js runs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const MIN_NODE_MAJOR = 24;

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolchainDir = join(root, '.toolchain');
const pnpmVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

const majorOf = (version) => Number(version.replace(/^v/, '').split('.')[0]);

/** The registry package that holds this platform's Node.js binary. */
const nodePackage = () => {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  return `node-${platform}-${process.arch}`;
};

/** Thrown with a paragraph a person can act on; the start and test commands print only that. */
export class ToolchainError extends Error {}

const npmInstall = (prefix, spec, what) => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  try {
    execFileSync(
      npm,
      ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', prefix, spec],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      },
    );
  } catch (error) {
    const reason =
      error.code === 'ENOENT' ? 'npm was not found on PATH' : lastLine(error.stderr) || error.message;
    throw new ToolchainError(
      `Could not install ${what} (${spec}) from the npm registry: ${reason}. ` +
        'This product runs on Node.js 24 and brings it by itself when the machine has an older one, ' +
        'which needs npm and access to the npm registry (set npm_config_registry for a mirror, or ' +
        'HTTPS_PROXY for a proxy). Alternatively install Node.js 24 yourself (https://nodejs.org, or ' +
        '`nvm install 24`) and run the command again.',
    );
  }
};

const lastLine = (text) =>
  String(text ?? '')
    .trim()
    .split('\n')
    .filter((l) => l.trim())
    .pop();

/**
 * The Node.js 24 binary to run the product with: this process's own when it is new enough,
 * otherwise the one in .toolchain/, installed first when missing. `onInstall` hears one line.
 */
export const ensureNode = (onInstall = () => {}) => {
  if (majorOf(process.versions.node) >= MIN_NODE_MAJOR) return { node: process.execPath, installed: false };
  const pkgDir = join(toolchainDir, 'node_modules', nodePackage());
  const node = join(pkgDir, process.platform === 'win32' ? 'node.exe' : 'bin/node');
  if (!existsSync(node)) {
    onInstall(
      `Node.js ${process.versions.node} is older than ${MIN_NODE_MAJOR}: installing Node.js ${NODE_VERSION} from the npm registry into .toolchain/ and running under it`,
    );
    npmInstall(toolchainDir, `${nodePackage()}@${NODE_VERSION}`, 'Node.js');
  }
  return { node, installed: true, headers: pkgDir };
};

/** The pinned pnpm's entry script, run with whichever Node.js runs the product. */
export const ensurePnpm = (onInstall = () => {}) => {
  const prefix = join(toolchainDir, 'pnpm');
  const entry = join(prefix, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
  if (!existsSync(entry)) {
    onInstall(`installing pnpm ${pnpmVersion} from the npm registry into .toolchain/`);
    npmInstall(prefix, `pnpm@${pnpmVersion}`, 'pnpm');
  }
  return { entry, bin: join(prefix, 'node_modules', '.bin'), version: pnpmVersion };
};

/** PATH with the toolchain's Node.js and pnpm first, for child processes and shells. */
export const toolchainPath = (node, pnpm, path = process.env.PATH ?? '') =>
  [dirname(node), pnpm.bin, path].join(delimiter);

// `node scripts/toolchain.mjs --shell`: the exports a POSIX shell evaluates (.ci/toolchain.sh).
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--shell') {
  const say = (line) => console.error(`--- ${line}`);
  try {
    const { node, headers } = ensureNode(say);
    const pnpm = ensurePnpm(say);
    const quote = (s) => `'${s.replaceAll("'", "'\\''")}'`;
    console.log(`export PATH=${quote(toolchainPath(node, pnpm))}`);
    // Native addons (the benchmarks' SQLite drivers) build against the headers of the Node.js that runs them.
    if (headers) console.log(`export npm_config_nodedir=${quote(headers)}`);
  } catch (error) {
    console.error(error instanceof ToolchainError ? error.message : error);
    process.exit(1);
  }
}
