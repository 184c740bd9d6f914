// The benchmarks' own dependencies (Emmett's SQLite store, the native SQLite drivers it is compared
// with, a load generator), installed only when a benchmark is run or typechecked: the start and
// test commands never need them, nor the compiler the native drivers are built with.
// `--types-only` installs them without build scripts, enough for the typechecker and no compiler.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runPnpm } from './install-deps.mjs';
import { ensureNode, ensurePnpm, root, ToolchainError } from './toolchain.mjs';

const typesOnly = process.argv.includes('--types-only');
const benchModules = join(root, 'services/bench/node_modules');
const built = [
  'better-sqlite3/build/Release/better_sqlite3.node',
  'sqlite3/build/Release/node_sqlite3.node',
].every((binding) => existsSync(join(benchModules, binding)));
const say = (line) => console.error(`[bench] ${line}`);

try {
  const { node } = ensureNode(say);
  const pnpm = ensurePnpm(say);
  if (!existsSync(join(benchModules, '.bin')) || !existsSync(join(benchModules, '@event-driven-io'))) {
    say("installing the benchmarks' dependencies");
    const args = ['install', '--frozen-lockfile', '--filter', '@kpi/bench'];
    runPnpm(
      node,
      pnpm,
      typesOnly ? [...args, '--ignore-scripts'] : args,
      "Installing the benchmarks' dependencies",
    );
  }
  if (!typesOnly && !built) {
    say(
      'building the native SQLite drivers the benchmarks compare with (needs a C++ compiler, make and python3)',
    );
    runPnpm(
      node,
      pnpm,
      ['--filter', '@kpi/bench', 'rebuild', 'better-sqlite3', 'sqlite3'],
      'Building the native SQLite drivers',
    );
  }
} catch (error) {
  if (!(error instanceof ToolchainError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
