import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { lastClosedPeriod } from '@kpi/projections';
import { SCHEDULED_REPORT_EVENT_TYPES } from '@kpi/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { openEventStore } from '../store/open.ts';
import { runningQuarter, signedIn } from './product-client.test-support.ts';
import {
  eventually,
  mailAttachment,
  readMail,
  startSmtpServer,
  startWebhookReceiver,
} from './receivers.test-support.ts';
import { ReportSchedules } from './report-schedules.ts';

const { today, period, firstDay } = runningQuarter();

/** A replica in a process of its own, on the shared store. */
const startReplica = async (env: Record<string, string>) => {
  const child = spawn(process.execPath, [resolve(import.meta.dirname, 'replica-server.test-support.ts')], {
    env: { ...process.env, LOG_LEVEL: 'silent', DEMO_DATA: 'off', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('{"listening"')) resolveUrl((JSON.parse(line) as { listening: string }).listening);
    });
    child.once('exit', () => reject(new Error(`the replica exited before listening: ${stderr}`)));
  });
  return { child, url };
};

const stop = (child: ChildProcess) =>
  new Promise<void>((resolveStop) => {
    if (child.exitCode !== null) return resolveStop();
    child.once('exit', () => resolveStop());
    child.kill('SIGTERM');
  });

const SET_TARGET = `mutation($input: SetTargetInput!) { setTarget(input: $input) { __typename } }`;
const CREATE_RULE = `mutation($input: CreateAlertRuleInput!) { createAlertRule(input: $input) {
  __typename ... on AlertRuleSucceeded { rule { id } } } }`;
const IDENTIFY = `mutation($input: IdentifyRiskInput!) { identifyRisk(input: $input) {
  __typename ... on IdentifyRiskSucceeded { riskId } } }`;
const TRANSFORM = `mutation($input: RecordTransformationInput!) { recordTransformation(input: $input) { __typename } }`;
const NOTIFICATIONS = '{ alertNotifications { id kind deliveries { channel status attempts } } }';

const place = {
  region: 'KZ_15',
  organization: 'Акимат г. Актобе',
  process: 'Предоставление земельных участков',
};
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
    ...place,
    submissionId: randomUUID(),
    sphere: 'LAND_RELATIONS',
    causeCategory: 'EXCESSIVE_DISCRETION',
    source: 'CITIZEN_RECEPTION',
    description: 'Комиссия решает без критериев',
    occurredOn: firstDay,
  },
});
const transformation = (removesRiskIds: string[]) => ({
  input: {
    ...place,
    submissionId: randomUUID(),
    kind: 'DIGITISED',
    description: 'Заявки принимаются только онлайн',
    removesRiskIds,
    implementsRecommendationIds: [],
    occurredOn: today,
  },
});

interface Row {
  readonly id: string;
  readonly kind: string;
  readonly deliveries: readonly {
    readonly channel: string;
    readonly status: string;
    readonly attempts: number;
  }[];
}

describe('two API processes tailing one store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-replicas-'));
  const children: ChildProcess[] = [];
  const closers: (() => Promise<void>)[] = [];

  afterAll(async () => {
    await Promise.all(children.map(stop));
    await Promise.all(closers.map((close) => close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('record each firing and clearing once, and deliver each once by e-mail and webhook', async () => {
    const smtp = await startSmtpServer();
    const hook = await startWebhookReceiver([503]);
    closers.push(smtp.close, hook.close);
    const shared = {
      SQLITE_PATH: join(dir, 'events.sqlite'),
      SMTP_URL: smtp.url,
      ALERT_WEBHOOK_SECRET: 'webhook-secret-of-the-test',
      ALERT_RETRY_BASE_MS: '200',
    };
    const a = await startReplica({ ...shared, DATA_DIR: join(dir, 'a'), CREATE_DEMO_ACCOUNTS: 'true' });
    children.push(a.child);
    const b = await startReplica({ ...shared, DATA_DIR: join(dir, 'b') });
    children.push(b.child);

    const chair = await signedIn(a.url, 'chair');
    const analyst = await signedIn(b.url, 'analyst');
    const officerOnA = await signedIn(a.url, 'officer.aktobe');
    const officerOnB = await signedIn(b.url, 'officer.aktobe');

    await chair(SET_TARGET, target(1));
    const created = await analyst(CREATE_RULE, {
      input: {
        submissionId: randomUUID(),
        name: 'Актобе выполняет план',
        condition: { kind: 'TARGET_STATUS', kpi: 'causesRemoved', unit: 'KZ-15', period, statuses: ['MET'] },
        recipients: { emails: ['chair@agency.kz'], webhookUrl: hook.url },
      },
    });
    expect(created.createAlertRule.__typename).toBe('AlertRuleSucceeded');
    const first = (await officerOnA(IDENTIFY, risk())).identifyRisk.riskId as string;
    const second = (await officerOnB(IDENTIFY, risk())).identifyRisk.riskId as string;
    await officerOnB(TRANSFORM, transformation([first, second]));

    const settled = async (url: typeof chair, kinds: string[]) => {
      const rows = (await url(NOTIFICATIONS)).alertNotifications as Row[];
      return (
        JSON.stringify(rows.map((r) => r.kind)) === JSON.stringify(kinds) &&
        rows.every((r) => r.deliveries.length === 2 && r.deliveries.every((d) => d.status === 'SUCCEEDED'))
      );
    };
    await eventually(() => settled(analyst, ['FIRED']), 30_000);
    await eventually(() => settled(chair, ['FIRED']), 30_000);
    // Let both replicas judge and sweep again: nothing more may be sent.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(smtp.mails).toHaveLength(1);
    expect(hook.requests.map((r) => r.answered)).toEqual([503, 200]);

    await chair(SET_TARGET, target(1000));
    await eventually(() => settled(analyst, ['CLEARED', 'FIRED']), 30_000);
    await eventually(() => settled(chair, ['CLEARED', 'FIRED']), 30_000);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(smtp.mails).toHaveLength(2);
    expect(hook.requests).toHaveLength(3);

    await Promise.all(children.map(stop));
    // The log holds one firing, one clearing, and one claim per delivered attempt.
    const store = await openEventStore({ sqlitePath: shared.SQLITE_PATH });
    const types = (
      await store.readAll({ eventTypes: ['AlertFired', 'AlertCleared', 'AlertDeliveryAttempted'] })
    ).map((e) => e.type);
    await store.close();
    expect(types.filter((t) => t === 'AlertFired')).toHaveLength(1);
    expect(types.filter((t) => t === 'AlertCleared')).toHaveLength(1);
    // Fired: e-mail once, webhook twice (503, then 200); cleared: once each.
    expect(types.filter((t) => t === 'AlertDeliveryAttempted')).toHaveLength(5);
  }, 120_000);

  it('send each scheduled report once, the latest period only, retrying a 451 on either', async () => {
    const smtp = await startSmtpServer(1);
    closers.push(smtp.close);
    const sqlitePath = join(dir, 'schedules.sqlite');
    // The chair made the schedule three months ago; the replicas start only now.
    const madeAt = new Date(Date.now() - 90 * 86_400_000);
    const store = await openEventStore({ sqlitePath });
    const made = await new ReportSchedules({ store, clock: () => madeAt }).create(
      { userId: 'chair-1', username: 'chair', displayName: 'Chair', role: 'CHAIR', region: null },
      {
        submissionId: randomUUID(),
        cadence: 'MONTHLY',
        unit: 'KZ',
        lang: 'ru',
        recipients: ['chair@agency.kz'],
      },
      'schedule-of-the-test',
    );
    await store.close();
    expect(made.ok).toBe(true);

    const shared = {
      SQLITE_PATH: sqlitePath,
      SMTP_URL: smtp.url,
      ALERT_RETRY_BASE_MS: '200',
      SCHEDULED_REPORT_CHECK_MS: '100',
    };
    const a = await startReplica({ ...shared, DATA_DIR: join(dir, 'sa') });
    children.push(a.child);
    const b = await startReplica({ ...shared, DATA_DIR: join(dir, 'sb') });
    children.push(b.child);

    await eventually(() => smtp.mails.length >= 1, 30_000);
    // Let both replicas check many more times: nothing more may be sent.
    await new Promise((r) => setTimeout(r, 1_500));
    await Promise.all([stop(a.child), stop(b.child)]);
    expect(smtp.mails).toHaveLength(1);
    const period = lastClosedPeriod('MONTHLY', new Date());
    expect(readMail(smtp.mails[0]!.raw).subject).toContain(period);
    expect(mailAttachment(smtp.mails[0]!.raw, 'application/pdf').filename).toBe(`review-KZ-${period}-ru.pdf`);

    const reopened = await openEventStore({ sqlitePath });
    const events = await reopened.readAll({ eventTypes: [...SCHEDULED_REPORT_EVENT_TYPES] });
    await reopened.close();
    // One claim per attempt (the 451, then the one sent), whichever replica won each; the months
    // closed between the schedule and the start are not sent.
    expect(events.map((e) => e.type)).toEqual([
      'ScheduledReportAttempted',
      'ScheduledReportFailed',
      'ScheduledReportAttempted',
      'ScheduledReportSent',
    ]);
    expect(new Set(events.map((e) => (e.data as { period: string }).period))).toEqual(new Set([period]));
  }, 120_000);
});
