import { streams } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import type { AppServices } from '../api/services.ts';
import type { Command } from './command.ts';
import { handleCommand } from './handle.ts';
import { form, risk, transformation } from './test-commands.ts';
import { officer, raceAppends, useServices } from './test-services.ts';

const aktobe = officer('KZ-15');

describe('handleCommand when officers race', () => {
  const services = useServices();

  const identify = async (submissionId: string) => {
    const result = await handleCommand(services(), aktobe, risk(), form(submissionId));
    if (result.kind !== 'Succeeded') throw new Error(`risk refused: ${JSON.stringify(result)}`);
    return result.id;
  };

  it('lets exactly one of two officers racing to remove the same risk succeed; the other hears it is removed', async () => {
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
    // The loser's append met the winner's revision; deciding again, it finds the risk removed.
    expect(results.map((r) => r.kind).sort()).toEqual(['Succeeded', 'ValidationFailed']);
    expect(results.find((r) => r.kind === 'ValidationFailed')).toMatchObject({
      issues: [{ path: 'removesRiskIds.0', code: 'removed' }],
    });
    const all = await services().store.readAll();
    expect(all.map((e) => e.type)).toEqual(['RiskIdentified', 'ProcessTransformed']);
  });

  it('decides again and records both when two officers of a unit submit different things at once', async () => {
    const racing: AppServices = { ...services(), store: raceAppends(services().store, 2) };
    const results = await Promise.all([
      handleCommand(racing, aktobe, risk(), form('r-1')),
      handleCommand(
        racing,
        officer('KZ-15', 'second-officer'),
        risk({ occurredOn: '2026-03-15' }),
        form('r-2'),
      ),
    ]);
    expect(results).toMatchObject([
      { kind: 'Succeeded', revision: 0, replayed: false },
      { kind: 'Succeeded', revision: 0, replayed: false },
    ]);
    const unit = await services().store.readStream(streams.unit('KZ-15'));
    expect(unit.map((e) => e.revision)).toEqual([0, 1]);
  });

  it('answers a Conflict naming the unit when it keeps changing through every round', async () => {
    const store = services().store;
    let appends = 0;
    // Someone else's submission lands in the unit between every decision and its append.
    const busy: AppServices = {
      ...services(),
      store: {
        append: async (streamId, events, options) => {
          appends += 1;
          await handleCommand(services(), aktobe, risk(), form(`other-${appends}`));
          return store.append(streamId, events, options);
        },
        appendMany: (writes) => store.appendMany(writes),
        readStream: (streamId, options) => store.readStream(streamId, options),
        readAll: (options) => store.readAll(options),
        subscribeToAll: (options) => store.subscribeToAll(options),
        headPosition: () => store.headPosition(),
        close: () => store.close(),
      },
    };
    const result = await handleCommand(busy, aktobe, risk({ occurredOn: '2026-03-15' }), form('mine'));
    expect(result).toMatchObject({ kind: 'Conflict', streamId: streams.unit('KZ-15') });
    expect(appends).toBe(5);
    const unit = await store.readStream(streams.unit('KZ-15'));
    expect(unit.map((e) => e.metadata.submissionId)).toEqual([
      'other-1',
      'other-2',
      'other-3',
      'other-4',
      'other-5',
    ]);
  });

  it('keeps the units of two regions apart: their officers never contend', async () => {
    const racing: AppServices = { ...services(), store: raceAppends(services().store, 2) };
    const results = await Promise.all([
      handleCommand(racing, aktobe, risk(), form('r-1')),
      handleCommand(racing, officer('KZ-71'), risk({ region: 'KZ-71' }), form('r-2')),
    ]);
    expect(results.map((r) => r.kind)).toEqual(['Succeeded', 'Succeeded']);
    expect(results.map((r) => (r.kind === 'Succeeded' ? r.streamId : ''))).toEqual([
      streams.unit('KZ-15'),
      streams.unit('KZ-71'),
    ]);
  });

  it('answers a Conflict to the second of two officers reclassifying a risk they saw at one version', async () => {
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
    // With the version both officers saw on their forms, the second hears that the risk moved on;
    // without one, each is decided against the risk as it is, and both are recorded.
    const rounds: [Category, Category, boolean, string[]][] = [
      ['CONFLICT_OF_INTEREST', 'WEAK_INTERNAL_CONTROL', true, ['Conflict', 'Succeeded']],
      ['DECISION_MONOPOLY', 'LACK_OF_TRANSPARENCY', false, ['Succeeded', 'Succeeded']],
    ];
    let version = 0;
    for (const [first, second, withRevision, kinds] of rounds) {
      const racing: AppServices = { ...services(), store: raceAppends(services().store, 2) };
      const before = await services().store.readStream(streams.unit('KZ-15'));
      const seen = withRevision ? version : undefined;
      const results = await Promise.all([
        handleCommand(racing, aktobe, reclassify(first, seen), form(`${first}`)),
        handleCommand(racing, officer('KZ-15', 'second'), reclassify(second, seen), form(`${second}`)),
      ]);
      expect(results.map((r) => r.kind).sort()).toEqual(kinds);
      if (withRevision) {
        expect(results.find((r) => r.kind === 'Conflict')).toMatchObject({ streamId: streams.risk(a) });
      }
      const after = await services().store.readStream(streams.unit('KZ-15'));
      expect(after.map((e) => e.id).slice(0, before.length)).toEqual(before.map((e) => e.id));
      const succeeded = kinds.filter((k) => k === 'Succeeded').length;
      expect(after).toHaveLength(before.length + succeeded);
      version += succeeded;
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
    expect(await services().store.readStream(streams.unit('KZ-15'))).toHaveLength(2);
  });

  it('answers a submission racing itself on two replicas as one success, stored once', async () => {
    // In one process copies of a submission take turns; two replicas (each its own store client)
    // can still reach the store together, which the append's conflict answers.
    const raced = raceAppends(services().store, 2);
    const replica = (): AppServices => ({ ...services(), store: { ...raced } });
    const [first, second] = await Promise.all([
      handleCommand(replica(), aktobe, risk(), form('s-1')),
      handleCommand(replica(), aktobe, risk(), form('s-1')),
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
