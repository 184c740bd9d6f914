import { streams } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import type { AppServices } from '../app/services.ts';
import type { Command } from './command.ts';
import { handleCommand } from './handle.ts';
import { newIdFor } from './prepare.ts';
import { officer, raceAppends, signedIn, useServices } from './test-services.ts';

const risk = (over: Record<string, unknown> = {}): Command => ({
  type: 'IdentifyRisk',
  data: {
    region: 'KZ-15',
    organization: 'Акимат г. Актобе',
    process: 'Предоставление земельных участков',
    sphere: 'LAND_RELATIONS',
    causeCategory: 'EXCESSIVE_DISCRETION',
    source: 'EXTERNAL_ANALYSIS',
    description: 'Комиссия по земельным вопросам решает без критериев',
    occurredOn: '2026-03-14',
    ...over,
  },
});
const aktobe = officer('KZ-15');
const astana = officer('KZ-71');
const form = (submissionId: string) => ({
  submissionId,
  correlationId: `req-${submissionId}`,
  channel: 'form' as const,
});

describe('handleCommand', () => {
  const services = useServices();

  const identify = async (submissionId: string) => {
    const result = await handleCommand(services(), aktobe, risk(), form(submissionId));
    if (result.kind !== 'Succeeded') throw new Error(`risk refused: ${JSON.stringify(result)}`);
    return result.id;
  };

  it('records the event with the metadata the server writes', async () => {
    const result = await handleCommand(services(), aktobe, risk(), form('s-1'));
    const riskId = newIdFor('IdentifyRisk', 's-1');
    expect(result).toEqual({
      kind: 'Succeeded',
      type: 'IdentifyRisk',
      id: riskId,
      streamId: streams.risk(riskId),
      revision: 0,
      position: 1,
      replayed: false,
    });
    const [stored] = await services().store.readStream(streams.risk(riskId));
    expect(stored?.type).toBe('RiskIdentified');
    expect(stored?.data).toMatchObject({ riskId, region: 'KZ-15', occurredOn: '2026-03-14' });
    expect(stored?.metadata).toEqual({
      recordedAt: '2026-06-15T10:00:00.000Z',
      submittedBy: aktobe.userId,
      region: 'KZ-15',
      submissionId: 's-1',
      correlationId: 'req-s-1',
      channel: 'form',
      schemaVersion: 2,
    });
  });

  it('answers a resubmission as the first time and stores nothing new', async () => {
    const first = await handleCommand(services(), aktobe, risk(), form('s-1'));
    const again = await handleCommand(services(), aktobe, risk(), { ...form('s-1'), correlationId: 'retry' });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await services().store.headPosition()).toBe(1);
  });

  it('answers a resubmission of a correction as the first time, although the risk is now withdrawn', async () => {
    const riskId = await identify('s-1');
    const withdraw: Command = {
      type: 'WithdrawRisk',
      data: { riskId, reason: 'Внесён по ошибке', occurredOn: '2026-04-01' },
    };
    const first = await handleCommand(services(), aktobe, withdraw, form('s-2'));
    expect(first).toMatchObject({ kind: 'Succeeded', revision: 1 });
    expect(await handleCommand(services(), aktobe, withdraw, form('s-2'))).toEqual({
      ...first,
      replayed: true,
    });
    expect(await services().store.headPosition()).toBe(2);
  });

  it('refuses a submission id reused for different content, on the same or another stream', async () => {
    const riskId = await identify('s-1');
    const changed = await handleCommand(services(), aktobe, risk({ process: 'Другой процесс' }), form('s-1'));
    expect(changed).toMatchObject({ kind: 'SubmissionReused', submissionId: 's-1' });
    const elsewhere = await handleCommand(
      services(),
      aktobe,
      { type: 'WithdrawRisk', data: { riskId, reason: 'Ошибка', occurredOn: '2026-04-01' } },
      form('s-1'),
    );
    expect(elsewhere).toMatchObject({ kind: 'SubmissionReused' });
    expect(await services().store.headPosition()).toBe(1);
  });

  it('refuses invalid input naming the fields, without the data. prefix, and writes nothing', async () => {
    const result = await handleCommand(
      services(),
      aktobe,
      risk({ region: 'KZ-AKM', occurredOn: '2026-02-30', organization: ' ' }),
      form('s-1'),
    );
    expect(result.kind).toBe('ValidationFailed');
    if (result.kind !== 'ValidationFailed') return;
    expect(result.issues.map((i) => i.path).sort()).toEqual(['occurredOn', 'organization', 'region']);
    expect(await services().store.headPosition()).toBe(0);
  });

  it('refuses anyone but an officer of the region, and writes nothing', async () => {
    const riskId = await identify('s-1');
    const withdraw: Command = {
      type: 'WithdrawRisk',
      data: { riskId, reason: 'Ошибка', occurredOn: '2026-04-01' },
    };
    for (const viewer of [null, signedIn('CHAIR'), signedIn('ANALYST'), signedIn('ADMINISTRATOR'), astana]) {
      expect(await handleCommand(services(), viewer, withdraw, form(`w-${viewer?.role}`))).toMatchObject({
        kind: 'Forbidden',
      });
    }
    expect(await handleCommand(services(), astana, risk(), form('s-astana'))).toMatchObject({
      kind: 'Forbidden',
    });
    expect(await services().store.headPosition()).toBe(1);
  });

  it('answers NotFound for a risk that does not exist, and writes nothing', async () => {
    const missing = '9d4e8f1a-0b2c-4d3e-8f4a-5b6c7d8e9f00';
    const result = await handleCommand(
      services(),
      aktobe,
      { type: 'WithdrawRisk', data: { riskId: missing, reason: 'Ошибка', occurredOn: '2026-04-01' } },
      form('s-1'),
    );
    expect(result).toMatchObject({ kind: 'NotFound', id: missing });
    expect(await services().store.headPosition()).toBe(0);
  });

  it('records a transformation on its stream and its removals on the risk streams', async () => {
    const a = await identify('r-a');
    const b = await identify('r-b');
    const issued = await handleCommand(
      services(),
      aktobe,
      {
        type: 'IssueRecommendation',
        data: {
          riskId: a,
          region: 'KZ-15',
          organization: 'Акимат г. Актобе',
          text: 'Утвердить критерии',
          dueOn: '2026-09-01',
          occurredOn: '2026-04-01',
        },
      },
      form('rec'),
    );
    expect(issued.kind).toBe('Succeeded');
    const result = await handleCommand(
      services(),
      aktobe,
      transformation([a, b], [issued.kind === 'Succeeded' ? issued.id : '']),
      form('t'),
    );
    expect(result).toMatchObject({
      kind: 'Succeeded',
      type: 'RecordTransformation',
      revision: 0,
      position: 7,
    });
    const all = await services().store.readAll();
    expect(all.map((e) => e.type)).toEqual([
      'RiskIdentified',
      'RiskIdentified',
      'RecommendationIssued',
      'RiskRemoved',
      'RiskRemoved',
      'RecommendationImplemented',
      'ProcessTransformed',
    ]);
    expect(new Set(all.slice(3).map((e) => e.metadata.submissionId))).toEqual(new Set(['t']));
  });

  it('lets exactly one of two officers racing to remove the same risk succeed', async () => {
    const a = await identify('r-a');
    const racing: AppServices = { ...services(), store: raceAppends(services().store, 2) };
    const results = await Promise.all([
      handleCommand(racing, aktobe, transformation([a]), form('t-1')),
      handleCommand(
        racing,
        officer('KZ-15', 'second-officer'),
        transformation([a], [], 'DIGITISED'),
        form('t-2'),
      ),
    ]);
    expect(results.map((r) => r.kind).sort()).toEqual(['Conflict', 'Succeeded']);
    expect(results.find((r) => r.kind === 'Conflict')).toMatchObject({ streamId: streams.risk(a) });
    const all = await services().store.readAll();
    expect(all.filter((e) => e.type === 'ProcessTransformed')).toHaveLength(1);
    expect(all.filter((e) => e.type === 'RiskRemoved')).toHaveLength(1);
    // The loser, submitting again, now hears that the risk is already removed.
    const retry = await handleCommand(services(), aktobe, transformation([a], [], 'DIGITISED'), form('t-3'));
    expect(retry).toMatchObject({
      kind: 'ValidationFailed',
      issues: [{ path: 'removesRiskIds.0', code: 'removed' }],
    });
  });

  it('lets one of two officers reclassifying the same risk at once succeed, the other gets a Conflict', async () => {
    const a = await identify('r-a');
    type Category =
      | 'CONFLICT_OF_INTEREST'
      | 'WEAK_INTERNAL_CONTROL'
      | 'DECISION_MONOPOLY'
      | 'LACK_OF_TRANSPARENCY';
    const reclassify = (causeCategory: Category, expectedRevision: number | undefined): Command => ({
      type: 'ReclassifyRisk',
      data: { riskId: a, causeCategory, reason: 'Уточнено', occurredOn: '2026-04-02' },
      expectedRevision,
    });
    // Once with the revision both officers saw on their forms, once without (the handler's read).
    const rounds: [Category, Category, boolean][] = [
      ['CONFLICT_OF_INTEREST', 'WEAK_INTERNAL_CONTROL', true],
      ['DECISION_MONOPOLY', 'LACK_OF_TRANSPARENCY', false],
    ];
    for (const [first, second, withRevision] of rounds) {
      const racing: AppServices = { ...services(), store: raceAppends(services().store, 2) };
      const before = await services().store.readStream(streams.risk(a));
      const seen = withRevision ? before.length - 1 : undefined;
      const results = await Promise.all([
        handleCommand(racing, aktobe, reclassify(first, seen), form(`${first}`)),
        handleCommand(racing, officer('KZ-15', 'second'), reclassify(second, seen), form(`${second}`)),
      ]);
      expect(results.map((r) => r.kind).sort()).toEqual(['Conflict', 'Succeeded']);
      expect(results.find((r) => r.kind === 'Conflict')).toMatchObject({ streamId: streams.risk(a) });
      const after = await services().store.readStream(streams.risk(a));
      expect(after.map((e) => e.id).slice(0, before.length)).toEqual(before.map((e) => e.id));
      expect(after).toHaveLength(before.length + 1);
    }
  });

  it('answers a Conflict when the risk moved past the revision the officer saw', async () => {
    const a = await identify('r-a');
    const reclassify = (
      submissionId: string,
      causeCategory: 'CONFLICT_OF_INTEREST' | 'WEAK_INTERNAL_CONTROL',
    ) =>
      handleCommand(
        services(),
        aktobe,
        {
          type: 'ReclassifyRisk',
          data: { riskId: a, causeCategory, reason: 'Уточнено', occurredOn: '2026-04-02' },
          expectedRevision: 0,
        },
        form(submissionId),
      );
    expect(await reclassify('x', 'CONFLICT_OF_INTEREST')).toMatchObject({ kind: 'Succeeded', revision: 1 });
    expect(await reclassify('y', 'WEAK_INTERNAL_CONTROL')).toMatchObject({
      kind: 'Conflict',
      streamId: streams.risk(a),
    });
    // A resubmission of the first still answers as the first time, although its revision is stale.
    expect(await reclassify('x', 'CONFLICT_OF_INTEREST')).toMatchObject({
      kind: 'Succeeded',
      revision: 1,
      replayed: true,
    });
    expect(await services().store.readStream(streams.risk(a))).toHaveLength(2);
  });

  it('answers a submission racing itself (a double click) as one success, stored once', async () => {
    const racing: AppServices = { ...services(), store: raceAppends(services().store, 2) };
    const [first, second] = await Promise.all([
      handleCommand(racing, aktobe, risk(), form('s-1')),
      handleCommand(racing, aktobe, risk(), form('s-1')),
    ]);
    expect(first).toMatchObject({ kind: 'Succeeded', revision: 0, position: 1 });
    expect(second).toMatchObject({
      kind: 'Succeeded',
      id: first.kind === 'Succeeded' ? first.id : '',
      revision: 0,
      position: 1,
    });
    expect(await services().store.headPosition()).toBe(1);
  });
});

const transformation = (
  removesRiskIds: string[],
  implementsRecommendationIds: string[] = [],
  kind = 'MADE_PUBLIC',
): Command => ({
  type: 'RecordTransformation',
  data: {
    region: 'KZ-15',
    organization: 'Акимат г. Актобе',
    process: 'Предоставление земельных участков',
    kind: kind as 'MADE_PUBLIC',
    description: 'Решения комиссии публикуются',
    removesRiskIds,
    implementsRecommendationIds,
    occurredOn: '2026-05-15',
  },
});
