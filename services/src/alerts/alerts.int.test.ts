import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoAccounts } from '../accounts/bootstrap.ts';
import { productConfig, type RunningProduct, startProduct } from '../app/start.ts';
import { runningQuarter, signedIn } from './product-client.test-support.ts';
import { eventually, readMail, startSmtpServer, startWebhookReceiver } from './receivers.test-support.ts';

const SECRET = 'webhook-secret-of-the-test';
const { today, period, firstDay } = runningQuarter();

const RULE_RESULT = `__typename
  ... on AlertRuleSucceeded { rule { id name muted revision condition { kpi unit period statuses } } }
  ... on AlertRuleValidationFailed { issues { path message code } }
  ... on AlertRuleNotFound { ruleId message }`;
const CREATE_RULE = `mutation($input: CreateAlertRuleInput!) { createAlertRule(input: $input) { ${RULE_RESULT} } }`;
const NOTIFICATIONS = `{ alertNotifications { id kind sequence unit link
  numbers { status actual heldTo value judgedFrom judgedTo }
  rule { id name } deliveries { channel status attempts lastError } } }`;
const SET_TARGET = `mutation($input: SetTargetInput!) { setTarget(input: $input) { __typename } }`;
const IDENTIFY = `mutation($input: IdentifyRiskInput!) { identifyRisk(input: $input) {
  __typename ... on IdentifyRiskSucceeded { riskId } } }`;
const TRANSFORM = `mutation($input: RecordTransformationInput!) { recordTransformation(input: $input) { __typename } }`;

const target = (value: number) => ({
  input: {
    submissionId: randomUUID(),
    kpi: 'causesRemoved',
    unit: 'KZ-15',
    period,
    value,
    direction: 'AT_LEAST',
    occurredOn: today,
  },
});
const risk = () => ({
  input: {
    submissionId: randomUUID(),
    region: 'KZ_15',
    organization: 'Акимат г. Актобе',
    process: 'Предоставление земельных участков',
    sphere: 'LAND_RELATIONS',
    causeCategory: 'EXCESSIVE_DISCRETION',
    source: 'CITIZEN_RECEPTION',
    description: 'Комиссия решает без критериев',
    occurredOn: firstDay,
  },
});
const transformation = (riskIds: string[]) => ({
  input: {
    submissionId: randomUUID(),
    region: 'KZ_15',
    organization: 'Акимат г. Актобе',
    process: 'Предоставление земельных участков',
    kind: 'DIGITISED',
    description: 'Заявки принимаются только онлайн',
    removesRiskIds: riskIds,
    implementsRecommendationIds: [],
    occurredOn: today,
  },
});

interface NotificationRow {
  readonly id: string;
  readonly kind: 'FIRED' | 'CLEARED';
  readonly sequence: number;
  readonly rule: { readonly id: string };
  readonly deliveries: readonly { readonly status: string }[];
}

describe('an alert on Aktobe meeting its target, on a real server, SMTP server and webhook receiver', () => {
  let dir: string;
  let product: RunningProduct;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
  type Call = Awaited<ReturnType<typeof signedIn>>;
  let chair: Call;
  let analyst: Call;
  let officer: Call;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-alerts-'));
    smtp = await startSmtpServer();
    // The receiver is down for the first request: the delivery is retried and then succeeds.
    hook = await startWebhookReceiver([503]);
    product = await startProduct(
      productConfig({
        DATA_DIR: dir,
        PORT: 0,
        LOG_LEVEL: 'silent',
        DEMO_DATA: 'off',
        SMTP_URL: smtp.url,
        ALERT_MAIL_FROM: 'KPI alerts <alerts@agency.kz>',
        ALERT_WEBHOOK_SECRET: SECRET,
        ALERT_RETRY_BASE_MS: 200,
        PUBLIC_URL: 'https://kpi.agency.kz',
      }),
      { serveDashboard: false },
    );
    await ensureDemoAccounts(product.services, 'demo-password');
    await product.services.alerts!.evaluating;
    chair = await signedIn(product.url, 'chair');
    analyst = await signedIn(product.url, 'analyst');
    officer = await signedIn(product.url, 'officer.aktobe');
  }, 60_000);

  afterAll(async () => {
    await product?.close();
    await smtp?.close();
    await hook?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const notifications = async (call: Call = analyst) =>
    (await call(NOTIFICATIONS)).alertNotifications as NotificationRow[];

  it('refuses a rule from an officer, and names the field of a bad address', async () => {
    await expect(
      officer(CREATE_RULE, {
        input: {
          submissionId: randomUUID(),
          name: 'x',
          condition: {
            kind: 'TARGET_STATUS',
            kpi: 'causesRemoved',
            unit: 'KZ-15',
            period,
            statuses: ['MET'],
          },
          recipients: { emails: [] },
        },
      }),
    ).rejects.toThrow(/Not authorized|FORBIDDEN|not allowed/i);
    const bad = await analyst(CREATE_RULE, {
      input: {
        submissionId: randomUUID(),
        name: 'Актобе',
        condition: { kind: 'TARGET_STATUS', kpi: 'causesRemoved', unit: 'KZ-99', period, statuses: ['MET'] },
        recipients: { emails: ['chair-at-agency'], webhookUrl: 'ftp://x' },
      },
    });
    expect(bad.createAlertRule.__typename).toBe('AlertRuleValidationFailed');
    expect(bad.createAlertRule.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'condition.unit',
      'recipients.emails.0',
      'recipients.webhookUrl',
    ]);
  });

  it('fires once when submissions move the target from off track to met, delivers three ways, and clears', async () => {
    expect((await chair(SET_TARGET, target(1))).setTarget.__typename).toBe('SetTargetSucceeded');
    const created = await analyst(CREATE_RULE, {
      input: {
        submissionId: randomUUID(),
        name: 'Актобе выполняет план по устранённым причинам',
        condition: { kind: 'TARGET_STATUS', kpi: 'causesRemoved', unit: 'KZ-15', period, statuses: ['MET'] },
        // English e-mails, asked for: a rule's mails are in the language it names (Russian by default).
        recipients: { emails: ['chair@agency.kz'], webhookUrl: hook.url, lang: 'en' },
      },
    });
    expect(created.createAlertRule.__typename).toBe('AlertRuleSucceeded');
    const ruleId = created.createAlertRule.rule.id as string;
    // Off track with nothing removed: the rule is judged and does not fire.
    await product.services.alerts!.evaluator.idle();
    expect(await notifications()).toEqual([]);

    const riskIds = await Promise.all(
      [risk(), risk()].map(async (r) => (await officer(IDENTIFY, r)).identifyRisk.riskId as string),
    );
    expect((await officer(TRANSFORM, transformation(riskIds))).recordTransformation.__typename).toBe(
      'RecordTransformationSucceeded',
    );

    await eventually(async () =>
      (await notifications()).some(
        (n) => n.deliveries.length === 2 && n.deliveries.every((d) => d.status === 'SUCCEEDED'),
      ),
    );
    const [fired] = await notifications();
    expect(fired).toMatchObject({
      kind: 'FIRED',
      sequence: 1,
      unit: 'KZ-15',
      numbers: { status: 'MET', actual: 2, value: 1, judgedFrom: firstDay, judgedTo: today },
      rule: { id: ruleId },
      link: `/overview?region=KZ-15&from=${firstDay}&to=${today}`,
    });
    expect(fired!.deliveries).toEqual([
      { channel: 'EMAIL', status: 'SUCCEEDED', attempts: 1, lastError: null },
      {
        channel: 'WEBHOOK',
        status: 'SUCCEEDED',
        attempts: 2,
        lastError: 'the webhook answered 503 Service Unavailable',
      },
    ]);
    // The officer of Aktobe sees it in their list too.
    expect((await notifications(officer)).map((n) => n.id)).toEqual([fired!.id]);

    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.to).toEqual(['chair@agency.kz']);
    const mail = readMail(smtp.mails[0]!.raw);
    expect(mail.subject).toBe(
      `[KPI] Alert: Актобе выполняет план по устранённым причинам (Aktobe Region, Causes removed, ${period})`,
    );
    expect(mail.text).toContain('Target status: met (alert on met)');
    expect(mail.text).toContain('Actual: 2;');
    expect(mail.text).toContain(
      `The events behind the numbers: https://kpi.agency.kz/overview?region=KZ-15&from=${firstDay}&to=${today}`,
    );

    expect(hook.requests.map((r) => r.answered)).toEqual([503, 200]);
    for (const request of hook.requests) {
      const expected = `sha256=${createHmac('sha256', SECRET).update(request.body).digest('hex')}`;
      expect(request.headers['x-signature']).toBe(expected);
    }
    expect(JSON.parse(hook.requests[1]!.body)).toMatchObject({
      event: 'alert.fired',
      firingId: fired!.id,
      sequence: 1,
      unit: 'KZ-15',
      rule: { id: ruleId },
      numbers: { status: 'MET', actual: 2 },
    });

    // No repeat while the condition holds: another risk changes the numbers, not the status.
    await officer(IDENTIFY, risk());
    await product.services.alerts!.evaluator.idle();
    expect((await notifications()).filter((n) => n.kind === 'FIRED')).toHaveLength(1);

    // The chair raises the target out of reach: the rule clears, and says so three ways.
    await chair(SET_TARGET, target(1000));
    await eventually(async () => {
      const [latest] = await notifications();
      return (
        latest?.kind === 'CLEARED' &&
        latest.deliveries.length === 2 &&
        latest.deliveries.every((d) => d.status === 'SUCCEEDED')
      );
    });
    const [cleared] = await notifications();
    expect(cleared).toMatchObject({
      kind: 'CLEARED',
      sequence: 1,
      numbers: { status: 'OFF_TRACK', value: 1000 },
    });
    expect(smtp.mails).toHaveLength(2);
    expect(readMail(smtp.mails[1]!.raw).subject).toMatch(/^\[KPI\] Cleared: /);
    expect(hook.requests).toHaveLength(3);
    expect(JSON.parse(hook.requests[2]!.body)).toMatchObject({ event: 'alert.cleared', sequence: 1 });
  }, 60_000);

  it('mutes, unmutes, changes and deletes rules as events, and tells the list live', async () => {
    const live = await analyst.subscribe('subscription { alertNotificationsChanged { position } }');
    expect(live.status).toBe(200);
    // The target stands at 1000 from the test before: Aktobe is off track.
    const created = await analyst(CREATE_RULE, {
      input: {
        submissionId: randomUUID(),
        name: 'Актобе отстаёт',
        condition: {
          kind: 'TARGET_STATUS',
          kpi: 'causesRemoved',
          unit: 'KZ-15',
          period,
          statuses: ['OFF_TRACK'],
        },
        recipients: { emails: [] },
      },
    });
    const rule = created.createAlertRule.rule as { id: string; revision: number };
    const pushed = await live.next();
    expect(pushed?.data?.alertNotificationsChanged.position).toBeGreaterThan(0);
    live.close();
    await eventually(async () => (await notifications())[0]?.kind === 'FIRED');
    const [offTrack] = await notifications();
    expect(offTrack).toMatchObject({ kind: 'FIRED', sequence: 1, rule: { id: rule.id }, deliveries: [] });

    const action = (name: string, expectedRevision?: number) =>
      chair(`mutation($input: AlertRuleActionInput!) { ${name}(input: $input) { ${RULE_RESULT} } }`, {
        input: { submissionId: randomUUID(), ruleId: rule.id, expectedRevision },
      }).then((answer) => answer[name]);
    const muted = await action('muteAlertRule', rule.revision);
    expect(muted).toMatchObject({ __typename: 'AlertRuleSucceeded', rule: { muted: true } });

    // Aktobe meets its target again: the first rule fires a second time, the muted one stays silent.
    await chair(SET_TARGET, target(1));
    await eventually(async () => (await notifications())[0]?.sequence === 2);
    await product.services.alerts!.evaluator.idle();
    expect(
      (await notifications()).map((n) => [n.rule.id === rule.id, n.kind, n.sequence]).slice(0, 2),
    ).toEqual([
      [false, 'FIRED', 2],
      [true, 'FIRED', 1],
    ]);

    // Unmuted, it is judged at once: it no longer holds, so it clears.
    await action('unmuteAlertRule');
    await eventually(async () => (await notifications())[0]?.kind === 'CLEARED');
    expect((await notifications())[0]).toMatchObject({ kind: 'CLEARED', rule: { id: rule.id } });

    const stale = await chair(
      `mutation($input: ChangeAlertRuleInput!) { changeAlertRule(input: $input) {
        __typename ... on AlertRuleConflict { currentRevision } } }`,
      {
        input: {
          submissionId: randomUUID(),
          ruleId: rule.id,
          name: 'Актобе отстаёт или под угрозой',
          condition: {
            kind: 'TARGET_STATUS',
            kpi: 'causesRemoved',
            unit: 'KZ-15',
            period,
            statuses: ['OFF_TRACK', 'AT_RISK'],
          },
          recipients: { emails: [] },
          expectedRevision: rule.revision,
        },
      },
    );
    expect(stale.changeAlertRule).toEqual({ __typename: 'AlertRuleConflict', currentRevision: 2 });

    expect(await action('deleteAlertRule')).toMatchObject({ __typename: 'AlertRuleSucceeded' });
    expect(await action('muteAlertRule')).toMatchObject({ __typename: 'AlertRuleNotFound', ruleId: rule.id });
    const rules = (await analyst('{ alertRules { id } }')).alertRules as { id: string }[];
    expect(rules.map((r) => r.id)).not.toContain(rule.id);
    // Its notifications stay; an officer of another region sees none of Aktobe's.
    expect((await notifications()).filter((n) => n.rule.id === rule.id)).toHaveLength(2);
    const astana = await signedIn(product.url, 'officer.astana');
    expect(await notifications(astana)).toEqual([]);
  }, 60_000);

  it('fires a threshold rule when Aktobe has recommendations overdue above N, and clears when one is rejected', async () => {
    const created = await analyst(CREATE_RULE, {
      input: {
        submissionId: randomUUID(),
        name: 'Просрочено больше одной рекомендации в Актобе',
        condition: {
          kind: 'KPI_THRESHOLD',
          kpi: 'recommendationsOverdue',
          unit: 'KZ-15',
          period: today.slice(0, 4),
          threshold: 1,
          direction: 'ABOVE',
        },
        recipients: { emails: [] },
      },
    });
    expect(created.createAlertRule.__typename).toBe('AlertRuleSucceeded');
    const ruleId = created.createAlertRule.rule.id as string;
    const ofRule = async () => (await notifications()).filter((n) => n.rule.id === ruleId);
    const riskId = (await officer(IDENTIFY, risk())).identifyRisk.riskId as string;
    // Due on the day of issue, at the start of the quarter: overdue today (unless today is that day).
    const issue = () =>
      officer(
        `mutation($input: IssueRecommendationInput!) { issueRecommendation(input: $input) {
          __typename ... on IssueRecommendationSucceeded { recommendationId } } }`,
        {
          input: {
            submissionId: randomUUID(),
            riskId,
            region: 'KZ_15',
            organization: 'Акимат г. Актобе',
            text: 'Перевести приём заявок в электронный вид',
            dueOn: firstDay,
            occurredOn: firstDay,
          },
        },
      ).then((a) => a.issueRecommendation.recommendationId as string);
    if (today === firstDay) return; // nothing can be overdue yet on the quarter's first day
    await issue();
    await product.services.alerts!.evaluator.idle();
    expect(await ofRule()).toEqual([]);
    const second = await issue();
    await eventually(async () => (await ofRule()).length === 1);
    expect((await ofRule())[0]).toMatchObject({
      kind: 'FIRED',
      numbers: { status: null, actual: 2, value: 1 },
    });

    await officer(
      `mutation($input: RejectRecommendationInput!) { rejectRecommendation(input: $input) { __typename } }`,
      {
        input: {
          submissionId: randomUUID(),
          recommendationId: second,
          reason: 'Отозвана',
          occurredOn: today,
        },
      },
    );
    await eventually(async () => (await ofRule())[0]?.kind === 'CLEARED');
    expect((await ofRule())[0]).toMatchObject({ kind: 'CLEARED', numbers: { actual: 1 } });
  }, 60_000);

  it('fires a silent-region rule for a region that recorded nothing, and not for one that did today', async () => {
    const silent = async (unit: string) => {
      const answer = await analyst(CREATE_RULE, {
        input: {
          submissionId: randomUUID(),
          name: `Тишина: ${unit}`,
          condition: { kind: 'REGION_SILENT', unit, days: 1 },
          recipients: { emails: [] },
        },
      });
      return answer.createAlertRule.rule.id as string;
    };
    const astana = await silent('KZ-71');
    const aktobe = await silent('KZ-15');
    await eventually(async () => (await notifications()).some((n) => n.rule.id === astana));
    await product.services.alerts!.evaluator.idle();
    const rows = await notifications();
    expect(rows.find((n) => n.rule.id === astana)).toMatchObject({
      kind: 'FIRED',
      unit: 'KZ-71',
      numbers: { status: null, actual: null, value: 1, judgedFrom: null, judgedTo: today },
    });
    expect(rows.some((n) => n.rule.id === aktobe)).toBe(false);
    // A silent-region rule names a region and days, not the country.
    const country = await analyst(CREATE_RULE, {
      input: {
        submissionId: randomUUID(),
        name: 'Тишина по стране',
        condition: { kind: 'REGION_SILENT', unit: 'KZ' },
        recipients: { emails: [] },
      },
    });
    expect(country.createAlertRule.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'condition.days',
      'condition.unit',
    ]);
    // A field the kind does not watch is refused, not silently ignored, and nothing is recorded.
    const rulesBefore = (await analyst('{ alertRules { id } }')).alertRules.length;
    const recurrence = await analyst(CREATE_RULE, {
      input: {
        submissionId: randomUUID(),
        name: 'Повторы с показателем',
        condition: {
          kind: 'RECURRENCE_APPEARED',
          unit: 'KZ-15',
          kpi: 'causesRemoved',
          period: '2026',
          days: 3,
        },
        recipients: { emails: [] },
      },
    });
    expect(
      recurrence.createAlertRule.issues
        .map((i: { path: string; code: string }) => `${i.path} ${i.code}`)
        .sort(),
    ).toEqual(['condition.days not_for_kind', 'condition.kpi not_for_kind', 'condition.period not_for_kind']);
    expect((await analyst('{ alertRules { id } }')).alertRules).toHaveLength(rulesBefore);
  }, 60_000);
});
