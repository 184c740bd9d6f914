import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvOf, largeRiskFile, largeRiskXlsx, openImportEnv, riskRow, upload } from './import-fixtures.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const LIMITS = { maxFileBytes: 200_000, maxUnzippedBytes: 400_000, maxRows: 50, maxColumns: 12 };

/** Rewrites the uncompressed size a ZIP's directory declares for one entry: a lying directory. */
const declareSize = (zip: Buffer, entryName: string, size: number): Buffer => {
  const copy = Buffer.from(zip);
  for (let at = copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at > 0; at--) {
    if (copy.readUInt32LE(at) !== 0x02014b50) continue;
    const name = copy.toString('utf8', at + 46, at + 46 + copy.readUInt16LE(at + 28));
    if (name === entryName) {
      copy.writeUInt32LE(size, at + 24);
      return copy;
    }
  }
  throw new Error(`no entry ${entryName}`);
};

describe('upload limits: each refused with a message naming it, nothing written', () => {
  let env: Awaited<ReturnType<typeof openImportEnv>>;
  let head: number;

  beforeAll(async () => {
    env = await openImportEnv(LIMITS);
    head = await env.store.headPosition();
  });
  afterAll(async () => {
    expect(await env.store.headPosition()).toBe(head);
    await env.close();
  });

  const refusedJob = async (content: string | Buffer, contentType = 'text/csv') => {
    const { status, job } = await upload(env.app, env.aktobe, 'RiskIdentified', content, {
      commit: true,
      contentType,
    });
    expect(status).toBe(200);
    expect(job.phase).toBe('failed');
    expect(job.report).toBeNull();
    return job.error;
  };

  it('refuses a file past the size limit before reading it, raw or multipart', async () => {
    const big = largeRiskFile(1_000);
    expect(Buffer.byteLength(big)).toBeGreaterThan(LIMITS.maxFileBytes);
    const raw = await env.app.inject({
      method: 'POST',
      url: '/import?eventType=RiskIdentified&commit=true&wait=true',
      headers: { ...env.aktobe, 'content-type': 'text/csv' },
      payload: big,
    });
    expect(raw.statusCode).toBe(413);
    // Without `lang` or a browser's languages the refusal is in Russian, the product's default.
    expect(raw.json()).toMatchObject({ code: 'tooLarge' });
    expect(raw.json().message).toContain('предела в 0.2 MB (IMPORT_MAX_FILE_BYTES=200000)');
    const english = await env.app.inject({
      method: 'POST',
      url: '/import?eventType=RiskIdentified&commit=true&wait=true&lang=en',
      headers: { ...env.aktobe, 'content-type': 'text/csv' },
      payload: big,
    });
    expect(english.json().message).toContain('limit of 0.2 MB (IMPORT_MAX_FILE_BYTES=200000)');
    const kazakh = await env.app.inject({
      method: 'POST',
      url: '/import?eventType=RiskIdentified&commit=true&wait=true',
      headers: { ...env.aktobe, 'content-type': 'text/csv', 'accept-language': 'kk-KZ,kk;q=0.9,en;q=0.5' },
      payload: big,
    });
    expect(kazakh.json().message).toContain('шегінен үлкен');

    const boundary = 'limit-boundary';
    const form = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="risks.csv"',
      'Content-Type: text/csv',
      '',
      big,
      `--${boundary}--`,
      '',
    ].join('\r\n');
    // Sent as a stream, without a declared length: the limit must hold while the body comes in.
    const multipart = await env.app.inject({
      method: 'POST',
      url: '/import?eventType=RiskIdentified&commit=true&wait=true',
      headers: { ...env.aktobe, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Readable.from([Buffer.from(form)]),
    });
    expect(multipart.statusCode).toBe(413);
    expect(multipart.json().message).toContain('IMPORT_MAX_FILE_BYTES=200000');
  });

  it('refuses more rows than the limit, CSV and XLSX', async () => {
    const rows = Array.from({ length: LIMITS.maxRows + 1 }, (_, i) => riskRow({ process: `Процесс ${i}` }));
    expect(await refusedJob(csvOf('RiskIdentified', rows))).toBe(
      'the file has more than the limit of 50 rows (IMPORT_MAX_ROWS=50): split it into smaller files',
    );
    expect(await refusedJob(await largeRiskXlsx(LIMITS.maxRows + 1), XLSX)).toContain('IMPORT_MAX_ROWS=50');
    // The limit itself is allowed.
    const { job } = await upload(
      env.app,
      env.aktobe,
      'RiskIdentified',
      csvOf('RiskIdentified', rows.slice(1)),
    );
    expect(job.report).toMatchObject({ acceptedRows: LIMITS.maxRows, committed: false });
  });

  it('refuses a row with more columns than the limit, CSV and XLSX', async () => {
    const wide = `${csvOf('RiskIdentified', [riskRow()]).trimEnd()}${';x'.repeat(5)}\n`;
    expect(await refusedJob(wide)).toBe(
      'line 2 has 16 columns, more than the limit of 12 (IMPORT_MAX_COLUMNS=12)',
    );
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Данные');
    sheet.addRow(['Регион (region)']);
    sheet.getCell(2, 16_000).value = 'far away';
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await refusedJob(xlsx, XLSX)).toBe(
      'line 2 has 16000 columns, more than the limit of 12 (IMPORT_MAX_COLUMNS=12)',
    );
  });

  it('refuses an XLSX that unpacks past the limit, by its declared sizes and by what it inflates to', async () => {
    const xlsx = await largeRiskXlsx(2_000);
    expect(xlsx.length).toBeLessThan(LIMITS.maxFileBytes);
    expect(await refusedJob(xlsx, XLSX)).toMatch(
      /^the XLSX file unpacks to more than the limit of 0\.4 MB \(IMPORT_MAX_UNZIPPED_BYTES=400000\): its entries declare \d+ bytes$/,
    );
    // A directory that understates an entry: inflating stops at the declared size.
    const lying = declareSize(xlsx, 'xl/worksheets/sheet1.xml', 1_000);
    expect(await refusedJob(lying, XLSX)).toBe(
      'the XLSX file unpacks to more than the limit of 0.4 MB (IMPORT_MAX_UNZIPPED_BYTES=400000): entry xl/worksheets/sheet1.xml inflates past its declared 1000 bytes',
    );
  });
});
