/**
 * What users feel of the real service under work, on a store seeded by `kpi seed` (the service
 * bench's store, kept and reused): `node services/src/main.ts` in a child process with its
 * decorators, every figure over HTTP. Times:
 * - import: `POST /import?eventType=RiskIdentified&wait=true` of a 50,000-row CSV by a regional
 *   officer, the dry run and the commit (rows made unique per run, so the commit writes them all),
 *   from sending the file to the finished job's answer;
 * - submissions: `identifyRisk` over GraphQL by 1, 10 and 50 officers at once (each its own
 *   account, spread over the 20 regions), each sending the next when its last is answered;
 * - kpiSummary with filters that vary per request (regions, spheres, a period of random months),
 *   so the KPI query cache cannot answer, by 20 clients at once while an officer keeps appending;
 * - a chart with two dimensions (time by month and a region, sphere, cause or source), its
 *   measures, period and filter varying per request, the same way;
 * - the first kpiSummary after an append: the country's quarter (cached before), right after a
 *   submission is answered, against the same query again;
 * - kpiSummary `asOf` a random past instant (each a new instant).
 * Each line gives the service's CPU (all its threads) per request beside the wall times: the
 * machine is shared, and the bench's own clients run on the same cores.
 *
 * Run: `pnpm bench service-load [events]` (default 1,000,000; the store is seeded once, as by
 * `pnpm bench service`). Seconds per load phase: BENCH_LOAD_SECONDS (default 10); phases:
 * BENCH_LOAD_PHASES, a comma-separated choice of import, submissions, summaries (the KPI queries,
 * charts included) (default all).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REGION_CODES, SPHERE_CODES } from '@kpi/schema';
import { csvOf, riskRow } from '../src/import/import-fixtures.ts';
import { countFromEnv, load, machine } from './measure.ts';
import {
  ADMIN,
  cpuSecondsOf,
  ensureAccount,
  graphql,
  regionEnum,
  SEED,
  type Service,
  seededStore,
  signIn,
  startService,
  stopService,
  submitRisk,
} from './service-process.ts';

const REGIONS = REGION_CODES;
const SPHERES = SPHERE_CODES;
const IMPORT_ROWS = 50_000;
const OFFICERS = 50;
const CHAIR = { username: 'bench-chair', password: 'bench chair password' };
const officer = (i: number) => ({
  username: `bench-officer-${i}`,
  password: 'bench officer password',
  region: REGIONS[i % REGIONS.length]!,
});

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
};
const latencies = (values: readonly number[]) =>
  `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;
const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)]!;
const some = <T>(values: readonly T[], most: number): T[] => [
  ...new Set(Array.from({ length: 1 + Math.floor(Math.random() * most) }, () => pick(values))),
];

const SUMMARY = `query($period: KpiPeriodInput!, $filter: KpiFilter, $asOf: DateTime) {
  kpiSummary(period: $period, filter: $filter, asOf: $asOf) { __typename
    ... on KpiSummary { position kpis { kpi current { value } previous { value } yearEarlier { value } } }
    ... on KpiQueryFailed { code field message } } }`;

const summary = async (url: string, token: string, variables: Record<string, unknown>): Promise<number> => {
  const started = performance.now();
  const data = await graphql(url, SUMMARY, variables, token);
  const elapsed = performance.now() - started;
  if (data.kpiSummary.__typename !== 'KpiSummary')
    throw new Error(`kpiSummary answered ${JSON.stringify(data.kpiSummary)}`);
  return elapsed;
};

const CHART = `query($spec: KpiChartSpec!) {
  chart(spec: $spec) { __typename
    ... on KpiChart { rows { keys { dimension key labelRu period { from } } values } }
    ... on KpiQueryFailed { code field message } } }`;

const chartOf = async (url: string, token: string, spec: Record<string, unknown>): Promise<number> => {
  const started = performance.now();
  const data = await graphql(url, CHART, { spec }, token);
  const elapsed = performance.now() - started;
  if (data.chart.__typename !== 'KpiChart') throw new Error(`chart answered ${JSON.stringify(data.chart)}`);
  return elapsed;
};

/** Measures an analyst draws against two dimensions: a count, a rate, a median. */
const CHART_MEASURES = [
  'causesRemoved',
  'risksIdentified',
  'removalRate',
  'medianDaysToRemoval',
  'openRisks',
];
const SECOND_DIMENSIONS = ['region', 'sphere', 'causeCategory', 'source'];

/** Two dimensions, time by month and one of the others, over a varied period and filter. */
const variedChart = () => {
  const { period, filter } = variedQuery();
  return {
    measures: some(CHART_MEASURES, 2),
    dimensions: [{ dimension: pick(SECOND_DIMENSIONS) }, { dimension: 'time', granularity: 'MONTH' }],
    period,
    filter,
    limit: 1000,
  };
};

/** A period of 1-12 whole months ending in one of the last 60 months, and 1-3 regions and spheres. */
const variedQuery = () => {
  const now = new Date();
  const end = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - Math.floor(Math.random() * 60) + 1, 0),
  );
  const months = 1 + Math.floor(Math.random() * 12);
  const from = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - months + 1, 1));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const filter =
    Math.random() < 0.5 ? { regions: some(REGIONS, 3).map(regionEnum) } : { spheres: some(SPHERES, 3) };
  return { period: { from: day(from), to: day(end) }, filter };
};

/** Runs `work` in `clients` loops for `seconds`; returns each call's wall time and the service's CPU seconds. */
const underLoad = async (
  service: Service,
  clients: number,
  seconds: number,
  work: (client: number) => Promise<number>,
): Promise<{ times: number[]; wallMs: number; serviceCpu: number }> => {
  const times: number[] = [];
  const cpu = cpuSecondsOf(service.child.pid!);
  const started = performance.now();
  const until = started + seconds * 1000;
  // The first failure stops every client and is the one reported: otherwise the service stopped
  // after it answers the others' requests with "connection refused", which hides it.
  let failure: { readonly error: unknown } | null = null;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (failure === null && performance.now() < until) {
        try {
          times.push(await work(client));
        } catch (error) {
          failure ??= { error };
        }
      }
    }),
  );
  if (failure !== null) throw (failure as { readonly error: unknown }).error;
  return { times, wallMs: performance.now() - started, serviceCpu: cpuSecondsOf(service.child.pid!) - cpu };
};

const rate = (count: number, wallMs: number, serviceCpu: number) =>
  `${Math.round((count / wallMs) * 1000).toLocaleString('en')}/s (${count} in ${(wallMs / 1000).toFixed(1)} s; service CPU ${((serviceCpu / count) * 1000).toFixed(2)} ms each)`;

const importFile = async (url: string, token: string, content: string, commit: boolean) => {
  const started = performance.now();
  const response = await fetch(
    `${url}/import?${new URLSearchParams({ eventType: 'RiskIdentified', commit: String(commit), wait: 'true' })}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: content,
    },
  );
  const job = (await response.json()) as {
    error: string | null;
    report: { acceptedRows: number; eventsWritten: number; issues: unknown[] } | null;
  };
  const seconds = (performance.now() - started) / 1000;
  if (response.status !== 200 || job.error || !job.report || job.report.issues.length > 0)
    throw new Error(`import answered ${response.status}: ${JSON.stringify(job).slice(0, 300)}`);
  return { seconds, report: job.report };
};

/** 50,000 distinct risks of KZ-15, unique to this run (so that a commit writes every row). */
const runFile = () => {
  const run = randomUUID().slice(0, 8);
  return csvOf(
    'RiskIdentified',
    Array.from({ length: IMPORT_ROWS }, (_, i) =>
      riskRow({
        organization: `Акимат района ${i % 97}`,
        process: `Процесс №${i}`,
        description: `Комиссия решает без критериев (${run})`,
        occurredOn: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`,
      }),
    ),
  );
};

export const run = async (): Promise<void> => {
  const size = Number(process.argv[3]) || countFromEnv('BENCH_SERVICE_EVENTS', 1_000_000);
  const seconds = countFromEnv('BENCH_LOAD_SECONDS', 10);
  const phases = new Set((process.env.BENCH_LOAD_PHASES ?? 'import,submissions,summaries').split(','));
  console.log(machine());
  const storePath = await seededStore(size);
  const work = join(tmpdir(), 'kpi-bench', `service-${SEED}-${size}-data`);
  const dashboard = join(work, 'dashboard');
  mkdirSync(dashboard, { recursive: true });
  writeFileSync(join(dashboard, 'index.html'), '<!doctype html><title>bench</title>');
  console.log(`store ${storePath}; ${load()} at the start`);

  const service = await startService(storePath, work, dashboard);
  const line = (what: string, figures: string) => console.log(`${what}: ${figures}; ${load()}`);
  try {
    console.log(`  ready in ${(service.readyMs / 1000).toFixed(1)} s`);
    const url = service.url;
    const admin = await signIn(url, ADMIN);
    await ensureAccount(url, admin, { ...CHAIR, role: 'CHAIR', region: null });
    for (let i = 0; i < OFFICERS; i++)
      await ensureAccount(url, admin, { ...officer(i), role: 'REGIONAL_OFFICER' });
    const chair = await signIn(url, CHAIR);
    const officers = await Promise.all(Array.from({ length: OFFICERS }, (_, i) => signIn(url, officer(i))));
    const aktobe = officers[REGIONS.indexOf('KZ-15')]!;

    // Import: a dry run, then the commit, of one run-unique file.
    const file = runFile();
    for (const commit of phases.has('import') ? [false, true] : []) {
      const cpu = cpuSecondsOf(service.child.pid!);
      const { seconds: took, report } = await importFile(url, aktobe, file, commit);
      const used = cpuSecondsOf(service.child.pid!) - cpu;
      line(
        `import ${commit ? 'commit ' : 'dry run'} of ${IMPORT_ROWS.toLocaleString('en')} CSV rows (${(file.length / 2 ** 20).toFixed(1)} MiB) over HTTP`,
        `${took.toFixed(2)} s = ${Math.round(IMPORT_ROWS / took).toLocaleString('en')} rows/s (accepted ${report.acceptedRows}, written ${report.eventsWritten}; service CPU ${used.toFixed(2)} s)`,
      );
    }

    // Submissions through GraphQL by 1, 10 and 50 officers at once.
    for (const clients of phases.has('submissions') ? [1, 10, 50] : []) {
      const { times, wallMs, serviceCpu } = await underLoad(service, clients, seconds, (client) =>
        submitRisk(url, officers[client]!, officer(client).region),
      );
      line(
        `identifyRisk over GraphQL, ${clients} officer${clients > 1 ? 's' : ''} at once`,
        `${rate(times.length, wallMs, serviceCpu)}, ${latencies(times)}`,
      );
    }

    if (!phases.has('summaries')) return;
    // kpiSummary with varying filters (cache misses) while an officer keeps appending.
    let appends = 0;
    let appending = true;
    const appender = (async () => {
      while (appending) {
        await submitRisk(url, aktobe);
        appends++;
        await new Promise((wait) => setTimeout(wait, 20));
      }
    })();
    const varied = await underLoad(service, 20, seconds, () => summary(url, chair, variedQuery()));
    appending = false;
    await appender;
    line(
      `kpiSummary over HTTP, filters varying per request (cache misses), 20 clients, ${appends} appends meanwhile`,
      `${rate(varied.times.length, varied.wallMs, varied.serviceCpu)}, ${latencies(varied.times)}`,
    );

    // A chart with two dimensions (time by month and one other), measures, period and filter
    // varying per request (cache misses), while the officer keeps appending.
    const appendsBefore = appends;
    appending = true;
    const chartAppender = (async () => {
      while (appending) {
        await submitRisk(url, aktobe);
        appends++;
        await new Promise((wait) => setTimeout(wait, 20));
      }
    })();
    // Awaited below; until then a failure must not end the bench before the phase's own is told.
    chartAppender.catch(() => undefined);
    const charts = await underLoad(service, 20, seconds, () => chartOf(url, chair, variedChart()));
    appending = false;
    await chartAppender;
    line(
      `chart with two dimensions over HTTP, varying per request (cache misses), 20 clients, ${appends - appendsBefore} appends meanwhile`,
      `${rate(charts.times.length, charts.wallMs, charts.serviceCpu)}, ${latencies(charts.times)}`,
    );

    // The first summary after an append, against the same (cached) query again. Beside the wall
    // times, the service's CPU while these requests were answered (summed, then per request): the
    // clock ticks of /proc are 10 ms, so only the sum over the 30 requests means something.
    const pid = service.child.pid!;
    const timedCpu = async (ask: () => Promise<number>, into: { times: number[]; cpu: number }) => {
      const before = cpuSecondsOf(pid);
      into.times.push(await ask());
      into.cpu += cpuSecondsOf(pid) - before;
    };
    const perRequest = (x: { times: number[]; cpu: number }) =>
      `${latencies(x.times)}; service CPU ${((x.cpu * 1000) / x.times.length).toFixed(1)} ms each`;
    const quarter = { period: { from: '2026-07-01', to: '2026-09-30' } };
    const first = { times: [] as number[], cpu: 0 };
    const again = { times: [] as number[], cpu: 0 };
    for (let i = 0; i < 30; i++) {
      await summary(url, chair, quarter);
      await submitRisk(url, aktobe);
      await timedCpu(() => summary(url, chair, quarter), first);
      await timedCpu(() => summary(url, chair, quarter), again);
    }
    line('kpiSummary of the country and a quarter, first after an append (30 times)', perRequest(first));
    line('  the same query again (cached)', perRequest(again));

    // asOf at random past instants.
    const earliest = Date.UTC(2020, 0, 1);
    const asOf = { times: [] as number[], cpu: 0 };
    for (let i = 0; i < 30; i++) {
      const instant = new Date(earliest + Math.random() * (Date.now() - earliest)).toISOString();
      await timedCpu(() => summary(url, chair, { ...quarter, asOf: instant }), asOf);
    }
    line(
      'kpiSummary of the country and a quarter as of a random instant since 2020 (30 instants)',
      perRequest(asOf),
    );
  } finally {
    await stopService(service);
  }
  console.log(`${load()} at the end`);
};
