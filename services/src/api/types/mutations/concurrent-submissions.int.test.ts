import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { officer } from '../../../commands/test-services.ts';
import { openEventStore } from '../../../store/open.ts';
import type { EventStore } from '../../../store/port.ts';
import { buildApp } from '../../build-app.ts';
import { mutate } from './gql-client.ts';

const riskInput = (submissionId: string, description = 'Комиссия решает без критериев') => ({
  submissionId,
  region: 'KZ_15',
  organization: 'Акимат г. Актобе',
  process: 'Предоставление земельных участков',
  sphere: 'LAND_RELATIONS',
  causeCategory: 'EXCESSIVE_DISCRETION',
  source: 'CITIZEN_RECEPTION',
  description,
  occurredOn: '2026-03-14',
});

/** A double click, a retrying client: the same submission arriving many times at once. */
describe('identical submissions sent at once', () => {
  let directory: string;
  let store: EventStore;
  let app: FastifyInstance;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'kpi-concurrent-'));
    store = await openEventStore({ sqlitePath: join(directory, 'events.sqlite') });
    app = await buildApp({
      services: { store, clock: () => new Date('2026-06-15T10:00:00Z'), newId: randomUUID },
      authenticate: async () => officer('KZ-15'),
    });
  });
  afterEach(async () => {
    await app.close();
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const replayedOf = (answers: { replayed?: boolean }[]) => answers.map((a) => a.replayed).sort();

  it('store one event and answer replayed: false once and replayed: true to the other 11', async () => {
    const input = riskInput(randomUUID());
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => mutate(app, 'aktobe', 'identifyRisk', input)),
    );
    expect(answers.every((a) => a.__typename === 'IdentifyRiskSucceeded')).toBe(true);
    expect(replayedOf(answers)).toEqual([false, ...Array(11).fill(true)]);
    expect(new Set(answers.map((a) => `${a.riskId} ${a.position} ${a.revision}`)).size).toBe(1);
    expect(await store.readAll({ eventTypes: ['RiskIdentified'] })).toHaveLength(1);
  });

  it('answer a correction sent 12 times at once the same way', async () => {
    const risk = await mutate(app, 'aktobe', 'identifyRisk', riskInput(randomUUID()));
    const withdrawal = {
      submissionId: randomUUID(),
      riskId: risk.riskId,
      reason: 'Внесён по ошибке',
      occurredOn: '2026-05-01',
    };
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => mutate(app, 'aktobe', 'withdrawRisk', withdrawal)),
    );
    expect(answers.map((a) => a.__typename)).toEqual(Array(12).fill('WithdrawRiskSucceeded'));
    expect(replayedOf(answers)).toEqual([false, ...Array(11).fill(true)]);
    expect(await store.readAll({ eventTypes: ['RiskWithdrawn'] })).toHaveLength(1);
  });

  it('refuse other content sent at once under the same submission id, storing the first only', async () => {
    const submissionId = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        mutate(app, 'aktobe', 'identifyRisk', riskInput(submissionId, `Описание ${i}`)),
      ),
    );
    const kinds = answers.map((a) => a.__typename).sort();
    expect(kinds).toEqual(['IdentifyRiskSucceeded', ...Array(5).fill('SubmissionReused')]);
    expect(answers.find((a) => a.__typename === 'IdentifyRiskSucceeded')?.replayed).toBe(false);
    expect(await store.readAll({ eventTypes: ['RiskIdentified'] })).toHaveLength(1);
  });
});
