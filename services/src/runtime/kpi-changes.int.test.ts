import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventType } from '@kpi/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { riskIdentified } from '../store/conformance/fixtures.ts';
import { openEventStore } from '../store/open.ts';
import type { EventStore, NewEvent } from '../store/port.ts';
import { validMetadata, validSeeds } from '../store/valid-event-seeds.ts';
import { type AppProjections, createProjections } from './app-projections.ts';
import type { KpiChange } from './kpi-changes.ts';

describe('KPI change feed', () => {
  let store: EventStore;
  let projections: AppProjections;
  beforeEach(async () => {
    store = await openEventStore({ sqlitePath: join(mkdtempSync(join(tmpdir(), 'kpi-feed-')), 'e.sqlite') });
    projections = createProjections({ store });
    await projections.runtime.start();
    await projections.runtime.whenLive();
  });
  afterEach(async () => {
    await projections.runtime.stop();
    await store.close();
  });

  it('announces a burst of appends in a few messages, the last at the head', async () => {
    const feed = projections.kpiChanges.subscribe();
    const received: KpiChange[] = [];
    const reading = (async () => {
      for await (const change of feed) {
        received.push(change);
        if (change.position === 100) break;
      }
    })();
    // A burst: 100 separate appends issued together, as an import or many officers at once.
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        store.append(`risk-${randomUUID()}`, [riskIdentified({ region: i % 2 ? 'KZ-15' : 'KZ-71' })]),
      ),
    );
    await reading;
    expect(received.length).toBeLessThan(5);
    expect(new Set(received.flatMap((c) => c.regions))).toEqual(new Set(['KZ-15', 'KZ-71']));
    expect(projections.kpiChanges.subscriberCount).toBe(0);
  });

  it("merges what a slow subscriber has not read yet into one change, and narrows it to the subscriber's filter", async () => {
    const slow = projections.kpiChanges.subscribe({ regions: ['KZ-15'] });
    await store.append(`risk-${randomUUID()}`, [riskIdentified({ region: 'KZ-15' })]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await store.append(`risk-${randomUUID()}`, [riskIdentified({ region: 'KZ-71' })]);
    await store.append(`risk-${randomUUID()}`, [riskIdentified({ region: 'KZ-15' })]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const first = await slow.next();
    expect(first.value).toMatchObject({ regions: ['KZ-15'], position: 3, reset: false });
    await slow.return?.();
    expect(projections.kpiChanges.subscriberCount).toBe(0);
  });

  it('announces a rebuild as a reset of every number', async () => {
    await store.append(`risk-${randomUUID()}`, [riskIdentified()]);
    await projections.runtime.whenLive();
    const feed = projections.kpiChanges.subscribe({ regions: ['KZ-33'], kpis: ['causesRemoved'] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await projections.runtime.rebuild();
    const change = (await feed.next()).value as KpiChange;
    expect(change).toEqual({ kpis: ['causesRemoved'], regions: ['KZ-33'], position: 1, reset: true });
    await feed.return?.();
  });

  it("announces a survey and its withdrawal, and a reception, as their unit's outcome measures", async () => {
    const outcome = (type: EventType, over: Record<string, unknown> = {}): NewEvent => ({
      id: randomUUID(),
      type,
      data: { ...validSeeds().find((seed) => seed.type === type)!.data, ...over },
      metadata: validMetadata(type),
    });
    const feed = projections.kpiChanges.subscribe({ regions: ['KZ-15'] });
    const surveyId = randomUUID();
    await store.append('unit-KZ-15', [outcome('PerceptionSurveyConducted', { surveyId })]);
    expect((await feed.next()).value).toMatchObject({
      kpis: ['perceptionIndex', 'facedCorruptionShare'],
      regions: ['KZ-15'],
      position: 1,
    });
    await store.append('unit-KZ-15', [outcome('PerceptionSurveyWithdrawn', { surveyId })]);
    // The withdrawal names only its survey: the read model says where it lies.
    expect((await feed.next()).value).toMatchObject({
      kpis: ['perceptionIndex', 'facedCorruptionShare'],
      regions: ['KZ-15'],
    });
    await store.append('unit-KZ-15', [outcome('CitizenReceptionHeld')]);
    expect((await feed.next()).value).toMatchObject({
      kpis: ['receptionsHeld', 'citizensReceived', 'risksPerReception'],
      regions: ['KZ-15'],
    });
    await feed.return?.();
  });
});
