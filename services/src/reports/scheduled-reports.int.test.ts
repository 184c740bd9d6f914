import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCHEDULED_REPORT_EVENT_TYPES } from '@kpi/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoAccounts } from '../accounts/bootstrap.ts';
import { signedIn } from '../alerts/product-client.test-support.ts';
import { eventually, mailAttachment, readMail, startSmtpServer } from '../alerts/receivers.test-support.ts';
import { productConfig, type RunningProduct, startProduct } from '../app/start.ts';
import { pdfText } from './pdf-reader.test-support.ts';
import { scheduledReportPdf } from './scheduled-report-pdf.ts';

const CREATE = `mutation($input: CreateReportScheduleInput!) { createReportSchedule(input: $input) {
  __typename ... on ReportScheduleSucceeded { schedule { id } } } }`;
const LIST = `{ reportSchedules { id lastSentPeriod lastSentAt failing
  sending { period status attempts lastError retryAt sentAt } } }`;
const IDENTIFY = `mutation($input: IdentifyRiskInput!) { identifyRisk(input: $input) {
  __typename ... on IdentifyRiskSucceeded { riskId } } }`;

const KAZAKH_LETTERS = /[ӘҒҚҢӨҰҮҺІәғқңөұүһі]/;

interface Listed {
  readonly id: string;
  readonly lastSentPeriod: string | null;
  readonly lastSentAt: string | null;
  readonly failing: boolean;
  readonly sending: {
    readonly period: string;
    readonly status: string;
    readonly attempts: number;
    readonly lastError: string | null;
    readonly retryAt: string | null;
    readonly sentAt: string | null;
  } | null;
}

describe('scheduled review reports, mailed by a real server over real SMTP', () => {
  let dir: string;
  let product: RunningProduct;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  // The server's clock runs at real speed from wherever a test sets it: retries come due in real
  // milliseconds while the period ends where the test says.
  let offset = 0;
  const setClock = (iso: string) => {
    offset = Date.parse(iso) - Date.now();
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-scheduled-'));
    // The first message is answered 451: the report is retried, not lost.
    smtp = await startSmtpServer(1);
    setClock('2026-03-31T23:50:00+05:00');
    product = await startProduct(
      productConfig({
        DATA_DIR: dir,
        PORT: 0,
        LOG_LEVEL: 'silent',
        DEMO_DATA: 'off',
        SMTP_URL: smtp.url,
        ALERT_RETRY_BASE_MS: 1_500,
        SCHEDULED_REPORT_CHECK_MS: 100,
      }),
      { serveDashboard: false, clock: () => new Date(Date.now() + offset) },
    );
    await ensureDemoAccounts(product.services, 'demo-password');
  }, 60_000);

  afterAll(async () => {
    await product?.close();
    await smtp?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const sendingEvents = async () =>
    (await product.services.store.readAll({ eventTypes: [...SCHEDULED_REPORT_EVENT_TYPES] })).map((e) => ({
      type: e.type,
      period: (e.data as { period: string }).period,
    }));

  it('mails the quarter once it closes, in Kazakh, retrying a 451, and shows the sending meanwhile', async () => {
    const chair = await signedIn(product.url, 'chair');
    const officer = await signedIn(product.url, 'officer.aktobe');
    const created = await chair(CREATE, {
      input: {
        submissionId: randomUUID(),
        cadence: 'QUARTERLY',
        unit: 'KZ-15',
        lang: 'kk',
        recipients: ['chair@agency.kz', 'aktobe.office@agency.kz'],
      },
    });
    const id = created.createReportSchedule.schedule.id as string;
    const listed = async (): Promise<Listed> =>
      ((await chair(LIST)).reportSchedules as Listed[]).find((s) => s.id === id)!;

    // 2025-Q4 closed before the schedule was made: nothing is back-filled.
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.mails).toHaveLength(0);
    expect(await sendingEvents()).toEqual([]);
    expect(await listed()).toMatchObject({
      lastSentPeriod: null,
      lastSentAt: null,
      failing: false,
      sending: null,
    });

    // Q1 closes: the first attempt is refused with 451, recorded, and retried after the backoff.
    setClock('2026-04-01T00:00:01+05:00');
    await eventually(async () => (await listed()).failing, 10_000);
    const retrying = await listed();
    expect(retrying.sending).toMatchObject({
      period: '2026-Q1',
      status: 'RETRYING',
      attempts: 1,
      sentAt: null,
    });
    expect(retrying.sending!.lastError).toMatch(/451/);
    expect(Date.parse(retrying.sending!.retryAt!)).toBeGreaterThan(Date.now() + offset - 1_000);
    expect(retrying.lastSentPeriod).toBeNull();

    await eventually(async () => (await listed()).sending?.status === 'SENT', 15_000);
    const sent = await listed();
    expect(sent).toMatchObject({ lastSentPeriod: '2026-Q1', failing: false });
    expect(sent.sending).toMatchObject({ period: '2026-Q1', status: 'SENT', attempts: 2 });
    expect(sent.sending!.lastError).toMatch(/451/);
    expect(sent.lastSentAt).toBe(sent.sending!.sentAt);

    // Another few checks: nothing more is sent for Q1.
    await new Promise((r) => setTimeout(r, 600));
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect([...mail!.to].sort()).toEqual(['aktobe.office@agency.kz', 'chair@agency.kz']);
    expect(readMail(mail!.raw).subject).toContain('2026-Q1');
    const pdf = mailAttachment(mail!.raw, 'application/pdf');
    expect(pdf.filename).toBe('review-KZ-15-2026-Q1-kk.pdf');
    const text = pdfText(pdf.content);
    expect(text).toMatch(KAZAKH_LETTERS);
    expect(text).toContain('2026-Q1');
    expect(await sendingEvents()).toEqual([
      { type: 'ScheduledReportAttempted', period: '2026-Q1' },
      { type: 'ScheduledReportFailed', period: '2026-Q1' },
      { type: 'ScheduledReportAttempted', period: '2026-Q1' },
      { type: 'ScheduledReportSent', period: '2026-Q1' },
    ]);

    // A risk of March recorded late changes nothing in the Q1 report made again: the same bytes.
    const late = await officer(IDENTIFY, {
      input: {
        submissionId: randomUUID(),
        region: 'KZ_15',
        organization: 'Акимат г. Актобе',
        process: 'Предоставление земельных участков',
        sphere: 'LAND_RELATIONS',
        causeCategory: 'EXCESSIVE_DISCRETION',
        source: 'CITIZEN_RECEPTION',
        description: 'Комиссия решает без критериев',
        occurredOn: '2026-03-15',
      },
    });
    expect(late.identifyRisk.__typename).toBe('IdentifyRiskSucceeded');
    const models = product.services.projections!.readModels;
    // The late risk is the log's last event: the KPIs have folded it once they reach the head.
    const head = await product.services.store.headPosition();
    await eventually(() => models.kpi().position >= head);
    const again = await scheduledReportPdf(
      models,
      { unit: 'KZ-15', lang: 'kk' },
      '2026-Q1',
      (userId) => product.services.accounts!.users.byId(userId)?.displayName ?? userId,
    );
    expect(again.equals(pdf.content)).toBe(true);
  }, 60_000);

  it('after a long outage sends only the latest period closed, not the ones missed', async () => {
    // The server "wakes" in November: Q2 and Q3 have closed since; only Q3 is due.
    setClock('2026-11-15T10:00:00+05:00');
    await eventually(() => smtp.mails.length === 2, 15_000);
    await new Promise((r) => setTimeout(r, 600));
    expect(smtp.mails).toHaveLength(2);
    expect(readMail(smtp.mails[1]!.raw).subject).toContain('2026-Q3');
    const periods = new Set((await sendingEvents()).map((e) => e.period));
    expect([...periods].sort()).toEqual(['2026-Q1', '2026-Q3']);
  }, 30_000);
});
