// biome-ignore-all lint/suspicious/noExplicitAny: GraphQL answers are read here as plain JSON
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, gql, openTestServices } from '../../../auth/test-fixtures.ts';
import type { Viewer } from '../../../identity/viewer.ts';
import { appendWorkedExample, uuidOf } from './worked-example.test-support.ts';

type Json = any;

const Q1 = { from: '2026-01-01', to: '2026-03-31' };

const chair: Viewer = {
  userId: 'chair-1',
  username: 'chair',
  displayName: 'Chair',
  role: 'CHAIR',
  region: null,
};

const DRILL = `query($kpi: String!, $period: KpiPeriodInput!) {
  drillDown(kpi: $kpi, period: $period, first: 1) {
    __typename
    ... on KpiDrillDown { total rows { id subject organization region
      events { role type submittedBy submittedByName organization process causeCategory kind text dueOn peopleCount amountKzt } } }
    ... on KpiQueryFailed { code field }
  }
}`;

/**
 * The drill-down tells the story behind a number: what each counted thing is about, what removed
 * it, and who submitted each event by name, read from the real log through the real server.
 */
describe('the drill-down tells the story of each counted thing', () => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let app: Awaited<ReturnType<typeof buildTestApp>>;
  let officerId: string;

  beforeAll(async () => {
    env = await openTestServices(() => new Date('2026-04-10T06:00:00Z'));
    const registered = await env.accounts.register(
      {
        username: 'aigerim.s',
        displayName: 'Айгерим Сапарова',
        role: 'REGIONAL_OFFICER',
        region: 'KZ-15',
        password: null,
      },
      { userId: 'root', correlationId: 'drill-story', channel: 'api' },
    );
    if (!registered.ok) throw new Error(registered.message);
    officerId = registered.user.userId;
    const positions = await appendWorkedExample(env.store, officerId);
    await env.projections.runtime.waitFor(positions.at(-1)!, ['kpi']);
    app = await buildTestApp(env.services, {
      authenticate: async (request) => (request.headers['x-as'] === 'chair' ? chair : null),
    });
  });

  afterAll(async () => {
    await app?.close();
    await env?.close();
  });

  const drill = async (kpi: string, period = Q1): Promise<Json> => {
    const answer = await gql(app, DRILL, { kpi, period }, { 'x-as': 'chair' });
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data!.drillDown;
  };

  it('says of a removed cause its organization, process, cause, description and the transformation that removed it', async () => {
    const d = await drill('causesRemoved');
    expect(d.__typename).toBe('KpiDrillDown');
    const row = d.rows[0];
    expect(row).toMatchObject({
      id: uuidOf('R1'),
      subject: 'risk',
      organization: 'Акимат г. Актобе',
      region: 'KZ-15',
    });
    const [identified, removed] = row.events;
    expect(identified).toMatchObject({
      role: 'identified',
      organization: 'Акимат г. Актобе',
      process: 'Предоставление земельных участков',
      causeCategory: 'EXCESSIVE_DISCRETION',
      text: 'Описание риска',
      kind: null,
      dueOn: null,
    });
    expect(removed).toMatchObject({
      role: 'removed',
      type: 'ProcessTransformed',
      kind: 'DIGITISED',
      text: 'Процесс переведён в электронный формат',
      process: 'Предоставление земельных участков',
    });
  });

  it('names the submitter by the display name of their account, keeping the id for audit', async () => {
    const d = await drill('causesRemoved');
    for (const event of d.rows[0].events) {
      expect(event).toMatchObject({ submittedBy: officerId, submittedByName: 'Айгерим Сапарова' });
    }
  });

  it('says of a recommendation its text and due date, the date it was moved to and what implemented it', async () => {
    const d = await drill('recommendationsIssued');
    const row = d.rows[0];
    expect(row).toMatchObject({ id: uuidOf('Rec2'), subject: 'recommendation' });
    expect(row.events.map((e: Json) => [e.role, e.dueOn])).toEqual([
      ['issued', '2026-02-28'],
      ['dueDateMoved', '2026-03-31'],
      ['implemented', null],
    ]);
    expect(row.events[0]).toMatchObject({ text: 'Устранить причину', organization: 'Акимат г. Актобе' });
    expect(row.events[1].text).toBe('Перенос срока');
    expect(row.events[2]).toMatchObject({ type: 'ProcessTransformed', kind: 'DIGITISED' });
  });

  it('says of a restored right the people, the money and what was restored', async () => {
    const d = await drill('rightsRestoredMoneyKzt');
    const row = d.rows[0];
    expect(row).toMatchObject({ id: uuidOf('C1'), subject: 'right' });
    expect(row.events).toEqual([
      expect.objectContaining({
        role: 'restored',
        kind: 'LAND_PLOT_RETURNED',
        peopleCount: 3,
        amountKzt: 1250000.5,
        text: 'Права восстановлены',
        organization: 'Акимат г. Актобе',
        dueOn: null,
      }),
    ]);
  });

  it('leaves the money empty for a case that returned none, rather than saying zero', async () => {
    const d = await drill('rightsRestoredPeople', { from: '2026-03-15', to: '2026-03-20' });
    expect(d.rows[0].id).toBe(uuidOf('C2'));
    expect(d.rows[0].events[0]).toMatchObject({ peopleCount: 1, amountKzt: null });
  });

  it('refuses an unknown KPI by naming the argument, and says nothing of anyone', async () => {
    const d = await drill('arrests');
    expect(d).toEqual({ __typename: 'KpiQueryFailed', code: 'UNKNOWN_MEASURE', field: 'kpi' });
  });
});
