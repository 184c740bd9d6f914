import { existsSync, mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { kpiProjection } from '@kpi/projections';
import { describe, expect, it } from 'vitest';
import { planDemoData } from '../demo/demo-plan.ts';
import { writeDemoPlan } from '../demo/write-demo-data.ts';
import { openEventStore } from '../store/open.ts';
import { foldLog } from './fold-log.ts';
import { SnapshotFile } from './snapshot-file.ts';

const directory = () => mkdtempSync(join(tmpdir(), 'kpi-snapshot-'));
const SMALL = { partBytes: 1_024, sliceLength: 50 };

describe('a snapshot file in parts', () => {
  it('gives back a value whose typed arrays, arrays, Maps and Sets span many parts, nested in each other', async () => {
    const big = new Float64Array(10_000).map((_, i) => i * 1.5);
    const state = {
      position: 42,
      big,
      view: new Int32Array(new ArrayBuffer(40_000), 4_000, 5_000).fill(-7),
      ids: Array.from({ length: 1_234 }, (_, i) => `id-${i}`),
      // Members of a long array that are themselves long: written before the slice that holds them.
      rows: Array.from({ length: 120 }, (_, i) =>
        i % 40 === 0 ? new Uint16Array(2_000).fill(i) : [i, `r${i}`],
      ),
      byKey: new Map(
        Array.from({ length: 300 }, (_, i) => [i, i % 100 === 0 ? new Uint8Array(5_000).fill(i) : { i }]),
      ),
      names: new Map([['small', new Map([['x', big.subarray(0, 3)]])]]),
      seen: new Set(Array.from({ length: 777 }, (_, i) => `s${i}`)),
      empty: { a: [], m: new Map(), s: new Set(), t: new Float64Array(0) },
      nothing: null,
      // Data, not a prototype: names come from submissions.
      byName: JSON.parse('{"__proto__": {"x": 1}, "a": 2}') as Record<string, unknown>,
      protoLong: JSON.parse(
        `{"__proto__": [${Array.from({ length: 120 }, (_, i) => i).join(',')}]}`,
      ) as Record<string, unknown>,
    };
    const file = new SnapshotFile<typeof state>(directory(), 'p', 1, undefined, SMALL);
    await file.save({ checkpoint: 9, state, savedAt: '2026-01-01T00:00:00.000Z' });
    // Cut into many parts: no part is larger than the limit, unlike the value.
    expect(statSync(file.path).size).toBeGreaterThan(100 * SMALL.partBytes);
    const loaded = await file.load();
    expect(loaded).toEqual({ checkpoint: 9, state, savedAt: '2026-01-01T00:00:00.000Z' });
    expect(loaded!.state.big).toBeInstanceOf(Float64Array);
    expect(loaded!.state.byKey.get(200)).toBeInstanceOf(Uint8Array);
    expect(Object.keys(loaded!.state.byName)).toEqual(['__proto__', 'a']);
    expect(Object.getOwnPropertyDescriptor(loaded!.state.protoLong, '__proto__')?.value).toHaveLength(120);
  });

  it('cut a few records at a time gives back the same value, the event loop turning between them', async () => {
    const state = {
      big: new Float64Array(20_000).map((_, i) => i / 3),
      ids: Array.from({ length: 1_000 }, (_, i) => `id-${i}`),
      byKey: new Map(
        Array.from({ length: 400 }, (_, i) => [`k${i}`, { i, day: new Int32Array(300).fill(i) }]),
      ),
    };
    const file = new SnapshotFile<typeof state>(directory(), 'p', 1, undefined, {
      ...SMALL,
      recordBytes: 512,
      sliceBudgetMs: 0,
    });
    let turns = 0;
    let cutting = true;
    const turn = () => {
      turns++;
      if (cutting) setImmediate(turn);
    };
    setImmediate(turn);
    const parts = file.cut({ checkpoint: 5, state, savedAt: 'x' }, true);
    await parts.finally(() => {
      cutting = false;
    });
    // Other work ran while it was cut: many times, one turn per record or so.
    expect(turns).toBeGreaterThan(50);
    await file.write(parts);
    expect(await file.load()).toEqual({ checkpoint: 5, state, savedAt: 'x' });
  });

  it("removes a temporary file a stopped process left, and leaves a running one's", async () => {
    const dir = directory();
    const file = new SnapshotFile(dir, 'p', 1);
    // No process has this id (above the kernel's limit); the parent of this one is running.
    const left = join(dir, 'p.snapshot.99999999.tmp');
    const writing = join(dir, `p.snapshot.${process.ppid}.tmp`);
    for (const path of [left, writing]) writeFileSync(path, 'half a state');
    await file.save({ checkpoint: 1, state: { a: 1 }, savedAt: 'x' });
    expect(existsSync(left)).toBe(false);
    expect(existsSync(writing)).toBe(true);
    expect(await file.load()).toMatchObject({ checkpoint: 1, state: { a: 1 } });
  });

  it('round-trips the KPI read model of demo history in parts of 4 KiB', async () => {
    const store = await openEventStore({ sqlitePath: join(directory(), 'e.sqlite') });
    try {
      const now = new Date('2026-11-20T09:00:00Z');
      await writeDemoPlan({ store, clock: () => now }, planDemoData({ seed: 7, size: 3_000, now }), {
        correlationId: 'snapshot',
      });
      const folded = await foldLog(store, kpiProjection, {
        state: kpiProjection.initialState(),
        checkpoint: 0,
      });
      const file = new SnapshotFile(directory(), 'kpi', 'v', undefined, {
        partBytes: 4_096,
        sliceLength: 100,
      });
      await file.save({ checkpoint: folded.checkpoint, state: folded.state, savedAt: now.toISOString() });
      const loaded = await file.load();
      expect(loaded?.checkpoint).toBe(folded.checkpoint);
      expect(loaded?.state).toEqual(folded.state);
    } finally {
      await store.close();
    }
  });

  it('is not used when truncated, of another version, or of the former single-buffer format', async () => {
    const dir = directory();
    const file = new SnapshotFile(dir, 'p', 1, undefined, SMALL);
    await file.save({ checkpoint: 3, state: { big: new Float64Array(5_000) }, savedAt: 'x' });
    expect(await new SnapshotFile(dir, 'p', 2, undefined, SMALL).load()).toBeNull();
    const whole = readFileSync(file.path);
    truncateSync(file.path, whole.length - 10);
    expect(await file.load()).toBeNull();
    truncateSync(file.path, 20_000);
    expect(await file.load()).toBeNull();
    writeFileSync(
      file.path,
      serialize({ format: 1, name: 'p', version: 1, checkpoint: 3, savedAt: 'x', state: {} }),
    );
    expect(await file.load()).toBeNull();
  });
});
