import { streams } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import type { Command } from './command.ts';
import { decideMany } from './decide-many.ts';
import { handleCommand, handleMany } from './handle.ts';
import { newIdFor } from './prepare.ts';
import { officer, signedIn, useServices } from './test-services.ts';

const aktobe = officer('KZ-15');
const options = { correlationId: 'import-1', channel: 'import' as const };

const riskRow = (occurredOn = '2026-03-14'): Command => ({
  type: 'IdentifyRisk',
  data: {
    region: 'KZ-15',
    organization: 'Акимат г. Актобе',
    process: 'Выдача разрешений на строительство',
    sphere: 'CONSTRUCTION',
    causeCategory: 'MANUAL_PROCESSING',
    source: 'INTERNAL_ANALYSIS',
    description: 'Заявления принимаются на бумаге',
    occurredOn,
  },
});
const recommendationRow = (riskId: string): Command => ({
  type: 'IssueRecommendation',
  data: {
    riskId,
    region: 'KZ-15',
    organization: 'Управление архитектуры',
    text: 'Перевести приём в электронный вид',
    dueOn: '2026-08-01',
    occurredOn: '2026-04-01',
  },
});
const transformationRow = (riskId: string, recommendationId: string): Command => ({
  type: 'RecordTransformation',
  data: {
    region: 'KZ-15',
    organization: 'Управление архитектуры',
    process: 'Выдача разрешений на строительство',
    kind: 'DIGITISED',
    description: 'Приём только через портал',
    removesRiskIds: [riskId],
    implementsRecommendationIds: [recommendationId],
    occurredOn: '2026-05-01',
  },
});

/** Three rows where each refers to the thing the row before it creates. */
const chainedRows = (prefix: string) => {
  const riskId = newIdFor('IdentifyRisk', `${prefix}-1`);
  const recommendationId = newIdFor('IssueRecommendation', `${prefix}-2`);
  return [
    { submissionId: `${prefix}-1`, command: riskRow() },
    { submissionId: `${prefix}-2`, command: recommendationRow(riskId) },
    { submissionId: `${prefix}-3`, command: transformationRow(riskId, recommendationId) },
  ];
};

describe('a batch of commands (the import)', () => {
  const services = useServices();

  it('decides rows against earlier rows of the same batch and commits them in one append', async () => {
    const commit = await handleMany(services(), aktobe, chainedRows('f'), options);
    expect(commit).toMatchObject({ committed: true, eventsWritten: 3 });
    expect(commit.outcomes.map((o) => o.kind)).toEqual(['Accepted', 'Accepted', 'Accepted']);
    const log = await services().store.readAll();
    // One stream, the unit's, each event after what it refers to.
    expect(log.map((e) => [e.streamId, e.type])).toEqual([
      [streams.unit('KZ-15'), 'RiskIdentified'],
      [streams.unit('KZ-15'), 'RecommendationIssued'],
      [streams.unit('KZ-15'), 'ProcessTransformed'],
    ]);
    expect(new Set(log.map((e) => e.metadata.channel))).toEqual(new Set(['import']));
  });

  it('writes nothing when the same rows are imported again, answering each as already stored', async () => {
    await handleMany(services(), aktobe, chainedRows('f'), options);
    const again = await handleMany(services(), aktobe, chainedRows('f'), options);
    expect(again).toMatchObject({ committed: true, eventsWritten: 0 });
    expect(again.outcomes.every((o) => o.kind === 'Succeeded' && o.replayed)).toBe(true);
    expect(await services().store.headPosition()).toBe(3);
  });

  it('reports every bad row and writes none of the batch', async () => {
    const rows = chainedRows('f');
    rows[0] = { ...rows[0]!, command: riskRow('2026-07-01') };
    const commit = await handleMany(services(), aktobe, [...rows, ...chainedRows('g')], options);
    expect(commit.committed).toBe(false);
    expect(commit.outcomes.map((o) => o.kind)).toEqual([
      'ValidationFailed',
      'NotFound',
      'NotFound',
      'Accepted',
      'Accepted',
      'Accepted',
    ]);
    expect(await services().store.headPosition()).toBe(0);
  });

  it('refuses a submission id given to two rows', async () => {
    const rows = chainedRows('f');
    const decision = await decideMany(
      services(),
      aktobe,
      [...rows, { ...rows[0]!, command: riskRow('2026-03-15') }],
      options,
    );
    expect(decision.outcomes.map((o) => o.kind)).toEqual([
      'Accepted',
      'Accepted',
      'Accepted',
      'SubmissionReused',
    ]);
    expect(decision.allAccepted).toBe(false);
  });

  it('refuses the batch of anyone but a regional officer, and of another region', async () => {
    for (const viewer of [
      null,
      signedIn('CHAIR'),
      signedIn('ANALYST'),
      signedIn('ADMINISTRATOR'),
      officer('KZ-71'),
    ]) {
      const commit = await handleMany(services(), viewer, chainedRows('f'), options);
      expect(commit.committed).toBe(false);
      expect(commit.outcomes[0]).toMatchObject({ kind: 'Forbidden' });
    }
    expect(await services().store.headPosition()).toBe(0);
  });

  it('commits nothing when its unit changed between deciding and appending', async () => {
    const risk = await handleCommand(services(), aktobe, riskRow(), { submissionId: 'r', ...options });
    const riskId = risk.kind === 'Succeeded' ? risk.id : '';
    const rows = [
      { submissionId: 'rec', command: recommendationRow(riskId) },
      { submissionId: 't', command: transformationRow(riskId, newIdFor('IssueRecommendation', 'rec')) },
    ];
    const decision = await decideMany(services(), aktobe, rows, options);
    expect(decision.allAccepted).toBe(true);
    await handleCommand(
      services(),
      aktobe,
      { type: 'WithdrawRisk', data: { riskId, reason: 'Ошибка', occurredOn: '2026-04-02' } },
      { submissionId: 'w', ...options },
    );
    const [write] = decision.writes;
    expect(decision.writes).toHaveLength(1);
    await expect(
      services().store.append(write!.streamId, write!.events, { expectedRevision: write!.expectedRevision }),
    ).rejects.toMatchObject({ name: 'WrongExpectedRevisionError', streamId: streams.unit('KZ-15') });
    expect((await services().store.readAll()).map((e) => e.type)).toEqual([
      'RiskIdentified',
      'RiskWithdrawn',
    ]);
  });
});
