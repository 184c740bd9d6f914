import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvOf, openImportEnv, riskRow, upload } from '../../../import/import-fixtures.ts';

const PROGRESS = 'subscription($id: ID!) { importJobProgress(id: $id) { phase totalRows } }';

/** What a subscriber who may not follow a job hears: "not found", as for a job that never was. */
describe('the import job subscription for a job that is not the caller’s', () => {
  let env: Awaited<ReturnType<typeof openImportEnv>>;

  beforeEach(async () => {
    env = await openImportEnv();
  });
  afterEach(async () => {
    await env.close();
  });

  const subscribe = async (headers: Record<string, string>, id: string) => {
    const response = await env.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { ...headers, 'content-type': 'application/json', accept: 'text/event-stream' },
      payload: { query: PROGRESS, variables: { id } },
    });
    return response.body
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => JSON.parse(line.slice(6)) as { data?: unknown; errors?: unknown[] });
  };

  it('answers NOT_FOUND, not an internal error, to another officer and for an unknown id', async () => {
    const { job } = await upload(env.app, env.aktobe, 'RiskIdentified', csvOf('RiskIdentified', [riskRow()]));
    const notFound = {
      errors: [
        expect.objectContaining({
          message: 'no such import job',
          path: ['importJobProgress'],
          extensions: { code: 'NOT_FOUND' },
        }),
      ],
    };
    expect(await subscribe(env.astana, job.id)).toEqual([expect.objectContaining(notFound)]);
    expect(await subscribe(env.aktobe, '00000000-0000-4000-8000-000000000000')).toEqual([
      expect.objectContaining(notFound),
    ]);
    // The officer who started it follows it.
    const own = await subscribe(env.aktobe, job.id);
    expect(own.at(-1)).toEqual({ data: { importJobProgress: { phase: 'done', totalRows: 1 } } });
  });
});
