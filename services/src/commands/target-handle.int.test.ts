import { targetStream } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import type { Command } from './command.ts';
import { handleCommand } from './handle.ts';
import { form } from './test-commands.ts';
import { officer, signedIn, useServices } from './test-services.ts';

const chair = signedIn('CHAIR');
const key = { kpi: 'causesRemoved', unit: 'KZ-15', period: '2026' } as const;
const setTarget = (value: number): Command => ({
  type: 'SetTarget',
  data: { ...key, value, direction: 'AT_LEAST', occurredOn: '2026-06-01' },
});
const withdrawTarget: Command = { type: 'WithdrawTarget', data: { ...key, occurredOn: '2026-06-10' } };
const stream = targetStream(key);

describe('targets through handleCommand', () => {
  const services = useServices();

  it('records the chair’s target on the target’s stream, for no region', async () => {
    const result = await handleCommand(services(), chair, setTarget(40), form('t-1'));
    expect(result).toMatchObject({
      kind: 'Succeeded',
      type: 'SetTarget',
      id: 'causesRemoved.KZ-15.2026',
      streamId: stream,
      revision: 0,
      replayed: false,
    });
    const [stored] = await services().store.readStream(stream);
    expect(stored).toMatchObject({
      type: 'TargetSet',
      data: { ...key, value: 40, direction: 'AT_LEAST' },
      metadata: { region: null, submittedBy: chair.userId, submissionId: 't-1' },
    });
  });

  it('answers a resubmission as the first time; other content under the same id is refused', async () => {
    const first = await handleCommand(services(), chair, setTarget(40), form('t-1'));
    const again = await handleCommand(services(), chair, setTarget(40), form('t-1'));
    expect(again).toEqual({ ...first, replayed: true });
    expect(await handleCommand(services(), chair, setTarget(41), form('t-1'))).toMatchObject({
      kind: 'SubmissionReused',
    });
    expect(await services().store.headPosition()).toBe(1);
  });

  it('replaces and withdraws, and refuses to withdraw what is not there', async () => {
    expect(await handleCommand(services(), chair, withdrawTarget, form('t-0'))).toMatchObject({
      kind: 'NotFound',
      id: 'causesRemoved.KZ-15.2026',
    });
    await handleCommand(services(), chair, setTarget(40), form('t-1'));
    expect(await handleCommand(services(), chair, setTarget(60), form('t-2'))).toMatchObject({ revision: 1 });
    expect(await handleCommand(services(), chair, withdrawTarget, form('t-3'))).toMatchObject({
      revision: 2,
    });
    const types = (await services().store.readStream(stream)).map((e) => e.type);
    expect(types).toEqual(['TargetSet', 'TargetSet', 'TargetWithdrawn']);
  });

  it('refuses officers and analysts, and stores nothing', async () => {
    for (const viewer of [officer('KZ-15'), signedIn('ANALYST'), signedIn('ADMINISTRATOR'), null]) {
      expect(await handleCommand(services(), viewer, setTarget(40), form('t-x'))).toMatchObject({
        kind: 'Forbidden',
      });
    }
    expect(await services().store.headPosition()).toBe(0);
  });
});
