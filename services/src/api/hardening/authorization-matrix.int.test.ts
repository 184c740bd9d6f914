import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  bearer,
  buildTestApp,
  gql,
  openTestServices,
  signInToken,
  withAdministrator,
} from '../../auth/test-fixtures.ts';
import { csvOf, riskRow, upload } from '../../import/import-fixtures.ts';
import { ImportJobs } from '../../import/import-jobs.ts';
import { schema } from '../schema.ts';

import {
  A,
  alertRule,
  BODY,
  BODY2,
  CALLERS,
  CASES,
  type Caller,
  chartSpec,
  documentOf,
  type Fixtures,
  figureComment,
  LOOP,
  PASSWORD,
  placementOf,
  RULES,
  reportSchedule,
  risk,
  SUCCESS,
  sid,
  survey,
  TODAY_OR_BEFORE,
  target,
} from './matrix-cases.ts';

/**
 * For each role and each mutation of the schema: allowed or refused, and a refusal writes
 * nothing. The mutations are read from the schema, so a new one fails this test until it is
 * given a rule and a sample input below.
 */
describe('authorisation matrix: every mutation, every role', () => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let app: FastifyInstance;
  const headers = {} as Record<Caller, Record<string, string>>;
  const fields = schema.getMutationType()!.getFields();
  const names = Object.keys(fields);
  const USERNAMES: Record<Caller, [string, string] | null> = {
    anonymous: null,
    chair: ['chair', PASSWORD],
    deputy: ['deputy', PASSWORD],
    analyst: ['analyst', PASSWORD],
    officerA: ['officer.a', PASSWORD],
    bodyOfficer: ['officer.body', PASSWORD],
    administrator: ['root', ADMIN_PASSWORD],
  };
  // signOut revokes the token it is sent with: it gets a session of its own.
  const headersFor = async (name: string, caller: Caller) => {
    const account = USERNAMES[caller];
    return name === 'signOut' && account ? bearer(await signInToken(app, ...account)) : headers[caller];
  };

  const fixtures: Fixtures = {
    targets: async (unit) => {
      const as =
        unit === 'A'
          ? headers.officerA
          : unit === 'BODY'
            ? headers.bodyOfficer
            : await signedIn(unit === 'B' ? 'officer.b' : 'officer.body2');
      const placement = placementOf(unit);
      const r = await gql(
        app,
        'mutation($i: IdentifyRiskInput!) { identifyRisk(input: $i) { ... on IdentifyRiskSucceeded { riskId } } }',
        { i: { ...risk(A), ...placement } },
        as,
      );
      const riskId = r.body.data?.identifyRisk.riskId;
      const rec = await gql(
        app,
        'mutation($i: IssueRecommendationInput!) { issueRecommendation(input: $i) { ... on IssueRecommendationSucceeded { recommendationId } } }',
        {
          i: {
            submissionId: sid(),
            riskId,
            ...placement,
            organization: 'Акимат',
            text: 'Оцифровать',
            dueOn: '2026-12-01',
            occurredOn: '2026-04-01',
          },
        },
        as,
      );
      const recommendationId = rec.body.data?.issueRecommendation.recommendationId;
      if (!riskId || !recommendationId)
        throw new Error(`no ${unit} risk: ${JSON.stringify([r.body, rec.body])}`);
      return { ...placement, riskId, recommendationId };
    },
    newUserId: async () => {
      const outcome = await env.accounts.register(
        {
          username: `t${sid().slice(0, 8)}`,
          displayName: 'Цель',
          role: 'ANALYST',
          region: null,
          password: PASSWORD,
        },
        { userId: 'system', correlationId: 'matrix', channel: 'system' },
      );
      if (!outcome.ok) throw new Error(outcome.message);
      return outcome.user.userId;
    },
    analystChartId: async () => {
      const saved = await gql(
        app,
        'mutation($i: SaveChartInput!) { saveChart(input: $i) { ... on ChartSucceeded { chart { id } } } }',
        { i: { submissionId: sid(), name: 'Моя', spec: chartSpec } },
        headers.analyst,
      );
      return saved.body.data?.saveChart.chart.id;
    },
    chairTarget: async (unit) => {
      const input = target(unit);
      await gql(
        app,
        'mutation($i: SetTargetInput!) { setTarget(input: $i) { __typename } }',
        { i: input },
        headers.chair,
      );
      return { kpi: input.kpi, unit: input.unit, period: input.period };
    },
    survey: async (region) => {
      const recorded = await gql(
        app,
        'mutation($i: RecordPerceptionSurveyInput!) { recordPerceptionSurvey(input: $i) { ... on RecordPerceptionSurveySucceeded { surveyId } } }',
        { i: survey(region === 'A' ? 'KZ-15' : 'KZ-71') },
        region === 'A' ? headers.officerA : await officerB(),
      );
      return recorded.body.data?.recordPerceptionSurvey.surveyId;
    },
    figureComment: async () => {
      const added = await gql(
        app,
        'mutation($i: AddFigureCommentInput!) { addFigureComment(input: $i) { ... on AddFigureCommentSucceeded { commentId } } }',
        { i: figureComment() },
        headers.chair,
      );
      return added.body.data?.addFigureComment.commentId;
    },
    alertRule: async (muted = false) => {
      const created = await gql(
        app,
        'mutation($i: CreateAlertRuleInput!) { createAlertRule(input: $i) { ... on AlertRuleSucceeded { rule { id } } } }',
        { i: alertRule() },
        headers.chair,
      );
      const ruleId: string = created.body.data?.createAlertRule.rule.id;
      if (muted) {
        await gql(
          app,
          'mutation($i: AlertRuleActionInput!) { muteAlertRule(input: $i) { __typename } }',
          { i: { submissionId: sid(), ruleId } },
          headers.chair,
        );
      }
      return ruleId;
    },
    reportSchedule: async () => {
      const created = await gql(
        app,
        'mutation($i: CreateReportScheduleInput!) { createReportSchedule(input: $i) { ... on ReportScheduleSucceeded { schedule { id } } } }',
        { i: reportSchedule() },
        headers.chair,
      );
      return created.body.data?.createReportSchedule.schedule.id;
    },
  };
  const sessions = new Map<string, Record<string, string>>();
  const signedIn = async (username: string) => {
    if (!sessions.has(username)) sessions.set(username, bearer(await signInToken(app, username, PASSWORD)));
    return sessions.get(username)!;
  };
  const officerB = () => signedIn('officer.b');

  beforeAll(async () => {
    env = await openTestServices(() => new Date('2026-06-15T10:00:00Z'));
    await withAdministrator(env.accounts);
    const system = { userId: 'system', correlationId: 'setup', channel: 'system' as const };
    for (const [username, role, region, centralBody] of [
      ['chair', 'CHAIR', null, null],
      ['deputy', 'DEPUTY_CHAIR', null, null],
      ['analyst', 'ANALYST', null, null],
      ['officer.a', 'REGIONAL_OFFICER', 'KZ-15', null],
      ['officer.b', 'REGIONAL_OFFICER', 'KZ-71', null],
      ['officer.body', 'CENTRAL_BODY_OFFICER', null, BODY],
      ['officer.body2', 'CENTRAL_BODY_OFFICER', null, BODY2],
    ] as const) {
      const made = await env.accounts.register(
        { username, displayName: username, role, region, centralBody, password: PASSWORD },
        system,
      );
      if (!made.ok) throw new Error(made.message);
    }
    const services = { ...env.services, imports: undefined as ImportJobs | undefined };
    services.imports = new ImportJobs(services);
    app = await buildTestApp(services, {
      auth: {
        sessionSecret: 'm'.repeat(48),
        signInLimits: { perUser: 1000, perAddress: 10_000, windowMs: 60_000 },
      },
    });
    headers.anonymous = {};
    headers.chair = bearer(await signInToken(app, 'chair', PASSWORD));
    headers.deputy = bearer(await signInToken(app, 'deputy', PASSWORD));
    headers.analyst = bearer(await signInToken(app, 'analyst', PASSWORD));
    headers.officerA = bearer(await signInToken(app, 'officer.a', PASSWORD));
    headers.bodyOfficer = bearer(await signInToken(app, 'officer.body', PASSWORD));
    headers.administrator = bearer(await signInToken(app, 'root', ADMIN_PASSWORD));
  });
  afterAll(async () => {
    await app.close();
    await env.close();
  });

  it('has a rule and a sample for every mutation in the schema', () => {
    expect(names.filter((n) => !RULES[n] || !CASES[n])).toEqual([]);
  });

  const attempt = async (name: string, caller: Caller, unit: Parameters<(typeof CASES)[string]>[1]) => {
    const variables = await CASES[name]!(fixtures, unit);
    const before = await env.store.headPosition();
    const answer = await gql(app, documentOf(fields[name]!), variables, await headersFor(name, caller));
    const after = await env.store.headPosition();
    const result = answer.body.data?.[name];
    const typename =
      typeof result === 'object' && result !== null ? String(result.__typename) : String(result);
    // Another unit's risk or recommendation is decided against the officer's own unit, where it is
    // not found: NotFound refuses it without telling whether it exists elsewhere.
    const refused =
      answer.body.errors?.some((e) => /Not authorized/.test(e.message)) === true ||
      /Forbidden$|^NotFound$/.test(typename);
    const succeeded = !answer.body.errors && (SUCCESS.test(typename) || result === true);
    return { refused, succeeded, wrote: after !== before, detail: JSON.stringify(answer.body) };
  };

  it.each(CALLERS)(
    '%s: allowed exactly where the rules say; every refusal writes nothing',
    async (caller) => {
      for (const name of names) {
        const outcome = await attempt(name, caller, 'A');
        const label = `${caller} ${name}: ${outcome.detail}`;
        if (RULES[name]!.includes(caller)) {
          expect(outcome.succeeded, label).toBe(true);
        } else {
          expect(outcome.refused, label).toBe(true);
          expect(outcome.wrote, label).toBe(false);
        }
      }
    },
  );

  it('refuses an officer of region A every command on region B, writing nothing', async () => {
    const commands = names.filter((n) => RULES[n]!.length === 1 && RULES[n]![0] === 'officerA');
    expect(commands.length).toBeGreaterThanOrEqual(8);
    for (const name of commands) {
      const outcome = await attempt(name, 'officerA', 'B');
      expect(outcome.refused, `${name}: ${outcome.detail}`).toBe(true);
      expect(outcome.wrote, name).toBe(false);
    }
  });

  it("lets a central body's officer submit the loop for their body only: never a region's things nor another body's, and no regional officer the body's", async () => {
    for (const name of LOOP) {
      const own = await attempt(name, 'bodyOfficer', 'BODY');
      expect(own.succeeded, `bodyOfficer ${name} BODY: ${own.detail}`).toBe(true);
      for (const [caller, unit] of [
        ['bodyOfficer', 'B'],
        ['bodyOfficer', 'BODY2'],
        ['officerA', 'BODY'],
      ] as const) {
        const other = await attempt(name, caller, unit);
        expect(other.refused, `${caller} ${name} ${unit}: ${other.detail}`).toBe(true);
        expect(other.wrote, `${caller} ${name} ${unit}`).toBe(false);
      }
    }
    // Every event the body's officer recorded is in the body's own unit stream, naming the body.
    const stream = await env.store.readStream(`unit-${BODY}`);
    expect(stream.length).toBeGreaterThanOrEqual(LOOP.length);
    // A reception names its unit, the loop's other things the body they are submitted for.
    const named = (e: (typeof stream)[number]) =>
      (e.data as { centralBody?: string; unit?: string }).centralBody ?? (e.data as { unit?: string }).unit;
    const creations = stream.filter((e) => !/Withdrawn|Reclassified|Rejected|DueDateMoved/.test(e.type));
    expect(creations.map(named).every((body) => body === BODY)).toBe(true);
  });

  it("lets only the chair and deputies set and withdraw a central body's target: the body's own officer is refused, writing nothing", async () => {
    for (const caller of CALLERS) {
      for (const name of ['setTarget', 'withdrawTarget']) {
        for (const unit of ['BODY', 'BODY2'] as const) {
          const outcome = await attempt(name, caller, unit);
          const label = `${caller} ${name} ${unit}: ${outcome.detail}`;
          if (caller === 'chair' || caller === 'deputy') {
            expect(outcome.succeeded, label).toBe(true);
          } else {
            expect(outcome.refused, label).toBe(true);
            expect(outcome.wrote, label).toBe(false);
          }
        }
      }
    }
  });

  it('lets chair, analyst and an officer (own region only) read perception and receptions', async () => {
    const period = { from: '2026-01-01', to: '2026-06-30' };
    // Authorisation only: this app runs no read models, so an allowed read is answered as unavailable.
    for (const field of ['perception', 'receptions']) {
      const read = async (caller: Caller, regions: string[] | null) => {
        const answer = await gql(
          app,
          `query($p: KpiPeriodInput!, $r: [String!]) { ${field}(period: $p, regions: $r) { __typename } }`,
          { p: period, r: regions },
          headers[caller],
        );
        if (answer.body.errors?.some((e) => /not authorized/i.test(e.message))) return 'refused';
        return answer.body.data?.[field]?.__typename === 'KpiAccessDenied' ? 'denied' : 'allowed';
      };
      for (const caller of ['chair', 'deputy', 'analyst'] as const) {
        expect(await read(caller, null), `${caller} ${field}`).toBe('allowed');
        expect(await read(caller, ['KZ-71']), `${caller} ${field}`).toBe('allowed');
      }
      expect(await read('officerA', null)).toBe('allowed');
      expect(await read('officerA', ['KZ-15'])).toBe('allowed');
      expect(await read('officerA', ['KZ-71'])).toBe('denied');
      for (const caller of ['anonymous', 'administrator'] as const) {
        expect(await read(caller, null), `${caller} ${field}`).toBe('refused');
        expect(await read(caller, ['KZ-15']), `${caller} ${field}`).toBe('refused');
      }
    }
    // A body's officer reads no survey (a survey's unit is a region or the country), and their
    // body's receptions but no region's.
    const ask = async (field: string, caller: Caller, args: { r?: string[]; u?: string[] }) => {
      const unitsArg = field === 'receptions' ? ', $u: [String!]' : '';
      const unitsPass = field === 'receptions' ? ', units: $u' : '';
      const answer = await gql(
        app,
        `query($p: KpiPeriodInput!, $r: [String!]${unitsArg}) { ${field}(period: $p, regions: $r${unitsPass}) { __typename } }`,
        { p: period, r: args.r ?? null, ...(field === 'receptions' ? { u: args.u ?? null } : {}) },
        headers[caller],
      );
      if (answer.body.errors?.some((e) => /not authorized/i.test(e.message))) return 'refused';
      return answer.body.data?.[field]?.__typename === 'KpiAccessDenied' ? 'denied' : 'allowed';
    };
    expect(await ask('perception', 'bodyOfficer', {})).toBe('refused');
    expect(await ask('receptions', 'bodyOfficer', {})).toBe('allowed');
    expect(await ask('receptions', 'bodyOfficer', { u: [BODY] })).toBe('allowed');
    expect(await ask('receptions', 'bodyOfficer', { u: [BODY2] })).toBe('denied');
    expect(await ask('receptions', 'bodyOfficer', { r: ['KZ-15'] })).toBe('denied');
    expect(await ask('receptions', 'officerA', { u: [BODY] })).toBe('denied');
  });

  it("lets a central body's officer read their body's figures only: another body's, a region's, refused", async () => {
    const period = { from: '2026-01-01', to: '2026-06-30' };
    // Authorisation only: this app runs no read models, so an allowed read is answered as unavailable.
    const read = async (caller: Caller, filter: Record<string, unknown> | null) => {
      const answer = await gql(
        app,
        'query($p: KpiPeriodInput!, $f: KpiFilter) { kpiSummary(period: $p, filter: $f) { __typename } }',
        { p: period, f: filter },
        headers[caller],
      );
      if (answer.body.errors?.some((e) => /not authorized/i.test(e.message))) return 'refused';
      return answer.body.data?.kpiSummary?.__typename === 'KpiAccessDenied' ? 'denied' : 'allowed';
    };
    expect(await read('bodyOfficer', null)).toBe('allowed');
    expect(await read('bodyOfficer', { units: [BODY] })).toBe('allowed');
    expect(await read('bodyOfficer', { units: [BODY2] })).toBe('denied');
    expect(await read('bodyOfficer', { units: [BODY, BODY2] })).toBe('denied');
    expect(await read('bodyOfficer', { units: ['KZ-15'] })).toBe('denied');
    expect(await read('bodyOfficer', { regions: [A] })).toBe('denied');
    expect(await read('officerA', { units: [BODY] })).toBe('denied');
    expect(await read('officerA', { units: ['KZ-15'] })).toBe('allowed');
    for (const caller of ['chair', 'deputy', 'analyst'] as const) {
      expect(await read(caller, { units: [BODY, 'KZ-71'] }), caller).toBe('allowed');
    }
    for (const caller of ['anonymous', 'administrator'] as const) {
      expect(await read(caller, { units: [BODY] }), caller).toBe('refused');
    }
  });

  it("lets only officers import, and refuses an officer of region A importing region B and a body's officer another body, writing nothing", async () => {
    const head = await env.store.headPosition();
    const ownRows = csvOf('RiskIdentified', [riskRow()]);
    for (const caller of CALLERS) {
      const { status } = await upload(app, headers[caller], 'RiskIdentified', ownRows, { commit: true });
      const importer = caller === 'officerA' || caller === 'bodyOfficer';
      const expected = caller === 'anonymous' ? 401 : importer ? 200 : 403;
      expect(status, caller).toBe(expected);
    }
    // The region's row, and the same row as the body's (its region says where the work sits).
    const written = await env.store.headPosition();
    expect(written).toBe(head + 2);
    for (const [caller, row, issue] of [
      [
        'bodyOfficer',
        riskRow({ centralBody: BODY2 }),
        { column: 'Центральный орган (centralBody)', code: 'other_body' },
      ],
      [
        'officerA',
        riskRow({ centralBody: BODY }),
        { column: 'Центральный орган (centralBody)', code: 'forbidden' },
      ],
    ] as const) {
      const other = await upload(app, headers[caller], 'RiskIdentified', csvOf('RiskIdentified', [row]), {
        commit: true,
      });
      expect(other.job.report, caller).toMatchObject({ committed: false, issues: [{ line: 2, ...issue }] });
    }
    expect(await env.store.headPosition()).toBe(written);
    const foreign = await upload(
      app,
      headers.officerA,
      'RiskIdentified',
      csvOf('RiskIdentified', [riskRow({ region: 'KZ-71' })]),
      { commit: true },
    );
    expect(foreign.job.report).toMatchObject({
      committed: false,
      issues: [{ line: 2, column: 'Регион (region)' }],
    });
    const { riskId } = await fixtures.targets('B');
    const headB = await env.store.headPosition();
    const withdraw = csvOf('RiskWithdrawn', [{ riskId, reason: 'ошибка', occurredOn: TODAY_OR_BEFORE }]);
    for (const caller of ['officerA', 'bodyOfficer'] as const) {
      const correction = await upload(app, headers[caller], 'RiskWithdrawn', withdraw, { commit: true });
      expect(correction.job.report, caller).toMatchObject({
        committed: false,
        issues: [{ line: 2, column: 'ID риска (riskId)' }],
      });
    }
    expect(await env.store.headPosition()).toBe(headB);
  });
});
