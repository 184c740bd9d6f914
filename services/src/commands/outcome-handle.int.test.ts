import { streams } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import type { Command } from './command.ts';
import { handleCommand } from './handle.ts';
import { newIdFor } from './prepare.ts';
import { form } from './test-commands.ts';
import { officer, signedIn, useServices } from './test-services.ts';

const aktobe = officer('KZ-15');
const survey = (perceptionIndex: number): Command => ({
  type: 'RecordPerceptionSurvey',
  data: {
    unit: 'KZ-15',
    group: 'ENTREPRENEURS',
    respondents: 400,
    facedCorruptionShare: 0.25,
    perceptionIndex,
    method: 'ONLINE',
    occurredOn: '2026-06-01',
  },
});

describe('surveys and receptions through handleCommand', () => {
  const services = useServices();

  it('records a survey once per submission id, on its unit’s stream, for the officer’s region', async () => {
    const first = await handleCommand(services(), aktobe, survey(55), form('s-1'));
    const surveyId = newIdFor('RecordPerceptionSurvey', 's-1');
    expect(first).toMatchObject({ kind: 'Succeeded', id: surveyId, streamId: streams.unit('KZ-15') });
    expect(await handleCommand(services(), aktobe, survey(55), form('s-1'))).toEqual({
      ...first,
      replayed: true,
    });
    expect(await handleCommand(services(), aktobe, survey(56), form('s-1'))).toMatchObject({
      kind: 'SubmissionReused',
    });
    const [stored] = await services().store.readStream(streams.unit('KZ-15'));
    expect(stored).toMatchObject({ type: 'PerceptionSurveyConducted', metadata: { region: 'KZ-15' } });
    expect(await services().store.headPosition()).toBe(1);
  });

  it('refuses bad input naming the field, and anyone but an officer, writing nothing', async () => {
    const bad: Command = {
      type: 'RecordCitizenReception',
      data: {
        unit: 'KZ-15',
        district: '711010000',
        citizensReceived: -2,
        issuesRaised: 1,
        occurredOn: '2026-06-01',
      },
    };
    const refused = await handleCommand(services(), aktobe, bad, form('r-1'));
    expect(refused.kind).toBe('ValidationFailed');
    expect(refused.kind === 'ValidationFailed' ? refused.issues.map((i) => i.path).sort() : []).toEqual([
      'citizensReceived',
      'district',
    ]);
    for (const viewer of [signedIn('CHAIR'), signedIn('ANALYST'), null]) {
      expect(await handleCommand(services(), viewer, survey(55), form('s-2'))).toMatchObject({
        kind: 'Forbidden',
      });
    }
    expect(await services().store.headPosition()).toBe(0);
  });
});
