import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CURRENT_SCHEMA_VERSION, type EventMetadata, type EventType, streams } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import { handleCommand } from '../../commands/handle.ts';
import { form, transformation } from '../../commands/test-commands.ts';
import { officer } from '../../commands/test-services.ts';
import { openEventStore } from '../../store/open.ts';
import type { EventStore, NewEvent } from '../../store/port.ts';
import { parseStoreAddress } from '../store-address.ts';
import { migrate } from './migrate.ts';
import { layoutProblem, unitLayout } from './unit-layout.ts';

const withStore = async <T>(path: string, use: (store: EventStore) => Promise<T>): Promise<T> => {
  const store = await openEventStore({ sqlitePath: path });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
};

const ids = {
  riskA: randomUUID(),
  riskB: randomUUID(),
  rec: randomUUID(),
  t: randomUUID(),
  case: randomUUID(),
};
let minute = 0;
const event = (type: EventType, data: Record<string, unknown>, region: string | null = 'KZ-15'): NewEvent => {
  minute += 1;
  const metadata: EventMetadata = {
    recordedAt: new Date(Date.UTC(2026, 3, 1) + minute * 60_000).toISOString(),
    submittedBy: region === null ? 'chair' : `officer-${region}`,
    region: region as EventMetadata['region'],
    submissionId: `submission-${minute}`,
    correlationId: `correlation-${minute}`,
    channel: 'form',
    schemaVersion: CURRENT_SCHEMA_VERSION[type],
  };
  return { id: randomUUID(), type, data, metadata };
};
const riskData = (riskId: string, region: string) => ({
  riskId,
  region,
  organization: 'Акимат',
  process: 'Выдача разрешений',
  sphere: 'CONSTRUCTION',
  causeCategory: 'MANUAL_PROCESSING',
  source: 'INTERNAL_ANALYSIS',
  description: 'Заявления на бумаге',
  occurredOn: '2026-03-01',
});

/** A store as the per-aggregate layout wrote it: a stream per thing, and the markers. */
const writeOldLayout = async (store: EventStore) => {
  await store.append(streams.risk(ids.riskA), [event('RiskIdentified', riskData(ids.riskA, 'KZ-15'))]);
  await store.append(streams.risk(ids.riskB), [
    event('RiskIdentified', riskData(ids.riskB, 'KZ-71'), 'KZ-71'),
  ]);
  await store.append(streams.recommendation(ids.rec), [
    event('RecommendationIssued', {
      recommendationId: ids.rec,
      riskId: ids.riskA,
      region: 'KZ-15',
      organization: 'Акимат',
      text: 'Перевести приём в электронный вид',
      dueOn: '2026-09-01',
      occurredOn: '2026-03-10',
    }),
  ]);
  const removal = { transformationId: ids.t, occurredOn: '2026-04-01' };
  await store.appendMany([
    { streamId: streams.risk(ids.riskA), events: [event('RiskRemoved', { riskId: ids.riskA, ...removal })] },
    {
      streamId: streams.recommendation(ids.rec),
      events: [event('RecommendationImplemented', { recommendationId: ids.rec, ...removal })],
    },
    {
      streamId: streams.transformation(ids.t),
      events: [
        event('ProcessTransformed', {
          transformationId: ids.t,
          region: 'KZ-15',
          organization: 'Акимат',
          process: 'Выдача разрешений',
          kind: 'DIGITISED',
          description: 'Только через портал',
          removesRiskIds: [ids.riskA],
          implementsRecommendationIds: [ids.rec],
          occurredOn: '2026-04-01',
        }),
      ],
    },
  ]);
  await store.append('target-causesRemoved.KZ-15.2026-Q2', [
    event(
      'TargetSet',
      {
        kpi: 'causesRemoved',
        unit: 'KZ-15',
        period: '2026-Q2',
        value: 40,
        direction: 'AT_LEAST',
        occurredOn: '2026-04-01',
      },
      null,
    ),
  ]);
  await store.append(streams.right(ids.case), [
    event('RightRestored', {
      caseId: ids.case,
      region: 'KZ-15',
      kind: 'LAND_PLOT_RETURNED',
      peopleCount: 2,
      riskId: ids.riskA,
      description: 'Участок возвращён',
      occurredOn: '2026-04-02',
    }),
  ]);
};

describe('migrate-layout on a store written by the per-aggregate layout', () => {
  it('re-homes every event to its unit stream in log order, drops the markers, resumes, and checks the copy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-migrate-layout-'));
    const from = join(dir, 'old.sqlite');
    const to = join(dir, 'units.sqlite');
    await withStore(from, writeOldLayout);
    const source = await withStore(from, (store) => store.readAll());

    // Stopped after its first page, then run again: it resumes and nothing is copied twice.
    const abort = new AbortController();
    const options = {
      from: parseStoreAddress(from),
      to: parseStoreAddress(to),
      checkpointPath: join(dir, 'checkpoint.json'),
      reshape: unitLayout,
      pageSize: 3,
    };
    const first = await migrate({
      ...options,
      signal: abort.signal,
      progress: { update: () => abort.abort(), finish: () => {} },
    });
    expect(first.interrupted).toBe(true);
    const report = await migrate(options);
    expect(report).toMatchObject({ interrupted: false, match: true });
    expect(first.copied + report.copied).toBe(6);
    expect(report.source).toEqual(report.destination);

    const copied = await withStore(to, (store) => store.readAll());
    const kept = source.filter((e) => e.type !== 'RiskRemoved' && e.type !== 'RecommendationImplemented');
    expect(copied.map((e) => e.id)).toEqual(kept.map((e) => e.id));
    expect(copied.map((e) => [e.streamId, e.revision, e.type])).toEqual([
      [streams.unit('KZ-15'), 0, 'RiskIdentified'],
      [streams.unit('KZ-71'), 0, 'RiskIdentified'],
      [streams.unit('KZ-15'), 1, 'RecommendationIssued'],
      [streams.unit('KZ-15'), 2, 'ProcessTransformed'],
      ['target-causesRemoved.KZ-15.2026-Q2', 0, 'TargetSet'],
      [streams.unit('KZ-15'), 3, 'RightRestored'],
    ]);
    copied.forEach((e, i) => {
      expect(e.data).toEqual(kept[i]!.data);
      expect(e.metadata).toEqual(kept[i]!.metadata);
    });
  });

  it('leaves a store the write side decides against as before: the removal is known, versions unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-migrate-layout-'));
    const from = join(dir, 'old.sqlite');
    const to = join(dir, 'units.sqlite');
    await withStore(from, writeOldLayout);
    await migrate({
      from: parseStoreAddress(from),
      to: parseStoreAddress(to),
      checkpointPath: join(dir, 'checkpoint.json'),
      reshape: unitLayout,
    });
    expect(await withStore(from, layoutProblem)).toMatch(
      /per-aggregate stream layout \(risk-.*kpi migrate-layout/,
    );
    await withStore(to, async (store) => {
      expect(await layoutProblem(store)).toBeNull();
      const services = { store, clock: () => new Date('2026-06-15T10:00:00Z'), newId: randomUUID };
      const aktobe = officer('KZ-15');
      expect(await handleCommand(services, aktobe, transformation([ids.riskA]), form('again'))).toMatchObject(
        {
          kind: 'ValidationFailed',
          issues: [{ path: 'removesRiskIds.0', code: 'removed' }],
        },
      );
      // The risk's version counts its removal, as its own stream did (identified 0, removed 1).
      const reclassify = {
        type: 'ReclassifyRisk' as const,
        data: { riskId: ids.riskA, sphere: 'OTHER' as const, reason: 'Уточнено', occurredOn: '2026-05-01' },
        expectedRevision: 1,
      };
      expect(await handleCommand(services, aktobe, reclassify, form('reclassify'))).toMatchObject({
        kind: 'Succeeded',
        streamId: streams.unit('KZ-15'),
        revision: 2,
      });
    });
  });
});
