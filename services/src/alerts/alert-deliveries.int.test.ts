import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alertStreams } from '@kpi/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { openEventStore } from '../store/open.ts';
import type { EventStore } from '../store/port.ts';
import { AlertDeliveries } from './alert-deliveries.ts';
import { alertEvent, systemAuthor } from './alert-events.test-support.ts';
import { AlertLog } from './alert-log.ts';
import { eventually, startWebhookReceiver } from './receivers.test-support.ts';

const RULE_ID = '6d0c3f0e-1d5a-4a53-9d1c-2f4b7a0c9e11';
const now = () => new Date();
const author = { userId: 'analyst-1', submissionId: 's-1', correlationId: 'c-1', channel: 'api' } as const;

/** A rule that e-mails and posts to `webhookUrl`, and one firing of it, written to the log. */
const ruleAndFiring = async (store: EventStore, webhookUrl: string) => {
  const rule = {
    ruleId: RULE_ID,
    name: 'Aktobe meets its target',
    condition: {
      kind: 'TARGET_STATUS',
      kpi: 'causesRemoved',
      unit: 'KZ-15',
      period: '2026-Q4',
      statuses: ['MET'],
    },
    recipients: { emails: ['chair@agency.kz'], webhookUrl },
    occurredOn: '2026-12-01',
  };
  await store.append(alertStreams.rule(RULE_ID), [
    alertEvent('AlertRuleCreated', rule, author, now(), [RULE_ID]),
  ]);
  const firing = {
    ruleId: RULE_ID,
    sequence: 1,
    unit: 'KZ-15',
    numbers: {
      status: 'MET',
      actual: 2,
      heldTo: 1,
      value: 1,
      judgedFrom: '2026-10-01',
      judgedTo: '2026-12-01',
    },
    link: '/overview?region=KZ-15',
    judgedAt: { kpi: 1, targets: 1 },
    occurredOn: '2026-12-01',
  };
  await store.append(alertStreams.firing(RULE_ID), [
    alertEvent('AlertFired', firing, systemAuthor('f'), now(), [RULE_ID, '1']),
  ]);
};

describe('deliveries that keep failing', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('are retried with growing waits, then shown as failed with the last error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-deliveries-'));
    const store = await openEventStore({ sqlitePath: join(dir, 'events.sqlite') });
    const hook = await startWebhookReceiver([500, 500, 500]);
    const log = new AlertLog(store);
    // No SMTP configured: the e-mail cannot go, and says why.
    const deliveries = new AlertDeliveries(
      { store, log, clock: now },
      {
        mailer: null,
        webhookSecret: 'a-secret-of-16-chars',
        publicUrl: 'https://kpi.agency.kz',
        replica: 'test',
        retryBaseMs: 50,
        maxAttempts: 3,
        tickMs: 20,
      },
    );
    cleanups.push(
      () => rmSync(dir, { recursive: true, force: true }),
      () => store.close(),
      hook.close,
      () => log.stop(),
      () => deliveries.stop(),
    );
    await ruleAndFiring(store, hook.url);
    await log.start();
    deliveries.start();

    await eventually(
      () =>
        [...log.state.deliveries.values()].every((d) => d.status === 'FAILED') &&
        log.state.deliveries.size === 2,
    );
    const byChannel = Object.fromEntries([...log.state.deliveries.values()].map((d) => [d.channel, d]));
    expect(byChannel.EMAIL).toMatchObject({
      status: 'FAILED',
      attempts: 3,
      retryAt: null,
      lastError: 'e-mail is not configured: set SMTP_URL and ALERT_MAIL_FROM',
    });
    expect(byChannel.WEBHOOK).toMatchObject({
      status: 'FAILED',
      attempts: 3,
      lastError: 'the webhook answered 500 Internal Server Error',
    });
    expect(hook.requests.map((r) => r.answered)).toEqual([500, 500, 500]);

    // The waits doubled: 50 ms after the first failure, 100 ms after the second.
    const failures = (await store.readStream(alertStreams.delivery(log.state.firings[0]!.eventId, 'WEBHOOK')))
      .filter((e) => e.type === 'AlertDeliveryFailed')
      .map((e) => e.data as { retryAt: string | null; attempt: number });
    const waits = failures.map((f) => (f.retryAt ? Date.parse(f.retryAt) : null));
    expect(failures.map((f) => f.attempt)).toEqual([1, 2, 3]);
    expect(waits[2]).toBeNull();
    const recordedAt = (
      await store.readStream(alertStreams.delivery(log.state.firings[0]!.eventId, 'WEBHOOK'))
    )
      .filter((e) => e.type === 'AlertDeliveryFailed')
      .map((e) => Date.parse(e.metadata.recordedAt));
    expect(waits[0]! - recordedAt[0]!).toBe(50);
    expect(waits[1]! - recordedAt[1]!).toBe(100);

    // Nothing more is tried once failed.
    await new Promise((r) => setTimeout(r, 200));
    expect(hook.requests).toHaveLength(3);
  });
});
