import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST_DIR } from './build.ts';

export interface RunningProduct {
  readonly url: string;
  readonly dataDir: string;
  /** What the product printed, for the failure message when a scenario goes wrong. */
  readonly output: () => string;
  readonly close: () => Promise<void>;
}

const RUNNER = fileURLToPath(new URL('./run-product.ts', import.meta.url));

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

/**
 * Starts the real product (embedded store in a fresh temporary directory, demo data and demo
 * accounts) as a child process on a free port, and waits until it answers. `env` sets what an
 * operator would (an SMTP server, a webhook secret), as the runner passes it on.
 */
export const startProductProcess = async (
  timeoutMs = 90_000,
  env: Readonly<Record<string, string>> = {},
): Promise<RunningProduct> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kpi-e2e-'));
  const port = await freePort();
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [RUNNER], {
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'test',
      KPI_E2E_DATA_DIR: dataDir,
      KPI_E2E_PORT: String(port),
      KPI_E2E_DIST: DIST_DIR,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the product did not start within ${timeoutMs} ms:\n${log}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const ready = /KPI_PRODUCT_READY (\{.*\})/.exec(log);
      if (ready) {
        clearTimeout(timer);
        resolve((JSON.parse(ready[1]!) as { url: string }).url.replace(/\/$/, ''));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the product exited with code ${code} before it was ready:\n${log}`));
    });
  });
  return {
    url,
    dataDir,
    output: () => log,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
