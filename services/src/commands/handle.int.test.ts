import { streams } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import type { Command } from './command.ts';
import { handleCommand } from './handle.ts';
import { newIdFor } from './prepare.ts';
import { form, risk, transformation } from './test-commands.ts';
import { officer, signedIn, useServices } from './test-services.ts';

const aktobe = officer('KZ-15');
const astana = officer('KZ-71');

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
      streamId: streams.unit('KZ-15'),
      revision: 0,
      position: 1,
      replayed: false,
    });
    const [stored] = await services().store.readStream(streams.unit('KZ-15'));
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
    for (const viewer of [null, signedIn('CHAIR'), signedIn('ANALYST'), signedIn('ADMINISTRATOR')]) {
      expect(await handleCommand(services(), viewer, withdraw, form(`w-${viewer?.role}`))).toMatchObject({
        kind: 'Forbidden',
      });
    }
    // Another region's officer decides against their own unit, where Aktobe's risk is not.
    expect(await handleCommand(services(), astana, withdraw, form('w-astana'))).toMatchObject({
      kind: 'NotFound',
      id: riskId,
    });
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

  it('records a transformation as one event on its unit stream, after which its risks are removed', async () => {
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
      streamId: streams.unit('KZ-15'),
      revision: 0,
      position: 4,
    });
    const unit = await services().store.readStream(streams.unit('KZ-15'));
    expect(unit.map((e) => [e.type, e.revision])).toEqual([
      ['RiskIdentified', 0],
      ['RiskIdentified', 1],
      ['RecommendationIssued', 2],
      ['ProcessTransformed', 3],
    ]);
    expect(await services().store.headPosition()).toBe(4);
    // A risk's version counts the transformation that removed it, as its own stream once did.
    const reclassified = await handleCommand(
      services(),
      aktobe,
      {
        type: 'ReclassifyRisk',
        data: { riskId: a, sphere: 'OTHER', reason: 'Уточнено', occurredOn: '2026-05-20' },
        expectedRevision: 1,
      },
      form('reclassify'),
    );
    expect(reclassified).toMatchObject({ kind: 'Succeeded', revision: 2 });
    const again = await handleCommand(services(), aktobe, transformation([b], [], 'DIGITISED'), form('t-2'));
    expect(again).toMatchObject({
      kind: 'ValidationFailed',
      issues: [{ path: 'removesRiskIds.0', code: 'removed' }],
    });
  });
});
