import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alertStreams } from '@kpi/schema';
import { expect, it } from 'vitest';
import { openEventStore } from '../store/open.ts';
import type { EventStore, Subscription } from '../store/port.ts';
import { alertEvent } from './alert-events.test-support.ts';
import { AlertLog } from './alert-log.ts';
import { eventually } from './receivers.test-support.ts';

const RULE_ID = '6d0c3f0e-1d5a-4a53-9d1c-2f4b7a0c9e21';
const author = { userId: 'analyst-1', submissionId: 's-2', correlationId: 'c-2', channel: 'api' } as const;
const rule = (name: string) => ({
  ruleId: RULE_ID,
  name,
  condition: {
    kind: 'TARGET_STATUS',
    kpi: 'causesRemoved',
    unit: 'KZ-15',
    period: '2026',
    statuses: ['MET'],
  },
  recipients: { emails: [], webhookUrl: null },
  occurredOn: '2026-12-01',
});

/** The store, except that its first subscription fails at once, as a dropped connection does. */
const droppingOnce = (store: EventStore): EventStore => {
  let dropped = false;
  return {
    append: (...args) => store.append(...args),
    appendMany: (writes) => store.appendMany(writes),
    readStream: (...args) => store.readStream(...args),
    readAll: (options) => store.readAll(options),
    headPosition: () => store.headPosition(),
    close: () => store.close(),
    subscribeToAll: (options) => {
      if (dropped) return store.subscribeToAll(options);
      dropped = true;
      const failing: Subscription = {
        close: async () => undefined,
        [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('connection dropped')) }),
      };
      return failing;
    },
  };
};

it('follows the alert events again after its subscription drops, folding each once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-alert-log-'));
  const store = await openEventStore({ sqlitePath: join(dir, 'events.sqlite') });
  const errors: unknown[] = [];
  const log = new AlertLog(droppingOnce(store), (error) => errors.push(error));
  try {
    await store.append(alertStreams.rule(RULE_ID), [
      alertEvent('AlertRuleCreated', rule('first'), author, new Date(), [RULE_ID, '0']),
    ]);
    await log.start();
    expect(log.state.rules.get(RULE_ID)?.name).toBe('first');
    expect(errors).toEqual([new Error('connection dropped')]);
    await store.append(alertStreams.rule(RULE_ID), [
      alertEvent('AlertRuleChanged', rule('second'), author, new Date(), [RULE_ID, '1']),
    ]);
    await eventually(() => log.state.rules.get(RULE_ID)?.name === 'second');
    expect(log.state.rules.get(RULE_ID)?.revision).toBe(1);
  } finally {
    await log.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
