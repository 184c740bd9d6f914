import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { almatyDate } from '@kpi/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoAccounts } from '../accounts/bootstrap.ts';
import { productConfig, type RunningProduct, startProduct } from '../app/start.ts';
import { signedIn } from './product-client.test-support.ts';
import { eventually } from './receivers.test-support.ts';

const ORGANIZATION = 'Акимат г. Актобе';
const PROCESS = 'Предоставление земельных участков';
const DAY_MS = 86_400_000;
/** A business date `days` before today in Almaty: the scheme is removed, then comes back. */
const daysAgo = (days: number) => almatyDate(new Date(Date.now() - days * DAY_MS));

const CREATE_RULE = `mutation($input: CreateAlertRuleInput!) { createAlertRule(input: $input) {
  __typename
  ... on AlertRuleSucceeded { rule { id condition { kind unit kpi period } } }
  ... on AlertRuleValidationFailed { issues { path message } } } }`;
const RULES = `{ alertRules { id } }`;
const NOTIFICATIONS = `{ alertNotifications { id kind sequence unit link
  numbers { actual value recurrence { riskId removedRiskId organization process causeCategory region identifiedOn removedOn } }
  rule { id } } }`;
const IDENTIFY = `mutation($input: IdentifyRiskInput!) { identifyRisk(input: $input) {
  __typename ... on IdentifyRiskSucceeded { riskId } } }`;
const TRANSFORM = `mutation($input: RecordTransformationInput!) { recordTransformation(input: $input) { __typename } }`;

const risk = (occurredOn: string, process = PROCESS) => ({
  input: {
    submissionId: randomUUID(),
    region: 'KZ_15',
    organization: ORGANIZATION,
    process,
    sphere: 'LAND_RELATIONS',
    causeCategory: 'EXCESSIVE_DISCRETION',
    source: 'CITIZEN_RECEPTION',
    description: 'Комиссия решает без критериев',
    occurredOn,
  },
});
const transformation = (riskIds: string[], occurredOn: string) => ({
  input: {
    submissionId: randomUUID(),
    region: 'KZ_15',
    organization: ORGANIZATION,
    process: PROCESS,
    kind: 'DIGITISED',
    description: 'Заявки принимаются только онлайн',
    removesRiskIds: riskIds,
    implementsRecommendationIds: [],
    occurredOn,
  },
});

interface Row {
  readonly id: string;
  readonly kind: 'FIRED' | 'CLEARED';
  readonly sequence: number;
  readonly unit: string;
  readonly link: string;
  readonly numbers: { actual: number; value: number | null; recurrence: Record<string, string> | null };
  readonly rule: { readonly id: string };
}

describe('an alert on a recurrence appearing in Aktobe, on a real server', () => {
  let dir: string;
  let product: RunningProduct;
  type Call = Awaited<ReturnType<typeof signedIn>>;
  let chair: Call;
  let officer: Call;
  let ruleId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-recurrence-alert-'));
    product = await startProduct(
      productConfig({ DATA_DIR: dir, PORT: 0, LOG_LEVEL: 'silent', DEMO_DATA: 'off' }),
      { serveDashboard: false },
    );
    await ensureDemoAccounts(product.services, 'demo-password');
    await product.services.alerts!.evaluating;
    chair = await signedIn(product.url, 'chair');
    officer = await signedIn(product.url, 'officer.aktobe');
  }, 60_000);

  afterAll(async () => {
    await product?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const rows = async () =>
    ((await chair(NOTIFICATIONS)).alertNotifications as Row[]).filter((n) => n.rule.id === ruleId);
  const identify = async (on: string, process?: string) =>
    (await officer(IDENTIFY, risk(on, process))).identifyRisk.riskId as string;
  const settled = () => product.services.alerts!.evaluator.idle();

  it('refuses a recurrence rule for an unknown unit, naming the field, and keeps nothing', async () => {
    const bad = await chair(CREATE_RULE, {
      input: {
        submissionId: randomUUID(),
        name: 'Повторы',
        condition: { kind: 'RECURRENCE_APPEARED', unit: 'KZ-99' },
        recipients: { emails: [] },
      },
    });
    expect(bad.createAlertRule.__typename).toBe('AlertRuleValidationFailed');
    expect(bad.createAlertRule.issues.map((i: { path: string }) => i.path)).toEqual(['condition.unit']);
    expect((await chair(RULES)).alertRules).toEqual([]);
  });

  it('fires once when an officer records the removed scheme coming back, naming it, and the in-app list shows it', async () => {
    const created = await chair(CREATE_RULE, {
      input: {
        submissionId: randomUUID(),
        name: 'Повтор схемы в Актобе',
        condition: { kind: 'RECURRENCE_APPEARED', unit: 'KZ-15' },
        recipients: { emails: [] },
      },
    });
    expect(created.createAlertRule).toMatchObject({
      __typename: 'AlertRuleSucceeded',
      rule: { condition: { kind: 'RECURRENCE_APPEARED', unit: 'KZ-15', kpi: null, period: null } },
    });
    ruleId = created.createAlertRule.rule.id;

    const first = await identify(daysAgo(30));
    expect(
      (await officer(TRANSFORM, transformation([first], daysAgo(20)))).recordTransformation.__typename,
    ).toBe('RecordTransformationSucceeded');
    await settled();
    // Removed and not come back: nothing to announce.
    expect(await rows()).toEqual([]);

    const live = await chair.subscribe('subscription { alertNotificationsChanged { position } }');
    const again = await identify(daysAgo(5));
    // The list is told live, over the same connection the dashboard keeps open.
    expect((await live.next())?.data?.alertNotificationsChanged.position).toBeGreaterThan(0);
    live.close();
    await eventually(async () => (await rows()).length === 1);
    const [fired] = await rows();
    expect(fired).toMatchObject({
      kind: 'FIRED',
      sequence: 1,
      unit: 'KZ-15',
      link: `/overview?region=KZ-15&from=${daysAgo(5)}&to=${daysAgo(5)}`,
      numbers: {
        actual: 1,
        value: 1,
        recurrence: {
          riskId: again,
          removedRiskId: first,
          organization: ORGANIZATION,
          process: PROCESS,
          causeCategory: 'EXCESSIVE_DISCRETION',
          region: 'KZ-15',
          identifiedOn: daysAgo(5),
          removedOn: daysAgo(20),
        },
      },
    });
  }, 30_000);

  it('does not repeat while that recurrence stays open, whatever else the log records', async () => {
    await identify(daysAgo(2), 'Выдача разрешений на строительство');
    await settled();
    expect((await rows()).map((r) => r.kind)).toEqual(['FIRED']);
  });

  it('clears once the recurring risk is removed in turn', async () => {
    const [fired] = await rows();
    const riskId = fired!.numbers.recurrence!.riskId!;
    await officer(TRANSFORM, transformation([riskId], daysAgo(1)));
    await eventually(async () => (await rows()).length === 2);
    const cleared = (await rows()).find((r) => r.kind === 'CLEARED');
    expect(cleared).toMatchObject({ sequence: 1, numbers: { actual: 0, recurrence: null } });
  });
});
