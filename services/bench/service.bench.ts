/**
 * The service as a user starts it: `node services/src/main.ts` in a child process, with every
 * decorator it wraps its store in, on a store seeded by `kpi seed` (through the command handler).
 * Times, from the moment the process is spawned:
 * - start to the first 200 of /health/ready, with the projections' snapshots removed (every read
 *   model folded from the log) and with the snapshots the previous stop saved;
 * - the first append after a start: one `identifyRisk` submission over GraphQL by a signed-in
 *   officer, timed from sending the request to its answer (the sign-in before it is not timed),
 *   then a second one for comparison.
 *
 * Size: `pnpm bench service [events]` (default 1,000,000; e.g. 3600000 for the agency's ten years),
 * or BENCH_SERVICE_EVENTS; starts of each kind: BENCH_SERVICE_RUNS (default 3). The seeded store is kept in the system's temporary directory and
 * reused; each run adds its officer account and its submissions to it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { countFromEnv, load, machine } from './measure.ts';

const SEED = 20260101;
const services = resolve(import.meta.dirname, '..');
const ADMIN = { username: 'bench-admin', password: 'bench admin password' };
const OFFICER = { username: 'bench-officer', password: 'bench officer password' };

const ms = (value: number) => `${value.toFixed(0)} ms`;
const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((done) => child.once('exit', done));

/** The seeded store of `size` events, written once by `kpi seed` and kept. */
const seededStore = async (size: number): Promise<string> => {
  const directory = join(tmpdir(), 'kpi-bench');
  const path = join(directory, `service-${SEED}-${size}.sqlite`);
  if (existsSync(path)) return path;
  mkdirSync(directory, { recursive: true });
  const partial = `${path}.${process.pid}.partial.sqlite`;
  console.log(`seeding ${size.toLocaleString('en')} events with kpi seed (once; kept at ${path})`);
  const started = performance.now();
  const seed = spawn(
    process.execPath,
    ['src/cli/main.ts', 'seed', '--size', String(size), '--seed', String(SEED), '--store', partial],
    { cwd: services, stdio: 'inherit' },
  );
  if ((await exited(seed)) !== 0) throw new Error('kpi seed failed');
  renameSync(partial, path);
  console.log(`  seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return path;
};

interface Service {
  readonly url: string;
  readonly child: ChildProcess;
  /** From spawning the process to the first 200 of /health/ready. */
  readonly readyMs: number;
}

const startService = async (storePath: string, dataDir: string, dashboard: string): Promise<Service> => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, ['src/main.ts'], {
    cwd: services,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SQLITE_PATH: storePath,
      DEMO_DATA: 'off',
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
      SESSION_SECRET: 'bench-session-secret-of-at-least-32-characters',
      LOG_LEVEL: 'silent',
      DASHBOARD_DIST: dashboard,
    },
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited with code ${child.exitCode}`);
    const status = await fetch(`${url}/health/ready`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return { url, child, readyMs: performance.now() - started };
    await new Promise((wait) => setTimeout(wait, 10));
  }
};

const stopService = async (service: Service) => {
  service.child.kill('SIGTERM');
  await exited(service.child);
};

const graphql = async (
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
  // biome-ignore lint/suspicious/noExplicitAny: answers are read by the bench's own checks
): Promise<any> => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
};

const signIn = async (url: string, who: { username: string; password: string }): Promise<string> => {
  const data = await graphql(
    url,
    `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) {
      __typename ... on SignedIn { token } ... on SignInRefused { message } } }`,
    { u: who.username, p: who.password },
  );
  if (data.signIn.__typename !== 'SignedIn') throw new Error(`sign-in refused: ${data.signIn.message}`);
  return data.signIn.token as string;
};

const ensureOfficer = async (url: string) => {
  const admin = await signIn(url, ADMIN);
  await graphql(
    url,
    `mutation($u: String!, $p: String!) { createUser(username: $u, password: $p, displayName: "Bench officer",
      role: REGIONAL_OFFICER, region: "KZ-15") { __typename } }`,
    { u: OFFICER.username, p: OFFICER.password },
    admin,
  );
};

/** One identifyRisk submission, timed from sending the request to its answer. */
const submitRisk = async (url: string, token: string): Promise<number> => {
  const started = performance.now();
  const data = await graphql(
    url,
    `mutation($input: IdentifyRiskInput!) { identifyRisk(input: $input) { __typename } }`,
    {
      input: {
        submissionId: randomUUID(),
        region: 'KZ_15',
        organization: 'Акимат г. Актобе',
        process: 'Предоставление земельных участков',
        sphere: 'LAND_RELATIONS',
        causeCategory: 'EXCESSIVE_DISCRETION',
        source: 'CITIZEN_RECEPTION',
        description: 'Комиссия решает без критериев',
        occurredOn: new Date().toISOString().slice(0, 10),
      },
    },
    token,
  );
  const elapsed = performance.now() - started;
  if (data.identifyRisk.__typename !== 'IdentifyRiskSucceeded') {
    throw new Error(`submission answered ${data.identifyRisk.__typename}`);
  }
  return elapsed;
};

interface Run {
  readonly readyMs: number;
  readonly firstAppendMs: number;
  readonly secondAppendMs: number;
}

const timedStart = async (storePath: string, dataDir: string, dashboard: string): Promise<Run> => {
  const service = await startService(storePath, dataDir, dashboard);
  try {
    const token = await signIn(service.url, OFFICER);
    const firstAppendMs = await submitRisk(service.url, token);
    const secondAppendMs = await submitRisk(service.url, token);
    return { readyMs: service.readyMs, firstAppendMs, secondAppendMs };
  } finally {
    await stopService(service);
  }
};

export const run = async (): Promise<void> => {
  const size = Number(process.argv[3]) || countFromEnv('BENCH_SERVICE_EVENTS', 1_000_000);
  const runs = countFromEnv('BENCH_SERVICE_RUNS', 3);
  console.log(machine());
  const storePath = await seededStore(size);
  const work = join(tmpdir(), 'kpi-bench', `service-${SEED}-${size}-data`);
  const snapshots = join(work, 'projections');
  const dashboard = join(work, 'dashboard');
  mkdirSync(dashboard, { recursive: true });
  writeFileSync(join(dashboard, 'index.html'), '<!doctype html><title>bench</title>');
  console.log(
    `store ${storePath} (${(statSync(storePath).size / 2 ** 20).toFixed(0)} MiB); ${load()} at the start`,
  );

  // A first start makes the officer account (and leaves whatever the store and service persist).
  const setup = await startService(storePath, work, dashboard);
  try {
    await ensureOfficer(setup.url);
  } finally {
    await stopService(setup);
  }
  console.log(`  setup start (not counted): ready in ${ms(setup.readyMs)}`);

  const cold: Run[] = [];
  const warm: Run[] = [];
  for (let round = 0; round < runs; round++) {
    rmSync(snapshots, { recursive: true, force: true });
    cold.push(await timedStart(storePath, work, dashboard));
    const c = cold[round]!;
    console.log(
      `  no snapshot ${round + 1}: ready ${ms(c.readyMs)}, first append ${ms(c.firstAppendMs)}, second ${ms(c.secondAppendMs)}; ${load()}`,
    );
    warm.push(await timedStart(storePath, work, dashboard));
    const w = warm[round]!;
    console.log(
      `  from snapshot ${round + 1}: ready ${ms(w.readyMs)}, first append ${ms(w.firstAppendMs)}, second ${ms(w.secondAppendMs)}; ${load()}`,
    );
  }
  const line = (what: string, values: readonly number[], target: string) =>
    console.log(`${what}: median ${ms(median(values))} (runs ${values.map(ms).join(', ')}) ${target}`);
  line(
    'start to /health/ready, no snapshot (full rebuild)',
    cold.map((r) => r.readyMs),
    '(target <= 30000 ms)',
  );
  line(
    'start to /health/ready, from snapshots',
    warm.map((r) => r.readyMs),
    '(target <= 2000 ms)',
  );
  line(
    'first append after a start (identifyRisk over HTTP, signed in)',
    [...cold, ...warm].map((r) => r.firstAppendMs),
    '(target <= 50 ms)',
  );
  line(
    'second append',
    [...cold, ...warm].map((r) => r.secondAppendMs),
    '',
  );
  console.log(`${load()} at the end`);
};
