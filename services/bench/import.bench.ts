/**
 * Spreadsheet import of 50,000 rows (RiskIdentified, one region) on the embedded store: the dry
 * run, the commit, and a re-import of the same file (finds every row recorded, writes nothing),
 * from CSV and from XLSX. Run: `pnpm bench import`.
 */
import { largeRiskFile, largeRiskXlsx, openImportEnv } from '../src/import/import-fixtures.ts';

const ROWS = 50_000;

export const run = async (): Promise<void> => {
  for (const format of ['csv', 'xlsx'] as const) {
    const env = await openImportEnv();
    try {
      const officer = env.accounts.users.byUsername('officer.aktobe')!;
      const content = format === 'csv' ? Buffer.from(largeRiskFile(ROWS)) : await largeRiskXlsx(ROWS);
      const time = async (label: string, commit: boolean) => {
        const started = performance.now();
        const job = env.services.imports!.start({
          eventType: 'RiskIdentified',
          content,
          format,
          commit,
          submitter: officer,
          correlationId: 'bench',
        });
        const done = await env.services.imports!.finished(job.id);
        const seconds = (performance.now() - started) / 1000;
        if (done.error || !done.report || done.report.issues.length > 0)
          throw new Error(`import failed: ${done.error ?? JSON.stringify(done.report?.issues.slice(0, 3))}`);
        const { acceptedRows, alreadyImportedRows, eventsWritten } = done.report;
        console.log(
          `${format} ${label.padEnd(9)} ${ROWS} rows (${(content.length / 1e6).toFixed(1)} MB) in ${seconds.toFixed(2)} s = ${Math.round(ROWS / seconds).toLocaleString('en')} rows/s` +
            ` (accepted ${acceptedRows}, already imported ${alreadyImportedRows}, written ${eventsWritten})`,
        );
      };
      await time('dry run', false);
      await time('commit', true);
      await time('re-import', true);
    } finally {
      await env.close();
    }
  }
};
