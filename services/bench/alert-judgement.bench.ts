/**
 * What judging the alert rules costs each time the KPI or target read models move: the product
 * with demo history (BENCH_EVENTS, default 50,000), a target-status rule on this year's causes
 * removed for the country and for each of the 20 regions, and the judgement of all 21 timed.
 * Run: `pnpm bench alert-judgement`.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REGION_CODES } from '@kpi/schema';
import { productConfig, startProduct } from '../src/app/start.ts';
import type { Viewer } from '../src/identity/viewer.ts';
import { countFromEnv, load, machine } from './measure.ts';

const analyst: Viewer = {
  userId: 'bench-analyst',
  username: 'bench',
  displayName: 'Bench',
  role: 'ANALYST',
  region: null,
};

export const run = async (): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-bench-alerts-'));
  const size = countFromEnv('BENCH_EVENTS', 50_000);
  const product = await startProduct(
    productConfig({ DATA_DIR: dir, PORT: 0, LOG_LEVEL: 'silent', DEMO_SIZE: size }),
    { serveDashboard: false },
  );
  try {
    const alerts = product.services.alerts!;
    await alerts.evaluating;
    const period = String(new Date().getFullYear());
    for (const unit of ['KZ', ...REGION_CODES]) {
      const condition = {
        kind: 'TARGET_STATUS',
        kpi: 'causesRemoved',
        unit,
        period,
        statuses: ['OFF_TRACK'],
      };
      const created = await alerts.rules.create(
        analyst,
        {
          submissionId: randomUUID(),
          name: `bench ${unit}`,
          condition,
          recipients: { emails: [], webhookUrl: null },
        },
        randomUUID(),
      );
      if (!created.ok) throw new Error(`rule for ${unit} refused: ${JSON.stringify(created)}`);
    }
    await alerts.evaluator.idle();
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      await alerts.evaluator.evaluate();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!.toFixed(2);
    console.log(machine());
    console.log(load());
    console.log(
      `${await product.services.store.headPosition()} events, ${alerts.listRules().length} rules ` +
        `(${alerts.log.state.firings.length} firing): one judgement of every rule p50 ${at(0.5)} ms, p95 ${at(0.95)} ms (50 runs)`,
    );
  } finally {
    await product.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

if (import.meta.main) await run();
