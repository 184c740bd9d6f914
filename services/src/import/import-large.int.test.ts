import { afterAll, beforeAll, expect, it } from 'vitest';
import { largeRiskFile, openImportEnv } from './import-fixtures.ts';
import type { ImportPhase } from './run-import.ts';

let env: Awaited<ReturnType<typeof openImportEnv>>;
beforeAll(async () => {
  env = await openImportEnv();
});
afterAll(async () => {
  await env.close();
});

it('imports a 50,000-row file in one commit, reporting progress while it runs', async () => {
  const content = Buffer.from(largeRiskFile(50_000));
  const officer = env.accounts.users.byUsername('officer.aktobe')!;
  const job = env.services.imports!.start({
    eventType: 'RiskIdentified',
    content,
    commit: true,
    submitter: { ...officer, region: officer.region },
    correlationId: 'large-import',
  });
  const phases = new Set<ImportPhase>();
  let readingSteps = 0;
  for await (const snapshot of env.services.imports!.follow(job)) {
    phases.add(snapshot.progress.phase);
    if (snapshot.progress.phase === 'reading' && snapshot.progress.processedRows > 0) readingSteps++;
  }
  const done = await env.services.imports!.finished(job.id);
  expect(done.error).toBeNull();
  expect(done.report).toMatchObject({
    totalRows: 50_000,
    acceptedRows: 50_000,
    committed: true,
    eventsWritten: 50_000,
    issues: [],
  });
  // A follower sees the latest step when it looks: a short phase (writing) may pass between two looks.
  expect([...phases]).toEqual(expect.arrayContaining(['reading', 'checking', 'done']));
  expect(readingSteps).toBeGreaterThanOrEqual(20);
  const stored = await env.store.readAll({ after: 0 });
  expect(stored.filter((e) => e.type === 'RiskIdentified')).toHaveLength(50_000);
}, 120_000);
