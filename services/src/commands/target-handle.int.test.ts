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

  it('sets a central body’s target on its own stream; an unknown body or the body’s officer writes nothing', async () => {
    const body = { ...key, unit: 'MIN-HEALTH' };
    const forBody = (unit: string): Command => ({
      type: 'SetTarget',
      data: { ...body, unit, value: 12, direction: 'AT_LEAST', occurredOn: '2026-06-01' },
    });
    expect(await handleCommand(services(), chair, forBody('MIN-NOWHERE'), form('b-0'))).toMatchObject({
      kind: 'ValidationFailed',
      issues: [{ path: 'unit', code: 'unknown_central_body' }],
    });
    const bodyOfficer = { ...signedIn('CENTRAL_BODY_OFFICER'), centralBody: 'MIN-HEALTH' };
    expect(await handleCommand(services(), bodyOfficer, forBody('MIN-HEALTH'), form('b-1'))).toMatchObject({
      kind: 'Forbidden',
    });
    expect(await services().store.headPosition()).toBe(0);
    const deputy = signedIn('DEPUTY_CHAIR');
    expect(await handleCommand(services(), deputy, forBody('MIN-HEALTH'), form('b-2'))).toMatchObject({
      kind: 'Succeeded',
      id: 'causesRemoved.MIN-HEALTH.2026',
      streamId: targetStream(body),
    });
  });

  it('decides a body against the catalogue the services hold, so one added later is accepted', async () => {
    const added = { ...services(), isCentralBody: (code: string) => code === 'AG-NEW-BODY' };
    const command: Command = {
      type: 'SetTarget',
      data: { ...key, unit: 'AG-NEW-BODY', value: 3, direction: 'AT_LEAST', occurredOn: '2026-06-01' },
    };
    expect(await handleCommand(added, chair, command, form('n-1'))).toMatchObject({ kind: 'Succeeded' });
    const withdrawn: Command = {
      type: 'WithdrawTarget',
      data: { ...key, unit: 'AG-NEW-BODY', occurredOn: '2026-06-10' },
    };
    expect(await handleCommand(added, chair, withdrawn, form('n-2'))).toMatchObject({
      kind: 'Succeeded',
      revision: 1,
    });
  });
});
