import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoAccounts } from '../accounts/bootstrap.ts';
import { productConfig, type RunningProduct, startProduct } from '../app/start.ts';
import { signedIn } from './product-client.test-support.ts';
import { eventually } from './receivers.test-support.ts';

const RESULT = `__typename
  ... on ReportScheduleSucceeded { schedule { id cadence unit lang recipients revision createdBy } }
  ... on ReportScheduleValidationFailed { issues { path message } }
  ... on ReportScheduleNotFound { scheduleId message }
  ... on ReportScheduleForbidden { message }
  ... on ReportScheduleConflict { message currentRevision }`;
const CREATE = `mutation($input: CreateReportScheduleInput!) { createReportSchedule(input: $input) { ${RESULT} } }`;
const CHANGE = `mutation($input: ChangeReportScheduleInput!) { changeReportSchedule(input: $input) { ${RESULT} } }`;
const WITHDRAW = `mutation($input: WithdrawReportScheduleInput!) { withdrawReportSchedule(input: $input) { ${RESULT} } }`;
const LIST = '{ reportSchedules { id cadence unit lang recipients revision } }';

const quarterly = (recipients = ['chair@agency.kz', 'aktobe.office@agency.kz']) => ({
  input: { submissionId: randomUUID(), cadence: 'QUARTERLY', unit: 'KZ-15', lang: 'kk', recipients },
});

describe('report schedules, kept by the chair and deputy chairs on a real server', () => {
  let dir: string;
  let product: RunningProduct;
  type Call = Awaited<ReturnType<typeof signedIn>>;
  let chair: Call;
  let deputy: Call;
  let analyst: Call;
  let officer: Call;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-schedules-'));
    product = await startProduct(
      productConfig({ DATA_DIR: dir, PORT: 0, LOG_LEVEL: 'silent', DEMO_DATA: 'off' }),
      { serveDashboard: false },
    );
    await ensureDemoAccounts(product.services, 'demo-password');
    await product.services.accounts!.register(
      {
        username: 'deputy',
        displayName: 'Deputy',
        role: 'DEPUTY_CHAIR',
        region: null,
        password: 'demo-password',
      },
      { userId: 'system', correlationId: 'setup', channel: 'system' },
    );
    chair = await signedIn(product.url, 'chair');
    deputy = await signedIn(product.url, 'deputy');
    analyst = await signedIn(product.url, 'analyst');
    officer = await signedIn(product.url, 'officer.aktobe');
  }, 60_000);

  afterAll(async () => {
    await product?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the chair creates a schedule, a deputy changes it, and the list shows it as changed', async () => {
    const created = (await chair(CREATE, quarterly())).createReportSchedule;
    expect(created.__typename).toBe('ReportScheduleSucceeded');
    expect(created.schedule).toMatchObject({
      cadence: 'QUARTERLY',
      unit: 'KZ-15',
      lang: 'kk',
      recipients: ['chair@agency.kz', 'aktobe.office@agency.kz'],
      revision: 0,
    });
    const id = created.schedule.id;
    await eventually(async () =>
      (await chair(LIST)).reportSchedules.some((s: { id: string }) => s.id === id),
    );

    const changed = (
      await deputy(CHANGE, {
        input: {
          submissionId: randomUUID(),
          scheduleId: id,
          cadence: 'FOUR_MONTHLY',
          unit: 'KZ',
          lang: 'en',
          recipients: ['board@agency.kz'],
          expectedRevision: 0,
        },
      })
    ).changeReportSchedule;
    expect(changed.schedule).toMatchObject({ cadence: 'FOUR_MONTHLY', unit: 'KZ', lang: 'en', revision: 1 });

    // A change made on the revision before is refused, naming the revision now.
    const stale = (
      await chair(CHANGE, {
        input: { ...quarterly().input, scheduleId: id, expectedRevision: 0 },
      })
    ).changeReportSchedule;
    expect(stale).toMatchObject({ __typename: 'ReportScheduleConflict', currentRevision: 1 });

    await eventually(async () =>
      (await deputy(LIST)).reportSchedules.some(
        (s: { id: string; cadence: string }) => s.id === id && s.cadence === 'FOUR_MONTHLY',
      ),
    );
  });

  it('names each bad field, and records nothing', async () => {
    const before = await product.services.store.headPosition();
    const refused = (
      await chair(CREATE, {
        input: {
          submissionId: randomUUID(),
          cadence: 'WEEKLY',
          unit: 'KZ-99',
          lang: 'de',
          recipients: ['chair@agency.kz', 'not an address'],
        },
      })
    ).createReportSchedule;
    expect(refused.__typename).toBe('ReportScheduleValidationFailed');
    expect(refused.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'cadence',
      'lang',
      'recipients.1',
      'unit',
    ]);
    const none = (await chair(CREATE, quarterly([]))).createReportSchedule;
    expect(none.issues).toEqual([{ path: 'recipients', message: 'must hold at least one e-mail address' }]);
    expect(await product.services.store.headPosition()).toBe(before);
  });

  it('refuses analysts and officers, who neither keep nor list schedules', async () => {
    const before = await product.services.store.headPosition();
    for (const caller of [analyst, officer]) {
      await expect(caller(CREATE, quarterly())).rejects.toThrow(/Not authorized.*createReportSchedule/);
      await expect(caller(LIST)).rejects.toThrow(/Not authorized.*reportSchedules/);
    }
    expect(await product.services.store.headPosition()).toBe(before);
  });

  it('a withdrawn schedule leaves the list, and cannot be withdrawn again', async () => {
    const id = (await chair(CREATE, quarterly(['once@agency.kz']))).createReportSchedule.schedule.id;
    const withdrawn = (await deputy(WITHDRAW, { input: { submissionId: randomUUID(), scheduleId: id } }))
      .withdrawReportSchedule;
    expect(withdrawn.__typename).toBe('ReportScheduleSucceeded');
    await eventually(
      async () => !(await chair(LIST)).reportSchedules.some((s: { id: string }) => s.id === id),
    );
    const again = (await chair(WITHDRAW, { input: { submissionId: randomUUID(), scheduleId: id } }))
      .withdrawReportSchedule;
    expect(again).toMatchObject({ __typename: 'ReportScheduleNotFound', scheduleId: id });
  });
});
