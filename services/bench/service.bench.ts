/**
 * The service as a user starts it: `node services/src/main.ts` in a child process, with every
 * decorator it wraps its store in, on a store seeded by `kpi seed` (through the command handler).
 * Times, from the moment the process is spawned:
 * - start to the first 200 of /health/ready, with every snapshot removed (the read models' and the
 *   write side's unit states: every read model folded from the log, every unit's stream folded by
 *   its first submission or the warm-up) and with the snapshots the previous stop saved;
 * - the first append after a start: one `identifyRisk` submission over GraphQL by a signed-in
 *   officer, timed from sending the request to its answer (the sign-in before it is not timed),
 *   then a second one for comparison.
 *
 * Size: `pnpm bench service [events]` (default 1,000,000; e.g. 3600000 for the agency's ten years),
 * or BENCH_SERVICE_EVENTS; starts of each kind: BENCH_SERVICE_RUNS (default 3). The seeded store is kept in the system's temporary directory and
 * reused; each run adds its officer account and its submissions to it.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REGION_CODES } from '@kpi/schema';
import { writeSideDirectoryIn } from '../src/app/write-side-snapshots.ts';
import { countFromEnv, load, machine } from './measure.ts';
import {
  ensureOfficer,
  median,
  ms,
  OFFICER,
  SEED,
  seededStore,
  signIn,
  startService,
  stopService,
  submitRisk,
} from './service-process.ts';

interface Run {
  readonly readyMs: number;
  readonly firstAppendMs: number;
  readonly secondAppendMs: number;
}

/**
 * Waits until the service has warmed and saved every region's write-side state (it does so once
 * its read models are live), as a service that has run a while has: the next start then restores
 * them instead of folding each unit's stream. Answers how long after `since` that took.
 */
const unitsSaved = async (dataDir: string, since: number): Promise<number> => {
  const directory = writeSideDirectoryIn(dataDir);
  const saved = () => {
    try {
      return REGION_CODES.every(
        (code) => statSync(join(directory, `unit-${code}.snapshot`)).mtimeMs >= since,
      );
    } catch {
      return false;
    }
  };
  const deadline = Date.now() + 20 * 60_000;
  while (!saved()) {
    if (Date.now() > deadline) throw new Error('the write side did not save every unit within 20 minutes');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return Date.now() - since;
};

const timedStart = async (
  storePath: string,
  dataDir: string,
  dashboard: string,
  settle = false,
): Promise<Run> => {
  const started = Date.now();
  const service = await startService(storePath, dataDir, dashboard);
  try {
    const token = await signIn(service.url, OFFICER);
    const firstAppendMs = await submitRisk(service.url, token);
    const secondAppendMs = await submitRisk(service.url, token);
    if (settle)
      console.log(
        `  (every unit's write-side state saved ${ms(await unitsSaved(dataDir, started))} after the start)`,
      );
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
  // "No snapshot" means nothing persisted: neither read models nor the write side's unit states.
  const snapshots = [join(work, 'projections'), writeSideDirectoryIn(work)];
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
    for (const directory of snapshots) rmSync(directory, { recursive: true, force: true });
    // Stopped only once every unit's state is saved, so that the start from snapshots after it
    // is a restart of a service that has run a while, not of one stopped while still warming.
    cold.push(await timedStart(storePath, work, dashboard, true));
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
    'first append after a start from snapshots (identifyRisk over HTTP, signed in)',
    warm.map((r) => r.firstAppendMs),
    '(target <= 50 ms)',
  );
  line(
    'first append after a start with no snapshot (its unit folded from the log)',
    cold.map((r) => r.firstAppendMs),
    '',
  );
  line(
    'second append',
    [...cold, ...warm].map((r) => r.secondAppendMs),
    '',
  );
  console.log(`${load()} at the end`);
};
