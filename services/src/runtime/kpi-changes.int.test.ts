import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventType } from '@kpi/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { metadataFor, riskIdentified } from '../store/conformance/fixtures.ts';
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

  it("tells a unit's subscriber only what that unit's own events changed, even in a batch mixed with another unit's", async () => {
    const body = projections.kpiChanges.subscribe({ units: ['MIN-HEALTH'] });
    const aktobe = projections.kpiChanges.subscribe({ units: ['KZ-15'] });
    const riskId = randomUUID();
    // One append: the body's risk in Aktobe and Aktobe's own right restored, one batch.
    await store.append('unit-mixed', [
      riskIdentified({ riskId, region: 'KZ-15', centralBody: 'MIN-HEALTH' }),
      rightRestored('KZ-15'),
    ]);
    const own = (await body.next()).value as KpiChange;
    expect(own).toMatchObject({ regions: ['KZ-15'], units: ['MIN-HEALTH'], position: 2 });
    expect(own.kpis).toContain('risksIdentified');
    expect(own.kpis).not.toContain('rightsRestoredCases');
    const region = (await aktobe.next()).value as KpiChange;
    expect(region).toMatchObject({
      units: ['KZ-15'],
      kpis: ['rightsRestoredCases', 'rightsRestoredPeople', 'rightsRestoredMoneyKzt'],
    });
    // A correction names only its risk: the read model says whose it is, and only the body hears.
    await store.append('unit-MIN-HEALTH', [
      {
        id: randomUUID(),
        type: 'RiskWithdrawn',
        data: { riskId, reason: 'внесён по ошибке', occurredOn: '2026-03-15' },
        metadata: metadataFor('RiskWithdrawn', { region: null }),
      },
    ]);
    expect((await body.next()).value).toMatchObject({ units: ['MIN-HEALTH'], position: 3 });
    const nothing = await Promise.race([
      aktobe.next(),
      new Promise((r) => setTimeout(() => r('quiet'), 300)),
    ]);
    expect(nothing).toBe('quiet');
    await body.return?.();
    await aktobe.return?.();
  });

  it('announces a rebuild as a reset of every number', async () => {
    await store.append(`risk-${randomUUID()}`, [riskIdentified()]);
    await projections.runtime.whenLive();
    const feed = projections.kpiChanges.subscribe({ regions: ['KZ-33'], kpis: ['causesRemoved'] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await projections.runtime.rebuild();
    const change = (await feed.next()).value as KpiChange;
    expect(change).toEqual({
      kpis: ['causesRemoved'],
      regions: ['KZ-33'],
      units: [],
      position: 1,
      reset: true,
    });
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

const rightRestored = (region: string): NewEvent => ({
  id: randomUUID(),
  type: 'RightRestored',
  data: {
    caseId: randomUUID(),
    region,
    organization: 'Акимат г. Актобе',
    sphere: 'LAND_RELATIONS',
    kind: 'LAND_PLOT_RETURNED',
    peopleCount: 2,
    description: 'Участок возвращён',
    occurredOn: '2026-03-14',
  },
  metadata: metadataFor('RightRestored', { region: region as 'KZ-15' }),
});
