/**
 * A spreadsheet-sized batch through the command side: 50,000 rows (half risks, a quarter
 * recommendations for them, a quarter transformations removing a risk and implementing its
 * recommendation) validated, decided against each other and committed in one appendMany to the
 * embedded store. `node bench/import-commands.bench.ts`, or BENCH_ROWS=200000 for more.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from '../src/commands/command.ts';
import { type BatchItem, decideMany } from '../src/commands/decide-many.ts';
import { newIdFor } from '../src/commands/prepare.ts';
import { openEventStore } from '../src/store/open.ts';
import { countFromEnv, machine } from './measure.ts';

const rowsOf = (count: number): BatchItem[] => {
  const items: BatchItem[] = [];
  const chains = Math.floor(count / 4);
  for (let i = 0; i < chains; i++) {
    const riskId = newIdFor('IdentifyRisk', `bench-risk-${i}`);
    const recommendationId = newIdFor('IssueRecommendation', `bench-rec-${i}`);
    const risk: Command = {
      type: 'IdentifyRisk',
      data: {
        region: 'KZ-15',
        organization: `Акимат района ${i % 97}`,
        process: `Процесс ${i % 31}`,
        sphere: 'LAND_RELATIONS',
        causeCategory: 'EXCESSIVE_DISCRETION',
        source: 'EXTERNAL_ANALYSIS',
        description: 'Решение принимается без критериев',
        occurredOn: '2026-01-15',
      },
    };
    items.push({ submissionId: `bench-risk-${i}`, command: risk });
    items.push({
      submissionId: `bench-open-${i}`,
      command: { ...risk, data: { ...risk.data, occurredOn: '2026-02-01' } },
    });
    items.push({
      submissionId: `bench-rec-${i}`,
      command: {
        type: 'IssueRecommendation',
        data: {
          riskId,
          region: 'KZ-15',
          organization: `Акимат района ${i % 97}`,
          text: 'Утвердить критерии',
          dueOn: '2026-06-01',
          occurredOn: '2026-02-01',
        },
      },
    });
    items.push({
      submissionId: `bench-tr-${i}`,
      command: {
        type: 'RecordTransformation',
        data: {
          region: 'KZ-15',
          organization: `Акимат района ${i % 97}`,
          process: `Процесс ${i % 31}`,
          kind: 'DIGITISED',
          description: 'Переведено в электронный вид',
          removesRiskIds: [riskId],
          implementsRecommendationIds: [recommendationId],
          occurredOn: '2026-03-01',
        },
      },
    });
  }
  return items;
};

export const run = async (): Promise<void> => {
  const rows = countFromEnv('BENCH_ROWS', 50_000);
  const dir = mkdtempSync(join(tmpdir(), 'kpi-bench-import-'));
  const store = await openEventStore({ sqlitePath: join(dir, 'events.sqlite') });
  const services = { store, clock: () => new Date('2026-06-15T10:00:00Z'), newId: () => '' };
  const officer = { userId: 'bench', role: 'REGIONAL_OFFICER' as const, region: 'KZ-15' as const };
  try {
    const items = rowsOf(rows);
    const options = { correlationId: 'bench', channel: 'import' as const };
    const started = performance.now();
    const decision = await decideMany(services, officer, items, options);
    const decided = performance.now();
    if (!decision.allAccepted) throw new Error('the bench rows were refused');
    await store.appendMany(decision.writes);
    const committed = performance.now();
    const events = decision.writes.reduce((n, w) => n + w.events.length, 0);
    const again = await decideMany(services, officer, items, options);
    const replayed = performance.now();
    if (again.writes.length !== 0) throw new Error('a second import would write again');
    console.log(machine());
    console.log(`${items.length.toLocaleString('en-US')} rows -> ${events.toLocaleString('en-US')} events`);
    console.log(`  validate + load + decide: ${((decided - started) / 1000).toFixed(2)} s`);
    console.log(`  appendMany (one transaction): ${((committed - decided) / 1000).toFixed(2)} s`);
    console.log(`  total import: ${((committed - started) / 1000).toFixed(2)} s`);
    console.log(
      `  same file again (all rows found stored, nothing written): ${((replayed - committed) / 1000).toFixed(2)} s`,
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

if (import.meta.main) await run();
