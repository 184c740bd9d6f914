import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { bearer, buildTestApp, openTestServices, signInToken } from '../auth/test-fixtures.ts';
import type { Column } from './column.ts';
import { headerOf, IMPORT_LAYOUTS, type ImportEventType } from './columns.ts';
import { ImportJobs } from './import-jobs.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits.ts';

const OFFICER_PASSWORD = 'officer password';

/**
 * Real services with import jobs, officers of Aktobe (KZ-15) and Astana (KZ-71), the Ministry of
 * Health's officer, and a chair.
 */
export const openImportEnv = async (limits: ImportLimits = DEFAULT_IMPORT_LIMITS) => {
  const env = await openTestServices();
  const services = { ...env.services, imports: undefined as ImportJobs | undefined };
  services.imports = new ImportJobs(services, limits);
  const system = { userId: 'system', correlationId: 'setup', channel: 'system' as const };
  for (const [username, role, region, centralBody] of [
    ['officer.aktobe', 'REGIONAL_OFFICER', 'KZ-15', null],
    ['officer.astana', 'REGIONAL_OFFICER', 'KZ-71', null],
    ['officer.health', 'CENTRAL_BODY_OFFICER', null, 'MIN-HEALTH'],
    ['chair', 'CHAIR', null, null],
  ] as const) {
    const outcome = await env.accounts.register(
      { username, displayName: username, role, region, centralBody, password: OFFICER_PASSWORD },
      system,
    );
    if (!outcome.ok) throw new Error(outcome.message);
  }
  const app = await buildTestApp(services);
  const tokenOf = async (username: string) => bearer(await signInToken(app, username, OFFICER_PASSWORD));
  return {
    ...env,
    services,
    app,
    aktobe: await tokenOf('officer.aktobe'),
    astana: await tokenOf('officer.astana'),
    health: await tokenOf('officer.health'),
    chair: await tokenOf('chair'),
    close: async () => {
      await app.close();
      await env.close();
    },
  };
};

/** A CSV in the template's layout: the header, then one line per row (cells by machine key). */
/** A CSV file of `rows`; `header` writes each column's header (the Russian template's by default). */
export const csvOf = (
  type: ImportEventType,
  rows: readonly Record<string, string>[],
  header: (column: Column) => string = (c) => headerOf(c),
): string => {
  const layout = IMPORT_LAYOUTS[type];
  const quote = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const lines = [layout.map((c) => quote(header(c))).join(';')];
  for (const row of rows) lines.push(layout.map((c) => quote(row[c.key] ?? '')).join(';'));
  return `${lines.join('\n')}\n`;
};

export const riskRow = (over: Record<string, string> = {}): Record<string, string> => ({
  region: 'KZ-15',
  organization: 'Акимат г. Актобе',
  process: 'Предоставление земельных участков',
  sphere: 'Земельные отношения',
  causeCategory: 'EXCESSIVE_DISCRETION',
  source: 'EXTERNAL_ANALYSIS',
  description: 'Комиссия решает без критериев',
  occurredOn: '14.03.2026',
  ...over,
});

export interface JobAnswer {
  readonly id: string;
  readonly phase: string;
  readonly totalRows: number;
  readonly error: string | null;
  readonly report: {
    readonly acceptedRows: number;
    readonly alreadyImportedRows: number;
    readonly committed: boolean;
    readonly eventsWritten: number;
    readonly issues: { line: number; column: string | null; message: string }[];
  } | null;
}

export const upload = async (
  app: FastifyInstance,
  headers: Record<string, string>,
  eventType: string,
  content: string | Buffer,
  options: { commit?: boolean; wait?: boolean; contentType?: string } = {},
) => {
  const query = new URLSearchParams({
    eventType,
    commit: String(options.commit ?? false),
    wait: String(options.wait ?? true),
  });
  const response = await app.inject({
    method: 'POST',
    url: `/import?${query}`,
    headers: { ...headers, 'content-type': options.contentType ?? 'text/csv' },
    payload: content,
  });
  return { status: response.statusCode, job: response.json() as JobAnswer };
};

/** Distinct risks of one region (KZ-15), as a large regional office might keep them. */
export const largeRiskFile = (rows: number): string =>
  csvOf(
    'RiskIdentified',
    Array.from({ length: rows }, (_, i) =>
      riskRow({
        organization: `Акимат района ${i % 97}`,
        process: `Процесс №${i}`,
        occurredOn: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`,
      }),
    ),
  );

/** The same risks as `largeRiskFile`, as an XLSX workbook with real date cells. */
export const largeRiskXlsx = async (rows: number): Promise<Buffer> => {
  const layout = IMPORT_LAYOUTS.RiskIdentified;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Данные');
  sheet.addRow(layout.map((c) => headerOf(c)));
  for (let i = 0; i < rows; i++) {
    const row = riskRow({ organization: `Акимат района ${i % 97}`, process: `Процесс №${i}` });
    sheet.addRow(
      layout.map((c) => (c.key === 'occurredOn' ? new Date(Date.UTC(2025, i % 12, 15)) : row[c.key])),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
