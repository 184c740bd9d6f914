import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainEventGenerator } from '../src/store/domain-event-generator.ts';
import type { NewEvent, StreamWrite } from '../src/store/port.ts';
import type { Durability } from '../src/store/sqlite/open-database.ts';
import { SqliteEventStore } from '../src/store/sqlite/sqlite-event-store.ts';
import { prepareAppend } from '../src/store/validate-new-events.ts';
import { emmettReadAll, emmettStore } from './emmett-workload.ts';
import { clock, countFromEnv, formatRate, load, machine, perSecond } from './measure.ts';

/**
 * 1,000,000 realistic domain events appended in batches to a fresh file and read back, through
 * the embedded store (validation included) and through Emmett's SQLite event store on the same
 * workload. Counts: BENCH_EVENTS, BENCH_EMMETT_EVENTS.
 */
interface Measured {
  readonly count: number;
  readonly ms: number;
  readonly cpuMicros: number;
}

/** Batches of about `size` events of realistic cases, each case's events in their own streams. */
function* caseBatches(total: number, size: number, seed: number): Generator<StreamWrite[]> {
  const generator = new DomainEventGenerator(seed);
  for (let done = 0; done < total; ) {
    const writes = generator.writes(Math.min(size, total - done));
    done += writes.reduce((n, w) => n + w.events.length, 0);
    yield writes;
  }
}

/** The same kind of events, each batch appended to one stream: the shape both stores' append takes. */
function* streamBatches(total: number, size: number, seed: number) {
  let index = 0;
  for (const writes of caseBatches(total, size, seed)) {
    yield { streamId: `import-${seed}-${index++}`, events: writes.flatMap((w): NewEvent[] => [...w.events]) };
  }
}

/** Times only the store's calls; generating the next batch is not counted. */
const timed = async <T>(
  batches: Iterable<T>,
  size: (batch: T) => number,
  append: (batch: T) => Promise<unknown>,
): Promise<Measured> => {
  let count = 0;
  let ms = 0;
  let cpuMicros = 0;
  for (const batch of batches) {
    const done = clock();
    await append(batch);
    const spent = done();
    ms += spent.ms;
    cpuMicros += spent.cpuMicros;
    count += size(batch);
  }
  return { count, ms, cpuMicros };
};

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'kpi-bench-')), 'events.sqlite');
const removeFile = (path: string) => rmSync(join(path, '..'), { recursive: true, force: true });

const readBack = async (store: SqliteEventStore): Promise<Measured> => {
  const done = clock();
  let count = 0;
  for (let after = 0; ; ) {
    const page = await store.readAll({ after, maxCount: 10_000 });
    if (page.length === 0) break;
    count += page.length;
    after = page[page.length - 1]!.position;
  }
  return { count, ...done() };
};

const ours = async (
  label: string,
  durability: Durability,
  append: (store: SqliteEventStore) => Promise<Measured>,
): Promise<Measured> => {
  const path = tempPath();
  const store = new SqliteEventStore({ path, durability });
  const written = await append(store);
  const read = await readBack(store);
  await store.close();
  removeFile(path);
  console.log(label);
  console.log(`  append ${formatRate(written.count, written.ms, written.cpuMicros)}`);
  console.log(`  read   ${formatRate(read.count, read.ms, read.cpuMicros)}`);
  return written;
};

/**
 * The comparison: the same batches (1,000 events, each to one stream) go to both stores in turn,
 * batch by batch, so that whatever else the machine does slows both alike.
 */
const sideBySide = async (total: number, emmettTotal: number) => {
  const [oursPath, emmettPath] = [tempPath(), tempPath()];
  const store = new SqliteEventStore({ path: oursPath });
  const emmett = emmettStore(emmettPath);
  const spent = {
    ours: { count: 0, ms: 0, cpuMicros: 0 },
    emmett: { count: 0, ms: 0, cpuMicros: 0 },
    validation: { count: 0, ms: 0, cpuMicros: 0 },
  };
  const add = (
    into: { count: number; ms: number; cpuMicros: number },
    count: number,
    time: Omit<Measured, 'count'>,
  ) => {
    into.count += count;
    into.ms += time.ms;
    into.cpuMicros += time.cpuMicros;
  };
  for (const batch of streamBatches(total, 1_000, 2)) {
    let done = clock();
    await store.append(batch.streamId, batch.events);
    add(spent.ours, batch.events.length, done());
    // The same checks again, alone, to show their share of the append (not counted above).
    done = clock();
    prepareAppend(batch.streamId, batch.events, 'any');
    add(spent.validation, batch.events.length, done());
    if (spent.emmett.count >= emmettTotal) continue;
    done = clock();
    await emmett(batch.streamId, batch.events);
    add(spent.emmett, batch.events.length, done());
  }
  const oursRead = await readBack(store);
  await store.close();
  const emmettRead = await emmettReadAll(emmettPath);
  removeFile(oursPath);
  removeFile(emmettPath);
  const note =
    emmettTotal < total
      ? ` (first ${spent.emmett.count.toLocaleString('en-US')} events: rates compared)`
      : '';
  console.log('side by side, batch by batch: append in batches of 1,000 events, each to one stream');
  console.log(
    `  kpi store (validating)   append ${formatRate(spent.ours.count, spent.ours.ms, spent.ours.cpuMicros)}`,
  );
  console.log(
    `  Emmett SQLite 0.38.5${note}   append ${formatRate(spent.emmett.count, spent.emmett.ms, spent.emmett.cpuMicros)}`,
  );
  console.log(
    `  kpi store                read   ${formatRate(oursRead.count, oursRead.ms, oursRead.cpuMicros)}`,
  );
  console.log(
    `  Emmett SQLite 0.38.5     read   ${formatRate(emmettRead.count, emmettRead.ms, emmettRead.cpuMicros)}`,
  );
  const ratio = perSecond(spent.ours.count, spent.ours.ms) / perSecond(spent.emmett.count, spent.emmett.ms);
  const cpuRatio = spent.emmett.cpuMicros / spent.emmett.count / (spent.ours.cpuMicros / spent.ours.count);
  const validation = spent.validation.cpuMicros / spent.validation.count;
  console.log(`  the same validation alone (not counted above): CPU ${validation.toFixed(1)} µs/event`);
  console.log(
    `  kpi / Emmett: append throughput ${ratio.toFixed(1)}x, CPU time per event ${cpuRatio.toFixed(1)}x less\n`,
  );
};

/** Bytes this process has had written to storage so far (Linux), or null where unknown. */
const bytesWritten = (): number | null => {
  try {
    return Number(/write_bytes: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1]);
  } catch {
    return null;
  }
};

/** Appends `batches` keeping up to `depth` appends in flight, as several submitters at once do. */
const appendInFlight = async (
  batches: readonly { streamId: string; events: NewEvent[] }[],
  depth: number,
  append: (streamId: string, events: NewEvent[]) => Promise<unknown>,
) => {
  const inFlight = new Set<Promise<unknown>>();
  for (const batch of batches) {
    const appended: Promise<unknown> = append(batch.streamId, batch.events).then(() =>
      inFlight.delete(appended),
    );
    inFlight.add(appended);
    if (inFlight.size >= depth) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
};

/**
 * Each store as fast as it can take the same batches: ours with appends in flight (validation on
 * this thread, the commit on the writer thread), Emmett one append after another, since it
 * refuses appends in flight (shown below). Taken in turns of 20 batches, so that whatever else
 * the machine does slows both alike.
 */
const atTheirBest = async (total: number, emmettTotal: number, depth: number) => {
  const [oursPath, emmettPath] = [tempPath(), tempPath()];
  const store = new SqliteEventStore({ path: oursPath });
  const emmett = emmettStore(emmettPath);
  const spent = { ours: { count: 0, ms: 0, bytes: 0 }, emmett: { count: 0, ms: 0 } };
  const batches = [...streamBatches(total, 1_000, 5)];
  for (let from = 0; from < batches.length; from += 20) {
    const turn = batches.slice(from, from + 20);
    const count = turn.reduce((n, b) => n + b.events.length, 0);
    const before = bytesWritten();
    let done = clock();
    await appendInFlight(turn, depth, (streamId, events) => store.append(streamId, events));
    spent.ours.ms += done().ms;
    spent.ours.count += count;
    const after = bytesWritten();
    if (before !== null && after !== null) spent.ours.bytes += after - before;
    if (spent.emmett.count >= emmettTotal) continue;
    done = clock();
    await appendInFlight(turn, 1, emmett);
    spent.emmett.ms += done().ms;
    spent.emmett.count += count;
  }
  await store.close();
  const ratio = perSecond(spent.ours.count, spent.ours.ms) / perSecond(spent.emmett.count, spent.emmett.ms);
  console.log(`each at its best, in turns of 20 batches of 1,000 events, each batch to one stream`);
  console.log(
    `  kpi store, ${depth} appends in flight   append ${formatRate(spent.ours.count, spent.ours.ms)}`,
  );
  if (spent.ours.bytes > 0) {
    console.log(
      `    written to storage meanwhile: ${Math.round(spent.ours.bytes / spent.ours.count).toLocaleString('en-US')} bytes/event (write-ahead log and checkpoints), ${Math.round(spent.ours.bytes / spent.ours.ms / 1000).toLocaleString('en-US')} MB/s`,
    );
  }
  console.log(
    `  Emmett SQLite 0.38.5, one at a time   append ${formatRate(spent.emmett.count, spent.emmett.ms)}`,
  );
  console.log(`  kpi / Emmett: append throughput ${ratio.toFixed(1)}x`);
  removeFile(oursPath);
  removeFile(emmettPath);
  // Why Emmett is measured one append at a time: with appends in flight it fails.
  const probePath = tempPath();
  const probe = emmettStore(probePath);
  const failures = new Set<string>();
  await appendInFlight(batches.slice(0, 8), 2, (streamId, events) =>
    probe(streamId, events).catch((error: unknown) => failures.add(String(error))),
  );
  removeFile(probePath);
  console.log(
    `  Emmett with 2 appends in flight: ${failures.size === 0 ? 'no errors' : [...failures].slice(0, 2).join('; ')}\n`,
  );
};

const eventsIn = (writes: StreamWrite[]) => writes.reduce((n, w) => n + w.events.length, 0);

export const run = async (): Promise<void> => {
  const total = countFromEnv('BENCH_EVENTS', 1_000_000);
  const emmettTotal = countFromEnv('BENCH_EMMETT_EVENTS', total);
  console.log(`machine: ${machine()}; ${load()}`);
  console.log('every event validated against its schema on append; durability FULL unless said\n');

  await sideBySide(total, emmettTotal);
  await atTheirBest(total, emmettTotal, 4);
  await ours('kpi store: append, batches of 10,000 events, each to one stream', 'full', (store) =>
    timed(
      streamBatches(total, 10_000, 3),
      (b) => b.events.length,
      (b) => store.append(b.streamId, b.events),
    ),
  );
  await ours(
    "kpi store: appendMany, batches of 1,000 events over their cases' own streams",
    'full',
    (store) => timed(caseBatches(total, 1_000, 1), eventsIn, (writes) => store.appendMany(writes)),
  );
  await ours(
    'kpi store, durability NORMAL: append, batches of 1,000 events, each to one stream',
    'normal',
    (store) =>
      timed(
        streamBatches(total, 1_000, 4),
        (b) => b.events.length,
        (b) => store.append(b.streamId, b.events),
      ),
  );

  console.log(load());
};
