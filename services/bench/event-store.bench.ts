import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewEvent, StreamWrite } from '../src/store/port.ts';
import { SqliteEventStore } from '../src/store/sqlite/sqlite-event-store.ts';
import { DomainEventGenerator } from './domain-events.ts';
import { emmettAppend, emmettReadAll } from './emmett-workload.ts';
import { countFromEnv, formatRate, machine, perSecond } from './measure.ts';

const BATCH = 1_000;

/** Batches of about BATCH events of realistic cases, each case's events in their own streams. */
function* caseBatches(total: number, seed: number): Generator<StreamWrite[]> {
  const generator = new DomainEventGenerator(seed);
  for (let done = 0; done < total; ) {
    const writes = generator.writes(Math.min(BATCH, total - done));
    done += writes.reduce((n, w) => n + w.events.length, 0);
    yield writes;
  }
}

/** The same events, each batch appended to one stream: the shape both stores' append takes. */
function* streamBatches(total: number, seed: number): Generator<{ streamId: string; events: NewEvent[] }> {
  let index = 0;
  for (const writes of caseBatches(total, seed)) {
    yield { streamId: `import-${seed}-${index++}`, events: writes.flatMap((w) => [...w.events]) };
  }
}

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'kpi-bench-')), 'events.sqlite');

const readBack = async (store: SqliteEventStore) => {
  const start = performance.now();
  let count = 0;
  for (let after = 0; ; ) {
    const page = await store.readAll({ after, maxCount: 10_000 });
    if (page.length === 0) break;
    count += page.length;
    after = page[page.length - 1]!.position;
  }
  return { count, ms: performance.now() - start };
};

const ours = async (
  label: string,
  append: (store: SqliteEventStore) => Promise<{ count: number; ms: number }>,
) => {
  const path = tempPath();
  const store = new SqliteEventStore({ path });
  const written = await append(store);
  const read = await readBack(store);
  await store.close();
  rmSync(join(path, '..'), { recursive: true, force: true });
  console.log(
    `${label}\n  append ${formatRate(written.count, written.ms)}\n  read   ${formatRate(read.count, read.ms)}`,
  );
  return written;
};

export const run = async (): Promise<void> => {
  const total = countFromEnv('BENCH_EVENTS', 1_000_000);
  const emmettTotal = countFromEnv('BENCH_EMMETT_EVENTS', total);
  console.log(`machine: ${machine()}; batches of ${BATCH} events, validated; durability FULL\n`);

  await ours(
    `kpi SQLite store, appendMany: each batch one transaction over its cases' streams`,
    async (store) => {
      let count = 0;
      let ms = 0;
      for (const writes of caseBatches(total, 1)) {
        const start = performance.now();
        await store.appendMany(writes);
        ms += performance.now() - start;
        count += writes.reduce((n, w) => n + w.events.length, 0);
      }
      return { count, ms };
    },
  );

  const sameShape = await ours('kpi SQLite store, append: each batch to one stream', async (store) => {
    let count = 0;
    let ms = 0;
    for (const batch of streamBatches(total, 2)) {
      const start = performance.now();
      await store.append(batch.streamId, batch.events, { expectedRevision: 'no_stream' });
      ms += performance.now() - start;
      count += batch.events.length;
    }
    return { count, ms };
  });

  const path = tempPath();
  const emmett = await emmettAppend(path, streamBatches(emmettTotal, 2));
  const emmettRead = await emmettReadAll(path);
  rmSync(join(path, '..'), { recursive: true, force: true });
  const note =
    emmettTotal < total ? ` (on ${emmettTotal.toLocaleString('en-US')} events: rates compared)` : '';
  console.log(`Emmett SQLite event store 0.38.5, appendToStream: each batch to one stream${note}`);
  console.log(
    `  append ${formatRate(emmett.count, emmett.ms)}\n  read   ${formatRate(emmettRead.count, emmettRead.ms)}`,
  );
  const ratio = perSecond(sameShape.count, sameShape.ms) / perSecond(emmett.count, emmett.ms);
  console.log(`\nappend ratio, same workload (kpi / Emmett): ${ratio.toFixed(1)}x`);
};
