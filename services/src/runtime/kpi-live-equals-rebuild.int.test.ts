import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kpiProjection } from '@kpi/projections';
import { describe, expect, it } from 'vitest';
import { planDemoData } from '../demo/demo-plan.ts';
import { writeDemoPlan } from '../demo/write-demo-data.ts';
import { openEventStore } from '../store/open.ts';
import { foldLog } from './fold-log.ts';
import { ProjectionRunner } from './projection-runner.ts';
import { droppingSubscriptions, eventually } from './store-doubles.test-support.ts';

describe('the KPI read model followed live', () => {
  it('equals a rebuild from the log, through dropped subscriptions, corrections and late submissions', async () => {
    const store = await openEventStore({
      sqlitePath: join(mkdtempSync(join(tmpdir(), 'kpi-live-')), 'e.sqlite'),
    });
    const dropping = droppingSubscriptions(store, { afterEvents: 97, how: 'throw' });
    const runner = new ProjectionRunner(
      { projection: kpiProjection },
      { store: dropping, reconnect: { initialMs: 1, maxMs: 10 } },
    );
    try {
      await runner.start();
      await runner.whenLive();
      const now = new Date('2026-11-20T09:00:00Z');
      const plan = planDemoData({ seed: 404, size: 4_000, now });
      const types = new Set(plan.map((p) => p.command.type));
      expect(types).toContain('WithdrawRisk');
      expect(types).toContain('ReclassifyRisk');
      // Written in slices while the runner follows, so that it applies them as they come.
      for (let from = 0; from < plan.length; from += 300) {
        await writeDemoPlan({ store, clock: () => now }, plan.slice(from, from + 300), {
          correlationId: 'live',
        });
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const head = await store.headPosition();
      // The demo's last events may be ones the KPI projection does not follow (receptions,
      // surveys, targets): followed live, it reflects the log up to the last KPI event.
      const lastKpi = (await store.readAll())
        .filter((e) => kpiProjection.canHandle.includes(e.type))
        .at(-1)!.position;
      await eventually(() => runner.read().position === lastKpi);
      expect(dropping.drops()).toBeGreaterThan(3);

      // A rebuild reads the same events as recorded events, or as the projection's encoded input
      // read, parsed and encoded by the store's reader threads (in windows of a few positions, so
      // that submissions and pages cut across them): the same read model as followed live.
      for (const options of [
        { events: true },
        { readAhead: { from: 0 } },
        { readAhead: { from: 0, window: 61, threads: 3 } },
      ]) {
        const rebuilt = await foldLog(
          store,
          kpiProjection,
          { state: kpiProjection.initialState(), checkpoint: 0 },
          undefined,
          undefined,
          options,
        );
        expect(rebuilt.checkpoint).toBe(head);
        expect(runner.read().state).toEqual(rebuilt.state);
      }
    } finally {
      await runner.stop();
      await store.close();
    }
  });
});
