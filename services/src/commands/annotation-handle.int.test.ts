import { commentaryStream, figureCommentStream } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import type { Command } from './command.ts';
import { handleCommand } from './handle.ts';
import { form } from './test-commands.ts';
import { officer, signedIn, useServices } from './test-services.ts';

const chair = signedIn('CHAIR');
const analyst = signedIn('ANALYST');
const key = { unit: 'KZ', period: '2026-Q1' } as const;
const commentary = (text: string): Command => ({
  type: 'WriteReportCommentary',
  data: { ...key, text, occurredOn: '2026-04-02' },
});
const comment: Command = {
  type: 'AddFigureComment',
  data: { unit: 'KZ-39', date: '2026-03-01', text: 'Жаңа әкім 1 наурыздан', occurredOn: '2026-03-05' },
};

describe('commentary and comments on figures through handleCommand', () => {
  const services = useServices();

  it('records the chair’s commentary for a unit and period, and refuses the same text again', async () => {
    const first = await handleCommand(services(), chair, commentary('Қостанай: жақсы нәтиже'), form('c-1'));
    expect(first).toMatchObject({ kind: 'Succeeded', id: 'KZ.2026-Q1', streamId: commentaryStream(key) });
    const again = await handleCommand(services(), chair, commentary('Қостанай: жақсы нәтиже'), form('c-2'));
    expect(again).toMatchObject({ kind: 'ValidationFailed', issues: [{ path: 'text', code: 'unchanged' }] });
    expect(await handleCommand(services(), chair, commentary('Итог квартала'), form('c-3'))).toMatchObject({
      revision: 1,
    });
  });

  it('names the bad field of a commentary', async () => {
    const bad: Command = {
      type: 'WriteReportCommentary',
      data: { unit: 'KZ-00', period: '2026-Q5', text: ' ', occurredOn: '2026-04-02' } as never,
    };
    const result = await handleCommand(services(), chair, bad, form('c-bad'));
    expect(result.kind).toBe('ValidationFailed');
    const paths = (result as unknown as { issues: { path: string }[] }).issues.map((i) => i.path).sort();
    expect(paths).toEqual(['period', 'text', 'unit']);
  });

  it('lets only the chair write commentary, and the chair or an analyst comment on figures', async () => {
    for (const viewer of [analyst, officer('KZ-15'), signedIn('ADMINISTRATOR'), null]) {
      expect(await handleCommand(services(), viewer, commentary('x'), form('c-x'))).toMatchObject({
        kind: 'Forbidden',
      });
    }
    for (const viewer of [officer('KZ-39'), signedIn('ADMINISTRATOR')]) {
      expect(await handleCommand(services(), viewer, comment, form('f-x'))).toMatchObject({
        kind: 'Forbidden',
        message: 'only the chair, a deputy chair or an analyst comments on figures',
      });
    }
    expect(await services().store.headPosition()).toBe(0);
    expect(await handleCommand(services(), analyst, comment, form('f-1'))).toMatchObject({
      kind: 'Succeeded',
    });
    expect(await handleCommand(services(), chair, comment, form('f-2'))).toMatchObject({ kind: 'Succeeded' });
  });

  it('adds a comment with its author in the metadata, withdraws it once', async () => {
    const added = await handleCommand(services(), analyst, comment, form('f-1'));
    if (added.kind !== 'Succeeded') throw new Error(added.kind);
    const [stored] = await services().store.readStream(figureCommentStream(added.id));
    expect(stored).toMatchObject({
      type: 'FigureCommentAdded',
      data: { commentId: added.id, unit: 'KZ-39', date: '2026-03-01' },
      metadata: { submittedBy: analyst.userId, region: null },
    });
    const withdraw = (occurredOn: string): Command => ({
      type: 'WithdrawFigureComment',
      data: { commentId: added.id, occurredOn },
    });
    expect(await handleCommand(services(), chair, withdraw('2026-03-01'), form('w-0'))).toMatchObject({
      kind: 'ValidationFailed',
      issues: [{ path: 'occurredOn', code: 'before_referenced' }],
    });
    expect(await handleCommand(services(), chair, withdraw('2026-03-06'), form('w-1'))).toMatchObject({
      kind: 'Succeeded',
    });
    expect(await handleCommand(services(), chair, withdraw('2026-03-07'), form('w-2'))).toMatchObject({
      kind: 'ValidationFailed',
      issues: [{ path: 'commentId', code: 'withdrawn' }],
    });
  });

  it("comments on a central body's figures, the body checked against the catalogue; the report's commentary stays the country's or a region's", async () => {
    const onBody = (unit: string): Command => ({
      type: 'AddFigureComment',
      data: { unit, date: '2026-03-01', text: 'Новый министр с 1 марта', occurredOn: '2026-03-05' },
    });
    expect(await handleCommand(services(), analyst, onBody('MIN-NOWHERE'), form('b-0'))).toMatchObject({
      kind: 'ValidationFailed',
      issues: [{ path: 'unit', code: 'unknown_central_body', values: { id: 'MIN-NOWHERE' } }],
    });
    const forBody: Command = {
      type: 'WriteReportCommentary',
      data: { unit: 'MIN-HEALTH', period: '2026-Q1', text: 'Минздрав', occurredOn: '2026-04-02' } as never,
    };
    expect(await handleCommand(services(), chair, forBody, form('b-1'))).toMatchObject({
      kind: 'ValidationFailed',
      issues: [{ path: 'unit' }],
    });
    expect(await services().store.headPosition()).toBe(0);
    expect(await handleCommand(services(), chair, onBody('MIN-HEALTH'), form('b-2'))).toMatchObject({
      kind: 'Succeeded',
    });
  });
});
