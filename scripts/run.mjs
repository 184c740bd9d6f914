// `npm start` and `npm test` on any Node.js from 20 on: makes sure Node.js 24 and the dependencies
// are there (scripts/toolchain.mjs, scripts/install-deps.mjs), then runs the product or the
// test suite under Node.js 24. Under an older Node.js it runs itself again under Node.js 24.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureDeps } from './install-deps.mjs';
import { ensureNode, ensurePnpm, NODE_VERSION, root, ToolchainError, toolchainPath } from './toolchain.mjs';

const [what, ...rest] = process.argv.slice(2);
/** How the product is started (the image sets the same in NODE_OPTIONS; the service bench too). */
const HEAP_FLAG = '--max-old-space-size-percentage=50';
const say = (line) => console.error(`[${what}] ${line}`);

/** Runs a child to its end with signals passed on, and leaves with its exit code. */
const runToEnd = (command, args, env = process.env) => {
  const child = spawn(command, args, { stdio: 'inherit', env });
  // A terminal's Ctrl-C reaches the child too; a SIGTERM sent to this process only is passed on,
  // so the product shuts down cleanly either way.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
};

try {
  if (what !== 'start' && what !== 'test')
    throw new ToolchainError('usage: node scripts/run.mjs start|test [args]');
  let fetched = false;
  const { node, installed } = ensureNode((line) => {
    fetched = true;
    say(line);
  });
  const pnpm = ensurePnpm(say);
  const env = { ...process.env, PATH: toolchainPath(node, pnpm) };
  if (installed) {
    if (!fetched)
      say(
        `Node.js ${process.versions.node} is older than 24: running under Node.js ${NODE_VERSION} from .toolchain/`,
      );
    runToEnd(node, [process.argv[1], what, ...rest], env);
  } else {
    ensureDeps(node, pnpm, say);
    process.env.PATH = env.PATH;
    if (what === 'start') {
      // A heap of up to half the memory: at ten years of national data (3.6M events) the read
      // models and the write side's unit states need 3-4 GiB, past Node's default limit (about
      // 4 GiB), where garbage collection took most of a start. NODE_OPTIONS may set another.
      const heapSet = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '');
      if (heapSet || process.execArgv.some((flag) => flag.startsWith('--max-old-space-size')))
        await import(pathToFileURL(join(root, 'services/src/main.ts')).href);
      else runToEnd(node, [HEAP_FLAG, join(root, 'services/src/main.ts'), ...rest], env);
    } else {
      runToEnd(node, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...rest], env);
    }
  }
} catch (error) {
  if (!(error instanceof ToolchainError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
