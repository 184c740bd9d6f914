/**
 * The service as a user starts it, for the benches of the real service path: a store seeded once
 * by `kpi seed` (through the command handler) and kept in the system's temporary directory, and
 * `node services/src/main.ts` in a child process with every decorator it wraps its store in.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SEED = 20260101;
export const services = resolve(import.meta.dirname, '..');
export const ADMIN = { username: 'bench-admin', password: 'bench admin password' };
export const OFFICER = { username: 'bench-officer', password: 'bench officer password' };

export const ms = (value: number) => `${value.toFixed(0)} ms`;
export const median = (values: readonly number[]) =>
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
export const seededStore = async (size: number): Promise<string> => {
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

export interface Service {
  readonly url: string;
  readonly child: ChildProcess;
  /** From spawning the process to the first 200 of /health/ready. */
  readonly readyMs: number;
}

export const startService = async (
  storePath: string,
  dataDir: string,
  dashboard: string,
): Promise<Service> => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  // With the heap `npm start` gives the service (scripts/run.mjs).
  const child = spawn(process.execPath, ['--max-old-space-size-percentage=50', 'src/main.ts'], {
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

export const stopService = async (service: Service) => {
  service.child.kill('SIGTERM');
  await exited(service.child);
};

export const graphql = async (
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

export const signIn = async (url: string, who: { username: string; password: string }): Promise<string> => {
  const data = await graphql(
    url,
    `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) {
      __typename ... on SignedIn { token } ... on SignInRefused { message } } }`,
    { u: who.username, p: who.password },
  );
  if (data.signIn.__typename !== 'SignedIn') throw new Error(`sign-in refused: ${data.signIn.message}`);
  return data.signIn.token as string;
};

/** Creates the account unless it exists (the store is kept between runs; a refusal is ignored). */
export const ensureAccount = async (
  url: string,
  adminToken: string,
  account: { username: string; password: string; role: string; region: string | null },
) => {
  await graphql(
    url,
    `mutation($u: String!, $p: String!, $region: String) { createUser(username: $u, password: $p,
      displayName: "Bench account", role: ${account.role}, region: $region) { __typename } }`,
    { u: account.username, p: account.password, region: account.region },
    adminToken,
  );
};

export const ensureOfficer = async (url: string) => {
  const admin = await signIn(url, ADMIN);
  await ensureAccount(url, admin, { ...OFFICER, role: 'REGIONAL_OFFICER', region: 'KZ-15' });
};

/** User + system CPU seconds a process has used so far (Linux: /proc/<pid>/stat, in clock ticks of 1/100 s). */
export const cpuSecondsOf = (pid: number): number => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

/** The enum of a region code in GraphQL: KZ-15 is KZ_15. */
export const regionEnum = (region: string) => region.replace('-', '_');

/** One identifyRisk submission for the officer's region, timed from sending the request to its answer. */
export const submitRisk = async (url: string, token: string, region = 'KZ-15'): Promise<number> => {
  const started = performance.now();
  const data = await graphql(
    url,
    `mutation($input: IdentifyRiskInput!) { identifyRisk(input: $input) { __typename } }`,
    {
      input: {
        submissionId: randomUUID(),
        region: regionEnum(region),
        organization: region === 'KZ-15' ? 'Акимат г. Актобе' : `Акимат области ${region}`,
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
