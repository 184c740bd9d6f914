import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kpiProjection, targetsProjection, targetsWithStatus } from '@kpi/projections';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandServices } from '../commands/command-services.ts';
import { handleCommand } from '../commands/handle.ts';
import { openEventStore } from '../store/open.ts';
import type { EventStore, RecordedEvent } from '../store/port.ts';
import { planDemoData } from './demo-plan.ts';
import { demoChair, demoOfficer, ensureDemoData, writeDemoPlan } from './write-demo-data.ts';

const NOW = new Date('2026-11-20T09:00:00Z');

describe('demo data through the command handler', () => {
  let store: EventStore;
  let services: CommandServices;
  beforeEach(async () => {
    store = await openEventStore({ sqlitePath: join(mkdtempSync(join(tmpdir(), 'kpi-demo-')), 'e.sqlite') });
    services = { store, clock: () => NOW };
  });
  afterEach(() => store.close());

  it("fills an empty store with the planned events, recorded as history, by each region's officer and the chair", async () => {
    const result = await ensureDemoData(services, { seed: 7, size: 3_000 });
    const plan = planDemoData({ seed: 7, size: 3_000, now: NOW });
    expect(result).toMatchObject({
      written: true,
      commands: plan.length,
      events: plan.reduce((n, p) => n + p.events, 0),
    });

    const events: RecordedEvent[] = await store.readAll();
    expect(events).toHaveLength(result.written ? result.events : -1);
    const recorded = events.map((e) => Date.parse(e.metadata.recordedAt));
    expect(Math.min(...recorded)).toBeLessThan(NOW.getTime() - 700 * 86_400_000);
    expect(Math.max(...recorded)).toBeLessThanOrEqual(NOW.getTime());
    for (const event of events) {
      expect(event.metadata.channel).toBe('seed');
      expect(event.metadata.submittedBy).toBe(
        event.metadata.region === null ? demoChair.userId : demoOfficer(event.metadata.region).userId,
      );
      expect(
        (event.data as { occurredOn: string }).occurredOn <= event.metadata.recordedAt.slice(0, 10),
      ).toBe(true);
    }
    // The log is in recording order, as appends one by one would have left it.
    for (let i = 1; i < recorded.length; i += 1)
      expect(recorded[i]!).toBeGreaterThanOrEqual(recorded[i - 1]!);

    // The KPI projection folds all of it.
    const state = events
      .filter((e) => kpiProjection.canHandle.includes(e.type))
      .reduce(kpiProjection.evolve, kpiProjection.initialState());
    expect(state).toBeDefined();

    // The chair's targets, judged today against the KPIs: some met, some at risk, some off track.
    const targets = events
      .filter((e) => targetsProjection.canHandle.includes(e.type))
      .reduce(targetsProjection.evolve, targetsProjection.initialState());
    const judged = targetsWithStatus(targets, { state, position: events.at(-1)!.position }, { now: NOW });
    expect(judged.length).toBeGreaterThan(20);
    const statuses = new Set(judged.map((t) => t.status));
    expect(statuses).toEqual(new Set(['MET', 'AT_RISK', 'OFF_TRACK']));
  });

  it('submits in the name of the officers given for a region', async () => {
    const astana = {
      userId: '6f1c0d3e-0000-4000-8000-000000000071',
      role: 'REGIONAL_OFFICER',
      region: 'KZ-71',
    } as const;
    await ensureDemoData(services, {
      seed: 5,
      size: 1_000,
      officers: (region) => (region === 'KZ-71' ? astana : demoOfficer(region)),
    });
    const events = await store.readAll();
    const byAstana = events.filter((e) => e.metadata.region === 'KZ-71');
    expect(byAstana.length).toBeGreaterThan(0);
    expect(new Set(byAstana.map((e) => e.metadata.submittedBy))).toEqual(new Set([astana.userId]));
    expect(events.filter((e) => e.metadata.submittedBy === astana.userId)).toHaveLength(byAstana.length);
  });

  it('leaves a store that already holds domain events alone', async () => {
    await ensureDemoData(services, { seed: 1, size: 200 });
    const head = await store.headPosition();
    expect(await ensureDemoData(services, { seed: 2, size: 200 })).toEqual({ written: false });
    expect(await store.headPosition()).toBe(head);
  });

  it('refuses, writing nothing of the refused day, when a planned command breaks an invariant', async () => {
    const plan = planDemoData({ seed: 3, size: 100, now: NOW });
    const risk = plan.find((p) => p.command.type === 'IdentifyRisk')!;
    // Moved to another region without its district, which would be refused first as outside it.
    const {
      district: _district,
      districtName: _name,
      ...data
    } = risk.command.data as Record<string, unknown>;
    const broken = [
      {
        ...risk,
        command: {
          ...risk.command,
          data: { ...data, region: risk.region === 'KZ-71' ? 'KZ-15' : 'KZ-71' },
        },
      } as typeof risk,
    ];
    await expect(writeDemoPlan(services, broken, { correlationId: 'test' })).rejects.toThrow(/Forbidden/);
    expect(await store.headPosition()).toBe(0);
  });

  it('gives the same log as submitting each command on its own', async () => {
    const plan = planDemoData({ seed: 11, size: 400, now: NOW });
    await writeDemoPlan(services, plan, { correlationId: 'demo' });
    const batched = await store.readAll();

    const single = await openEventStore({
      sqlitePath: join(mkdtempSync(join(tmpdir(), 'kpi-demo-')), 'e.sqlite'),
    });
    try {
      // One day of one region is one submission batch; with one command per batch, recordedAt is each command's own.
      for (const item of plan) {
        const at = new Date(item.at);
        const result = await handleCommand(
          { store: single, clock: () => at },
          item.region === null ? demoChair : demoOfficer(item.region),
          item.command,
          {
            submissionId: item.submissionId,
            correlationId: 'demo',
            channel: 'seed',
          },
        );
        expect(result.kind).toBe('Succeeded');
      }
      const alone = await single.readAll();
      const shape = (e: RecordedEvent) => ({
        id: e.id,
        streamId: e.streamId,
        type: e.type,
        revision: e.revision,
        data: e.data,
      });
      expect(new Set(batched.map((e) => JSON.stringify(shape(e))))).toEqual(
        new Set(alone.map((e) => JSON.stringify(shape(e)))),
      );
    } finally {
      await single.close();
    }
  });
});
