import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../../auth/test-fixtures.ts';
import type { Viewer } from '../../../identity/viewer.ts';
import { as, type ReadModelApi, startReadModelApi, viewerOf } from '../../read-model-api.test-support.ts';

const VIEWERS: Record<string, Viewer> = {
  chair: viewerOf('CHAIR'),
  analyst: viewerOf('ANALYST'),
  aktobe: viewerOf('REGIONAL_OFFICER', 'KZ-15'),
};
const WRITE = `mutation($i: WriteReportCommentaryInput!) { writeReportCommentary(input: $i) {
  __typename ... on WriteReportCommentarySucceeded { commentaryId position }
  ... on ValidationFailed { issues { path message } } ... on Forbidden { message } } }`;
const ADD = `mutation($i: AddFigureCommentInput!) { addFigureComment(input: $i) {
  __typename ... on AddFigureCommentSucceeded { commentId position } ... on Forbidden { message } } }`;
const WITHDRAW = `mutation($i: WithdrawFigureCommentInput!) { withdrawFigureComment(input: $i) {
  __typename ... on WithdrawFigureCommentSucceeded { position } } }`;
const COMMENTS = `query($units: [String!], $from: Date, $to: Date, $asOf: DateTime) {
  figureComments(units: $units, from: $from, to: $to, asOf: $asOf) { unit date text author } }`;
const COMMENTARY = `query($unit: String!, $period: String!, $asOf: DateTime) {
  reportCommentary(unit: $unit, period: $period, asOf: $asOf) { text writtenBy } }`;

let now = new Date('2026-03-02T06:00:00Z');
let api: ReadModelApi;
const comment = (unit: string, date: string, text: string) => ({
  submissionId: randomUUID(),
  unit,
  date,
  text,
  occurredOn: '2026-03-02',
});

describe('commentary and comments on figures over GraphQL', () => {
  beforeAll(async () => {
    api = await startReadModelApi(VIEWERS, () => now);
  });
  afterAll(async () => api?.close());

  it('records the chair’s commentary and reads it as known at an instant; refuses an analyst', async () => {
    const i = { submissionId: randomUUID(), unit: 'KZ', period: '2026-Q1', occurredOn: '2026-03-02' };
    const first = await gql(api.app, WRITE, { i: { ...i, text: 'Первый вариант' } }, as('chair'));
    expect(first.body.data?.writeReportCommentary).toMatchObject({ commentaryId: 'KZ.2026-Q1' });
    now = new Date('2026-03-05T06:00:00Z');
    const second = await gql(
      api.app,
      WRITE,
      { i: { ...i, submissionId: randomUUID(), text: 'Итог' } },
      as('chair'),
    );
    await api.caughtUp(second.body.data?.writeReportCommentary.position, 'annotations');
    const read = async (asOf?: string) =>
      (await gql(api.app, COMMENTARY, { unit: 'KZ', period: '2026-Q1', asOf }, as('analyst'))).body.data
        ?.reportCommentary;
    expect(await read()).toEqual({ text: 'Итог', writtenBy: 'chair-all' });
    expect(await read('2026-03-03T00:00:00Z')).toEqual({ text: 'Первый вариант', writtenBy: 'chair-all' });
    expect(await read('2026-03-01T00:00:00Z')).toBeNull();
    const refused = await gql(
      api.app,
      WRITE,
      { i: { ...i, submissionId: randomUUID(), text: 'x' } },
      as('analyst'),
    );
    expect(refused.body.data?.writeReportCommentary).toEqual({
      __typename: 'Forbidden',
      message: "only the chair or a deputy chair writes the review report's commentary",
    });
    const bad = await gql(api.app, COMMENTARY, { unit: 'KZ', period: '2026-Q9' }, as('chair'));
    expect(bad.body.errors?.[0]?.message).toMatch(/^period: must be a year/);
  });

  it('shows comments by their day with their author; an officer sees their region’s and the country’s only', async () => {
    now = new Date('2026-03-06T06:00:00Z');
    await gql(api.app, ADD, { i: comment('KZ-15', '2026-03-01', 'Новый аким с 1 марта') }, as('analyst'));
    await gql(api.app, ADD, { i: comment('KZ', '2026-01-15', 'Новая методика') }, as('chair'));
    const astana = await gql(api.app, ADD, { i: comment('KZ-71', '2026-02-01', 'Проверка') }, as('chair'));
    const officer = await gql(api.app, ADD, { i: comment('KZ-15', '2026-02-01', 'x') }, as('aktobe'));
    expect(officer.body.data?.addFigureComment.__typename).toBe('Forbidden');
    await api.caughtUp(astana.body.data?.addFigureComment.position, 'annotations');

    const all = await gql(api.app, COMMENTS, {}, as('chair'));
    expect(
      all.body.data?.figureComments.map((c: { unit: string; date: string }) => [c.unit, c.date]),
    ).toEqual([
      ['KZ', '2026-01-15'],
      ['KZ-71', '2026-02-01'],
      ['KZ-15', '2026-03-01'],
    ]);
    const own = await gql(api.app, COMMENTS, { from: '2026-02-15' }, as('aktobe'));
    expect(own.body.data?.figureComments).toEqual([
      { unit: 'KZ-15', date: '2026-03-01', text: 'Новый аким с 1 марта', author: 'analyst-all' },
    ]);
    const other = await gql(api.app, COMMENTS, { units: ['KZ-71'] }, as('aktobe'));
    expect(other.body.errors?.[0]?.message).toContain('KZ-71');

    now = new Date('2026-03-07T06:00:00Z');
    const id = astana.body.data?.addFigureComment.commentId;
    const withdrawn = await gql(
      api.app,
      WITHDRAW,
      { i: { submissionId: randomUUID(), commentId: id, occurredOn: '2026-03-07' } },
      as('analyst'),
    );
    await api.caughtUp(withdrawn.body.data?.withdrawFigureComment.position, 'annotations');
    const country = await gql(api.app, COMMENTS, { units: ['KZ-71'] }, as('chair'));
    // The country's comments show beside any region's.
    expect(country.body.data?.figureComments.map((c: { unit: string }) => c.unit)).toEqual(['KZ']);
    const before = await gql(
      api.app,
      COMMENTS,
      { units: ['KZ-71'], asOf: '2026-03-06T12:00:00Z' },
      as('chair'),
    );
    expect(before.body.data?.figureComments).toHaveLength(2);
  });
});
