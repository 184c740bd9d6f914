import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { officer, signedIn } from '../../../commands/test-services.ts';
import type { Viewer } from '../../../identity/viewer.ts';
import { openEventStore } from '../../../store/open.ts';
import type { EventStore } from '../../../store/port.ts';
import { buildApp } from '../../build-app.ts';
import { MUTATIONS, type MutationName, mutate } from './gql-client.ts';

const viewers: Record<string, Viewer> = {
  aktobe: officer('KZ-15'),
  astana: officer('KZ-71'),
  chair: signedIn('CHAIR'),
  analyst: signedIn('ANALYST'),
  admin: signedIn('ADMINISTRATOR'),
};

const riskInput = (over: Record<string, unknown> = {}) => ({
  submissionId: randomUUID(),
  region: 'KZ_15',
  organization: 'Акимат г. Актобе',
  process: 'Предоставление земельных участков',
  sphere: 'LAND_RELATIONS',
  causeCategory: 'EXCESSIVE_DISCRETION',
  source: 'CITIZEN_RECEPTION',
  description: 'Комиссия решает без критериев',
  occurredOn: '2026-03-14',
  ...over,
});

describe('submission mutations', () => {
  let directory: string;
  let store: EventStore;
  let app: FastifyInstance;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'kpi-mutations-'));
    store = await openEventStore({ sqlitePath: join(directory, 'events.sqlite') });
    app = await buildApp({
      services: { store, clock: () => new Date('2026-06-15T10:00:00Z'), newId: randomUUID },
      authenticate: async (request) => viewers[String(request.headers['x-as'])] ?? null,
    });
  });

  afterEach(async () => {
    await app.close();
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  /** An Aktobe risk with a recommendation, as most corrections need. */
  const riskWithRecommendation = async () => {
    const risk = await mutate(app, 'aktobe', 'identifyRisk', riskInput());
    const recommendation = await mutate(app, 'aktobe', 'issueRecommendation', {
      submissionId: randomUUID(),
      riskId: risk.riskId,
      region: 'KZ_15',
      organization: 'Акимат г. Актобе',
      text: 'Утвердить критерии и публиковать решения',
      dueOn: '2026-09-01',
      occurredOn: '2026-04-01',
    });
    expect(recommendation.__typename).toBe('IssueRecommendationSucceeded');
    return { riskId: risk.riskId as string, recommendationId: recommendation.recommendationId as string };
  };

  /** A valid input for every mutation, naming the given risk and recommendation. */
  const inputs = (
    riskId: string,
    recommendationId: string,
  ): Record<MutationName, Record<string, unknown>> => {
    const common = { occurredOn: '2026-05-01' };
    const all: Record<MutationName, Record<string, unknown>> = {
      identifyRisk: riskInput(),
      reclassifyRisk: { ...common, riskId, sphere: 'HOUSING_UTILITIES', reason: 'Уточнено' },
      withdrawRisk: { ...common, riskId, reason: 'Внесён по ошибке' },
      issueRecommendation: {
        ...common,
        riskId,
        region: 'KZ_15',
        organization: 'Акимат',
        text: 'Оцифровать приём',
        dueOn: '2026-10-01',
      },
      rejectRecommendation: { ...common, recommendationId, reason: 'Орган обосновал отказ' },
      moveRecommendationDueDate: {
        ...common,
        recommendationId,
        dueOn: '2026-12-01',
        reason: 'Ждём поправок',
      },
      recordTransformation: {
        ...common,
        region: 'KZ_15',
        organization: 'Акимат г. Актобе',
        process: 'Предоставление земельных участков',
        kind: 'DIGITISED',
        description: 'Только через портал',
        removesRiskIds: [riskId],
        implementsRecommendationIds: [recommendationId],
      },
      recordRightRestored: {
        ...common,
        region: 'KZ_15',
        organization: 'Акимат г. Актобе',
        kind: 'LAND_PLOT_RETURNED',
        peopleCount: 2,
        amountKzt: 1500000.25,
        riskId,
        description: 'Участок возвращён',
      },
    };
    for (const input of Object.values(all)) input.submissionId = randomUUID();
    return all;
  };

  it('accepts every mutation from an officer of the region, each answering its Succeeded type', async () => {
    const { riskId, recommendationId } = await riskWithRecommendation();
    const all = inputs(riskId, recommendationId);
    // In an order where each stays valid: the correction before the transformation closes things.
    const order: MutationName[] = [
      'identifyRisk',
      'reclassifyRisk',
      'issueRecommendation',
      'moveRecommendationDueDate',
      'recordRightRestored',
      'recordTransformation',
    ];
    for (const name of order) {
      const result = await mutate(app, 'aktobe', name, all[name]);
      expect(result.__typename, JSON.stringify(result)).toBe(`${MUTATIONS[name][0]}Succeeded`);
      expect(result.position).toBeGreaterThan(0);
    }
    const other = await riskWithRecommendation();
    const rest = inputs(other.riskId, other.recommendationId);
    for (const name of ['rejectRecommendation', 'withdrawRisk'] as const) {
      expect((await mutate(app, 'aktobe', name, rest[name])).__typename).toBe(
        `${MUTATIONS[name][0]}Succeeded`,
      );
    }
    const types = (await store.readAll()).map((e) => e.type);
    expect(types.filter((t) => t === 'ProcessTransformed')).toHaveLength(1);
    // The transformation says what it removed and implemented: no marker events.
    expect(types.filter((t) => t === 'RiskRemoved' || t === 'RecommendationImplemented')).toEqual([]);
  });

  it('refuses every mutation to the chair, analyst, administrator and anonymous callers, writing nothing', async () => {
    const { riskId, recommendationId } = await riskWithRecommendation();
    const head = await store.headPosition();
    for (const as of ['chair', 'analyst', 'admin', null]) {
      for (const [name, input] of Object.entries(inputs(riskId, recommendationId))) {
        const result = await mutate(app, as, name as MutationName, input);
        expect(result, `${as} ${name}`).toMatchObject({
          __typename: 'Forbidden',
          message: expect.any(String),
        });
      }
    }
    expect(await store.headPosition()).toBe(head);
  });

  it('refuses an officer of another region through every mutation, writing nothing', async () => {
    const { riskId, recommendationId } = await riskWithRecommendation();
    const head = await store.headPosition();
    // Things named for Aktobe are forbidden to Astana's officer; a correction of Aktobe's risk or
    // recommendation is decided against Astana's own unit, which holds no such thing.
    const corrections = [
      'reclassifyRisk',
      'withdrawRisk',
      'rejectRecommendation',
      'moveRecommendationDueDate',
    ];
    for (const [name, input] of Object.entries(inputs(riskId, recommendationId))) {
      const result = await mutate(app, 'astana', name as MutationName, input);
      expect(result, name).toMatchObject({
        __typename: corrections.includes(name) ? 'NotFound' : 'Forbidden',
      });
    }
    expect(await store.headPosition()).toBe(head);
  });

  it('answers ValidationFailed with field paths, NotFound, and Conflict, writing nothing', async () => {
    const { riskId, recommendationId } = await riskWithRecommendation();
    const head = await store.headPosition();
    const invalid = await mutate(
      app,
      'aktobe',
      'identifyRisk',
      riskInput({ organization: '  ', occurredOn: '2026-06-16' }),
    );
    expect(invalid.__typename).toBe('ValidationFailed');
    expect(invalid.issues.map((i: { path: string }) => i.path).sort()).toEqual(['organization']);
    const future = await mutate(app, 'aktobe', 'identifyRisk', riskInput({ occurredOn: '2026-06-16' }));
    expect(future.issues).toEqual([{ path: 'occurredOn', code: 'in_future', message: expect.any(String) }]);
    const badId = await mutate(app, 'aktobe', 'recordTransformation', {
      ...inputs(riskId, recommendationId).recordTransformation,
      removesRiskIds: [riskId, 'not-a-uuid'],
    });
    expect(badId.issues[0]).toMatchObject({ path: 'removesRiskIds.1' });
    const missing = randomUUID();
    const notFound = await mutate(app, 'aktobe', 'withdrawRisk', {
      ...inputs(riskId, recommendationId).withdrawRisk,
      riskId: missing,
    });
    expect(notFound).toMatchObject({ __typename: 'NotFound', id: missing });
    const stale = await mutate(app, 'aktobe', 'rejectRecommendation', {
      ...inputs(riskId, recommendationId).rejectRecommendation,
      expectedRevision: 3,
    });
    expect(stale).toMatchObject({ __typename: 'Conflict', streamId: `recommendation-${recommendationId}` });
    expect(await store.headPosition()).toBe(head);
  });

  it('answers a resubmission as the first time and refuses a reused submission id, storing nothing new', async () => {
    const input = riskInput();
    const first = await mutate(app, 'aktobe', 'identifyRisk', input);
    const again = await mutate(app, 'aktobe', 'identifyRisk', input);
    expect(again).toEqual({ ...first, replayed: true });
    const reused = await mutate(app, 'aktobe', 'identifyRisk', { ...input, process: 'Иной процесс' });
    expect(reused).toMatchObject({ __typename: 'SubmissionReused', submissionId: input.submissionId });
    expect(await store.headPosition()).toBe(1);
  });

  it('writes the metadata: who, the correlation id, and the channel from x-submission-channel', async () => {
    await mutate(app, 'aktobe', 'identifyRisk', riskInput(), { 'x-submission-channel': 'form' });
    await mutate(app, 'aktobe', 'identifyRisk', riskInput());
    const [byForm, byApi] = await store.readAll();
    expect(byForm?.metadata).toMatchObject({
      submittedBy: viewers.aktobe!.userId,
      region: 'KZ-15',
      channel: 'form',
      recordedAt: '2026-06-15T10:00:00.000Z',
      correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(byApi?.metadata.channel).toBe('api');
    expect(byApi?.metadata.correlationId).not.toBe(byForm?.metadata.correlationId);
  });

  describe('submissionIssues: the decision without the write', () => {
    const check = async (as: string, command: string, data: Record<string, unknown>) => {
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', 'x-as': as },
        payload: {
          query: `query ($command: String!, $data: JSONObject!) {
            submissionIssues(command: $command, data: $data) { accepted refusal issues { path code values { date limit } } }
          }`,
          variables: { command, data },
        },
      });
      const body = response.json() as {
        data?: {
          submissionIssues: {
            accepted: boolean;
            refusal: string | null;
            issues: { path: string; code: string }[];
          };
        };
        errors?: unknown[];
      };
      expect(body.errors).toBeUndefined();
      return body.data!.submissionIssues;
    };
    const data = (over: Record<string, unknown> = {}) => {
      const { submissionId: _, ...input } = riskInput({ region: 'KZ-15', ...over });
      return input;
    };

    it('names an empty field, an empty choice and a text too long at once, and writes nothing', async () => {
      const head = await store.headPosition();
      const answer = await check(
        'aktobe',
        'IdentifyRisk',
        data({ organization: '', sphere: '', description: 'я'.repeat(5001) }),
      );
      expect(answer.accepted).toBe(false);
      expect(answer.issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'organization', code: 'required' }),
          expect.objectContaining({ path: 'sphere', code: 'required' }),
          expect.objectContaining({
            path: 'description',
            code: 'too_big',
            values: { date: null, limit: '5000' },
          }),
        ]),
      );
      expect(await store.headPosition()).toBe(head);
    });

    it("runs the decider's rules too (a date in the future) and, for a clean command, says it would be accepted", async () => {
      const future = await check('aktobe', 'IdentifyRisk', data({ occurredOn: '2026-07-01' }));
      expect(future.issues).toEqual([
        expect.objectContaining({
          path: 'occurredOn',
          code: 'in_future',
          values: { date: '2026-06-15', limit: null },
        }),
      ]);
      expect(await check('aktobe', 'IdentifyRisk', data())).toEqual({
        accepted: true,
        refusal: null,
        issues: [],
      });
      const head = await store.headPosition();
      expect(await check('aktobe', 'IdentifyRisk', data())).toMatchObject({ accepted: true });
      expect(await store.headPosition()).toBe(head);
    });

    it('is refused as the submission is: to another region and to a role that does not submit', async () => {
      expect(await check('astana', 'IdentifyRisk', data())).toMatchObject({
        accepted: false,
        refusal: 'Forbidden',
      });
      expect(await check('chair', 'IdentifyRisk', data())).toMatchObject({
        accepted: false,
        refusal: 'Forbidden',
      });
    });
  });
});
